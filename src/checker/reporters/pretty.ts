import { styleText } from 'node:util';
import type { CheckResult } from '../engine.ts';
import { absoluteUrl, countBySeverity } from './summary.ts';

export interface PrettyOptions {
  /** Colours, for a terminal only. */
  color?: boolean | undefined;
  /** The site's address, to print full links to the handbook. */
  siteUrl?: string | undefined;
}

/** Problems grouped by file, `path:line:column  severity  message  rule`, each with its handbook link, then a summary. */
export function formatPretty(result: Pick<CheckResult, 'checked' | 'diagnostics'>, options: PrettyOptions = {}): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(format, text, { validateStream: false }) : text);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint('underline', diagnostic.file));
      currentFile = diagnostic.file;
    }
    const severity = diagnostic.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
    lines.push(`  ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  ${severity}  ${diagnostic.message}  ${paint('dim', diagnostic.rule)}`);
    lines.push(`      ${paint('dim', `→ ${absoluteUrl(diagnostic.url, options.siteUrl)}`)}`);
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const files = new Set(result.diagnostics.map((diagnostic) => diagnostic.file)).size;
  const groupWord = result.checked === 1 ? 'group file' : 'group files';
  if (lines.length > 0) lines.push('');
  if (errors + warnings === 0) {
    lines.push(paint('green', `✔ ${result.checked} ${groupWord} checked, no problems.`));
  } else {
    const text = `${errors + warnings === 1 ? '1 problem' : `${errors + warnings} problems`} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${files} of ${result.checked} ${groupWord}.`;
    lines.push(errors > 0 ? paint('red', `✖ ${text}`) : paint('yellow', `⚠ ${text}`));
  }
  return `${lines.join('\n')}\n`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
