/**
 * The safe automatic fixes behind `npm run fix`: a group file's text in, the fixed text out, with what
 * changed. A fix is a finding's own repair (`Finding.fix`), written by the rule that found the problem:
 * a misspelt field name or choice the checker recognises, a missing or incomplete disclaimer (the
 * required statements are added, every other sentence kept). Nothing is fixed by reading a message.
 * A file name that is not a valid slug gets a valid one, for the caller to rename the file to.
 *
 * Each fix replaces only its own range of the text, so everything else stays byte for byte as it was.
 */
import { organization as defaultOrganization, type Organization } from '../config/organization.ts';
import { checkFile } from './engine.ts';
import { computeLineStarts } from './parse.ts';
import { suggestSlug } from './rules/slug.ts';
import type { Fix, Range } from './types.ts';

export interface FixChange {
  line: number;
  description: string;
}

export interface FixResult {
  /** The fixed text; the input itself when nothing changed. */
  text: string;
  changes: FixChange[];
  /** A valid file name for a file whose name is not a valid slug. */
  renameTo?: string;
}

/** Enough rounds for a fix that makes another one possible (a field renamed, then its value completed). */
const maxRounds = 4;

export function fixGroupFile(path: string, original: string, organization: Organization = defaultOrganization): FixResult {
  const changes: FixChange[] = [];
  // The checker reads the text with \n line breaks and without a byte-order mark; the file keeps its own.
  let text = original.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (let round = 0; round < maxRounds; round++) {
    const fixes = checkFile({ path, content: text }, { today: '2000-01-01', organization })
      .findings.flatMap((finding) => (finding.fix ? [finding.fix] : []))
      .sort((a, b) => compare(b.range, a.range));
    if (fixes.length === 0) break;
    const lineStarts = computeLineStarts(text);
    const offset = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
    let applied: Fix | undefined;
    const done: FixChange[] = [];
    for (const fix of fixes) {
      // Fixes are applied from the end of the file, so earlier positions stay valid; overlapping ones wait for the next round.
      if (applied && compare(fix.range, applied.range) >= 0) continue;
      if (applied && endsAfter(fix.range, applied.range)) continue;
      text = text.slice(0, offset(fix.range.line, fix.range.column)) + fix.replacement + text.slice(offset(fix.range.endLine, fix.range.endColumn));
      done.unshift({ line: fix.range.line, description: fix.description });
      applied = fix;
    }
    changes.push(...done);
  }
  if (original.includes('\r\n')) text = text.replaceAll('\n', '\r\n');
  if (original.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  const renameTo = validFileName(path);
  return { text: changes.length > 0 ? text : original, changes, ...(renameTo ? { renameTo } : {}) };
}

/** Orders ranges by where they start. */
const compare = (a: Range, b: Range) => a.line - b.line || a.column - b.column;

/** Whether `a` reaches past the start of `b`. */
const endsAfter = (a: Range, b: Range) => a.endLine > b.line || (a.endLine === b.line && a.endColumn > b.column);

function validFileName(path: string): string | undefined {
  const fileName = path.split('/').pop() ?? path;
  const extension = /\.[^.]*$/.exec(fileName)?.[0] ?? '';
  if (!['.md', '.mdx'].includes(extension.toLowerCase())) return undefined;
  const slug = suggestSlug(fileName.slice(0, fileName.length - extension.length));
  return slug && `${slug}.mdx` !== fileName ? `${slug}.mdx` : undefined;
}
