import type { CheckResult } from '../engine.ts';
import { countBySeverity } from './summary.ts';

/** The checker's JSON document, as cli.md fixes it, plus `excepted`: the problems the office's exceptions cover. */
export function formatJson(result: Pick<CheckResult, 'today' | 'checked' | 'diagnostics'> & Partial<Pick<CheckResult, 'excepted'>>): string {
  const document = { version: 1, today: result.today, checked: result.checked, summary: countBySeverity(result.diagnostics), diagnostics: result.diagnostics, excepted: result.excepted ?? [] };
  return `${JSON.stringify(document, null, 2)}\n`;
}
