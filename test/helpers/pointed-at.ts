/** The text of a file a diagnostic points at: what a rule example pins as the place of a problem. */
import type { Range } from '../../src/checker/types.ts';

export function pointedAt(content: string, range: Range): string {
  const lines = content.split('\n');
  if (range.line === range.endLine) return lines[range.line - 1]?.slice(range.column - 1, range.endColumn - 1) ?? '';
  const first = lines[range.line - 1]?.slice(range.column - 1) ?? '';
  const last = lines[range.endLine - 1]?.slice(0, range.endColumn - 1) ?? '';
  return [first, ...lines.slice(range.line, range.endLine - 1), last].join('\n');
}
