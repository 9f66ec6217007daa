import type { CheckResult } from '../engine.ts';
import { countBySeverity } from './summary.ts';

/** The checker's JSON document, as cli.md fixes it. */
export function formatJson(result: Pick<CheckResult, 'today' | 'checked' | 'diagnostics'>): string {
  return `${JSON.stringify({ version: 1, today: result.today, checked: result.checked, summary: countBySeverity(result.diagnostics), diagnostics: result.diagnostics }, null, 2)}\n`;
}
