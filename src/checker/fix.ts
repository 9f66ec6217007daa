/**
 * The safe automatic fixes behind `npm run fix`: a group file's text in, the fixed text out, with what
 * changed. Only problems the checker reports and that can be repaired without guessing:
 *
 * - a misspelt field name or choice, when the checker's message already suggests the right one
 *   ("Did you mean …?");
 * - an alumni-managed group's disclaimer, when it lacks a required statement: the field is replaced by
 *   exactly the required statements for the group's name and channels (any other text in it is
 *   dropped, and the change says so, so the group can add it back on purpose);
 * - a file name that is not a valid slug, when a valid one can be derived (the caller renames the file).
 *
 * Everything else stays byte for byte as it was: each edit is spliced into the original text at the
 * position the YAML parser gives, because printing the whole document again would re-wrap long values.
 */
import { Document, isMap, isScalar, parseDocument, Scalar, visit, type Pair } from 'yaml';
import { disclaimerStatement, organization as defaultOrganization, type DisclaimerKind, type Organization } from '../config/organization.ts';
import { parseGroupFile } from './parse.ts';
import { suggestSlug } from './rules/slug.ts';
import type { ParsedGroup, Range } from './types.ts';

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

interface Edit extends FixChange {
  start: number;
  end: number;
  replacement: string;
}

export function fixGroupFile(path: string, original: string, organization: Organization = defaultOrganization): FixResult {
  const changes: FixChange[] = [];
  let text = applyEdits(parseGroupFile({ path, content: original }, { organization }), suggestionEdits, changes);
  text = applyEdits(parseGroupFile({ path, content: text }, { organization }), (group) => disclaimerEdits(group, organization), changes);

  // The parser normalises line endings and drops a byte-order mark; the file keeps its own.
  if (original.includes('\r\n')) text = text.replaceAll('\n', '\r\n');
  if (original.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  const renameTo = validFileName(path);
  return { text: changes.length > 0 ? text : original, changes, ...(renameTo ? { renameTo } : {}) };
}

/** The disclaimer statements an alumni-managed group must carry, for its name and channels. */
export function requiredDisclaimer(data: Record<string, unknown>, organization: Organization = defaultOrganization): string[] {
  const name = typeof data.name === 'string' ? data.name.trim() : '';
  if (data.managedBy !== 'alumni' || !name) return [];
  const channels = (typeof data.channels === 'object' && data.channels !== null ? data.channels : {}) as Record<string, unknown>;
  const kinds: DisclaimerKind[] = ['independence'];
  if (channels.website) kinds.push('website');
  if (Array.isArray(channels.social) && channels.social.length > 0) kinds.push('social');
  return kinds.map((kind) => disclaimerStatement(kind, name, organization));
}

/** `disclaimer: >-` and the statements folded at 80 columns, as a top-level front matter field. */
export function disclaimerField(statements: readonly string[]): string {
  const value = new Scalar(statements.join(' '));
  value.type = Scalar.BLOCK_FOLDED;
  return new Document({ disclaimer: value }).toString({ lineWidth: 80 });
}

function applyEdits(group: ParsedGroup, findEdits: (group: ParsedGroup) => Edit[], changes: FixChange[]): string {
  let text = group.text;
  const edits = findEdits(group).sort((a, b) => b.start - a.start);
  for (const edit of edits) text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  changes.push(...edits.reverse().map(({ line, description }) => ({ line, description })));
  return text;
}

/** Misspelt field names and choices, replaced by what the checker's message suggests. */
function suggestionEdits(group: ParsedGroup): Edit[] {
  const edits: Edit[] = [];
  const renamedKeys = new Set<string>();
  const document = frontMatterDocument(group);
  for (const finding of group.parseFindings) {
    const suggested = finding.rule === 'schema' ? /Did you mean "([^"]+)"\?/.exec(finding.message)?.[1] : undefined;
    if (!suggested || !document) continue;
    const target = scalarAt(document, offsetOf(group.text, finding.range) - group.yamlOffset);
    if (!target?.node.range || typeof target.node.value !== 'string') continue;
    if (target.isKey) {
      // Two misspellings of the same field must not both become it.
      const mapKey = `${target.parentStart}:${suggested}`;
      if (renamedKeys.has(mapKey)) continue;
      renamedKeys.add(mapKey);
    }
    const [start, end] = target.node.range;
    edits.push({
      start: group.yamlOffset + start,
      end: group.yamlOffset + end,
      replacement: quoteLike(target.node, suggested),
      line: finding.range.line,
      description: target.isKey ? `renamed the field "${target.node.value}" to "${suggested}"` : `changed "${target.node.value}" to "${suggested}"`,
    });
  }
  return edits;
}

/** The disclaimer replaced by, or completed with, exactly the required statements. */
function disclaimerEdits(group: ParsedGroup, organization: Organization): Edit[] {
  const contents = frontMatterDocument(group)?.contents;
  if (!group.data || !isMap(contents) || contents.flow) return [];
  const statements = requiredDisclaimer(group.data, organization);
  const current = typeof group.data.disclaimer === 'string' ? collapse(group.data.disclaimer) : '';
  if (statements.length === 0 || statements.every((statement) => current.includes(collapse(statement)))) return [];

  const replacement = disclaimerField(statements);
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === 'disclaimer') as Pair<Scalar, Scalar | null> | undefined;
  if (!pair?.key.range) {
    const closing = /^---[ \t]*$/m.exec(group.text.slice(group.yamlOffset));
    const at = group.yamlOffset + (closing?.index ?? 0);
    if (!closing || (at > 0 && group.text[at - 1] !== '\n')) return [];
    return [{ start: at, end: at, replacement, line: group.rangeAt(at, at).line, description: 'added the disclaimer with the required statements' }];
  }
  const start = group.yamlOffset + pair.key.range[0];
  const valueEnd = group.yamlOffset + (pair.value?.range?.[1] ?? pair.key.range[1]);
  // A block value ends with its line; any other value ends before a possible comment on its line.
  const lineEnd = group.text[valueEnd - 1] === '\n' ? valueEnd : endOfLine(group.text, valueEnd);
  const comment = group.text.slice(valueEnd, lineEnd).trim();
  const kept = comment.startsWith('#') ? replacement.replace(/^disclaimer: >-/, `disclaimer: >- ${comment}`) : replacement;
  return [
    {
      start,
      end: lineEnd,
      replacement: kept,
      line: group.rangeAt(start, start).line,
      description: `replaced the disclaimer with exactly the required statements for "${String(group.data.name).trim()}" (its previous text is in the file's history if you need any of it)`,
    },
  ];
}

interface ScalarTarget {
  node: Scalar;
  isKey: boolean;
  /** Where the mapping holding the key starts, to tell mappings apart. */
  parentStart: number;
}

/** The front matter as a YAML document with source positions, when it is valid YAML. */
function frontMatterDocument(group: ParsedGroup): Document.Parsed | undefined {
  if (!group.data) return undefined;
  const yamlText = group.text.slice(group.yamlOffset);
  const closing = /^---[ \t]*$/m.exec(yamlText);
  const document = parseDocument(closing ? yamlText.slice(0, closing.index) : yamlText, { uniqueKeys: true });
  return document.errors.length === 0 ? document : undefined;
}

/** The scalar (a key or a value) of the front matter that starts at `offset`. */
function scalarAt(document: Document.Parsed, offset: number): ScalarTarget | undefined {
  let found: ScalarTarget | undefined;
  visit(document, {
    Scalar(key, node, path) {
      if (node.range?.[0] !== offset) return undefined;
      const parent = path.at(-2) as { range?: [number, number, number] } | undefined;
      found = { node, isKey: key === 'key', parentStart: parent?.range?.[0] ?? -1 };
      return visit.BREAK;
    },
  });
  return found;
}

function quoteLike(node: Scalar, value: string): string {
  if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replaceAll("'", "''")}'`;
  return value;
}

function validFileName(path: string): string | undefined {
  const fileName = path.split('/').pop() ?? path;
  const extension = /\.[^.]*$/.exec(fileName)?.[0] ?? '';
  if (!['.md', '.mdx'].includes(extension.toLowerCase())) return undefined;
  const slug = suggestSlug(fileName.slice(0, fileName.length - extension.length));
  return slug && `${slug}.mdx` !== fileName ? `${slug}.mdx` : undefined;
}

function offsetOf(text: string, range: Range): number {
  let offset = 0;
  for (let line = 1; line < range.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + range.column - 1;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline + 1;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
