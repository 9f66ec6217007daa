/**
 * Reads a group file once: decodes it, splits the front matter from the body, parses the front matter
 * with positions (yaml) and the body as Markdown with the site's own parser (markdown.ts). Nothing is
 * compiled or evaluated. Every failure becomes a finding; nothing here throws for any input.
 */
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { organization as defaultOrganization, type Organization } from '../config/organization.ts';
import { groupSchema } from '../schema/group.ts';
import { parseBody } from './markdown.ts';
import { parsePlainYaml } from './plain-yaml.ts';
import { schemaFindings } from './schema-findings.ts';
import { lineSlips, listItemWithColon, type LineSlip } from './yaml-lines.ts';
import type { FieldPath, Finding, ParsedGroup, Range, SourceFile } from './types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const maxAliasCount = 50;

export interface ParseOptions {
  organization?: Organization;
  /** Read the front matter's data only (no body, no schema, no findings about how its lines are written): enough for cross-file rules on files nobody asked about. */
  frontMatterOnly?: boolean;
}

/** "src/content/groups/bay-area.mdx" → "bay-area": the file name without its extension. */
export const slugOfPath = (path: string) => (path.split('/').pop() ?? path).replace(/\.[^.]*$/, '');

export function parseGroupFile(file: SourceFile, options: ParseOptions = {}): ParsedGroup {
  const organization = options.organization ?? defaultOrganization;
  const findings: Finding[] = [];
  const slipLines = new Set<number>();
  const slug = slugOfPath(file.path);

  const decoded = file.refused ? { text: '', fatal: true, problem: file.refused } : decode(file.content, organization.maxFileBytes);
  const text = decoded.text;
  const lineStarts = computeLineStarts(text);
  const rangeAt = (start: number, end: number): Range => {
    const from = position(lineStarts, start);
    const to = position(lineStarts, Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  const parsed: ParsedGroup = {
    path: file.path,
    slug,
    ...(file.pictures ? { pictures: file.pictures } : {}),
    text,
    parseFindings: findings,
    yamlOffset: 0,
    rangeAt,
    rangeOf: () => rangeAt(0, 0),
    rangeOfNode: () => rangeAt(0, 0),
    rangeInBody: () => rangeAt(0, 0),
  };
  if (decoded.problem) {
    findings.push({ rule: 'file-format', range: rangeAt(decoded.problemOffset ?? 0, decoded.problemOffset ?? 0), message: decoded.problem });
    if (decoded.fatal) return parsed;
  }

  const split = splitFrontMatter(text);
  if (!split) {
    findings.push({
      rule: 'frontmatter-syntax',
      range: rangeAt(0, Math.min(text.indexOf('\n') >>> 0, text.length)),
      message: 'The file must start with front matter: a line "---", the fields, then a closing line "---". Copy the template from the "Add your group" page.',
    });
  } else if (split.unclosed) {
    findings.push({
      rule: 'frontmatter-syntax',
      range: rangeAt(0, 3),
      message: 'The front matter is not closed: add a line "---" after the last field, before the text of the page.',
    });
  } else {
    parsed.yamlOffset = split.yamlStart;
    parsed.frontMatterEnd = split.yamlEnd;
    readFrontMatter(parsed, text.slice(split.yamlStart, split.yamlEnd), findings, slipLines, { dataOnly: options.frontMatterOnly === true });
  }

  if (options.frontMatterOnly) return parsed;

  if (parsed.data) {
    const result = groupSchema.safeParse(parsed.data, { reportInput: true });
    if (result.success) parsed.group = result.data;
    // A value YAML read but not as meant is reported once, as that slip: not again by the schema.
    else findings.push(...schemaFindings(parsed, result.error.issues).filter((finding) => !slipLines.has(finding.range.line)));
  }

  const bodyStart = split && !split.unclosed ? split.bodyStart : 0;
  readBody(parsed, text, bodyStart, findings);
  return parsed;
}

/** How many bytes the text takes in UTF-8, without encoding it (the engine also runs in a browser, which has no Buffer). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: two UTF-16 units, four bytes.
      index++;
      bytes += 2;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** The text as the checker reads it: without a byte-order mark, and every line break a "\n". */
export function normalizedText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

function decode(content: string | Uint8Array, maxBytes: number): { text: string; problem?: string; problemOffset?: number; fatal?: boolean } {
  const size = typeof content === 'string' ? utf8Length(content) : content.byteLength;
  if (size > maxBytes) {
    return {
      text: '',
      fatal: true,
      problem: `The file is ${Math.ceil(size / 1024)} KB; a group file may be at most ${Math.floor(maxBytes / 1024)} KB. Shorten the page and link to your own website for more.`,
    };
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = utf8.decode(content);
    } catch {
      const offset = firstInvalidUtf8(content);
      const lineText = new TextDecoder('utf-8').decode(content.subarray(0, offset));
      return {
        text: lineText.replace(/\r\n?/g, '\n'),
        fatal: true,
        problemOffset: lineText.length,
        problem: 'The file is not valid UTF-8 text. Save it as UTF-8 in your editor (in VS Code: "Save with Encoding" → UTF-8).',
      };
    }
  }
  text = normalizedText(text);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return { text, fatal: true, problemOffset: nul, problem: 'The file contains a NUL character, so it is not a text file. Remove it, or recreate the file from the template.' };
  }
  return { text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, middle), { stream: true });
      decoder.decode();
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}

export interface FrontMatterSplit {
  yamlStart: number;
  yamlEnd: number;
  bodyStart: number;
  unclosed?: boolean;
}

/** Where the front matter of a normalized text (normalizedText) is: its YAML, and where the body starts. */
export function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const opening = /^---[ \t]*(?:\n|$)/.exec(text);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  const closing = /^---[ \t]*$/m;
  closing.lastIndex = 0;
  const rest = text.slice(yamlStart);
  const match = closing.exec(rest);
  if (!match) return { yamlStart, yamlEnd: text.length, bodyStart: text.length, unclosed: true };
  const yamlEnd = yamlStart + match.index;
  const afterClosing = yamlEnd + match[0].length;
  return { yamlStart, yamlEnd, bodyStart: Math.min(afterClosing + 1, text.length) };
}

/** Whether any line of the front matter is a list item with ": " inside (yaml-lines.ts). */
const listItemsWithColon = new RegExp(listItemWithColon.source, 'm');

/** How the front matter is read when it is more than plain "key: value" lines: the checker's own messages replace YAML's. */
const yamlOptions = { uniqueKeys: true, prettyErrors: false, strict: true } as const;

/** Reads the front matter into `parsed`; the lines of values YAML read but not as meant go into `slipLines`. */
function readFrontMatter(parsed: ParsedGroup, yamlText: string, findings: Finding[], slipLines: Set<number>, { dataOnly }: { dataOnly: boolean }) {
  const offset = parsed.yamlOffset;
  const lineStarts = computeLineStarts(yamlText);
  const slipFinding = (slip: LineSlip): Finding => {
    const start = offset + (lineStarts[slip.line] ?? 0);
    const end = start + (yamlText.split('\n')[slip.line]?.length ?? 0);
    const range = parsed.rangeAt(start, end);
    return { rule: 'frontmatter-syntax', range, message: slip.message, fix: { range, replacement: slip.corrected, description: `rewrote line ${range.line} as YAML reads it` } };
  };
  let slips: LineSlip[] | undefined;
  const slipsOf = () => (slips ??= lineSlips(yamlText));
  // A value YAML reads without complaint but not as meant (cut at a "#", kept with its curly quotes, a list
  // item read as a field) is a problem even when the front matter parses. Most files have none of the
  // characters that make one, and skip the line-by-line reading.
  const silentSlips = !dataOnly && (/\s#\S|[“„‟«‘‚‛]/.test(yamlText) || listItemsWithColon.test(yamlText)) ? slipsOf().filter((slip) => slip.silent) : [];
  for (const slip of silentSlips) {
    const finding = slipFinding(slip);
    findings.push(finding);
    slipLines.add(finding.range.line);
  }
  // Each such slip is one error; the other rules judge the values as the author meant them (the lines
  // corrected), so that a name in curly quotes is not also a disclaimer that names another group.
  const asMeant = (data: Record<string, unknown>): Record<string, unknown> => {
    if (silentSlips.length === 0) return data;
    const lines = yamlText.split('\n');
    for (const slip of silentSlips) lines[slip.line] = slip.corrected;
    const corrected = lines.join('\n');
    const plainAgain = parsePlainYaml(corrected);
    if (plainAgain) return plainAgain.data;
    try {
      const again = parseDocument(corrected, yamlOptions);
      const value: unknown = again.errors.length > 0 ? undefined : again.toJS({ maxAliasCount });
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : data;
    } catch {
      return data;
    }
  };
  const plain = parsePlainYaml(yamlText);
  if (plain) {
    const document = new Document() as Document.Parsed;
    document.contents = plain.contents as Document.Parsed['contents'];
    document.range = [0, yamlText.length, yamlText.length];
    parsed.yaml = document;
    parsed.rangeOf = (path, part = 'value') => rangeOfField(parsed, document.contents, path, part);
    parsed.data = asMeant(plain.data);
    return;
  }
  const tooDeep = frontMatterOverBudget(yamlText);
  if (tooDeep) {
    findings.push({ rule: 'frontmatter-syntax', range: parsed.rangeAt(offset + tooDeep.at, offset + tooDeep.at), message: `The front matter ${tooDeep.problem}. Write each field as plain "key: value" lines, as in the template.` });
    return;
  }
  let document;
  try {
    document = parseDocument(yamlText, yamlOptions);
  } catch (error) {
    findings.push({ rule: 'frontmatter-syntax', range: parsed.rangeAt(offset, offset), message: `The front matter could not be read (${describe(error)}). Simplify it to plain "key: value" lines.` });
    return;
  }
  if (document.errors.length > 0) {
    // The slips found line by line name the cause in plain words, once each; the parser's own messages
    // would name its state, often several times for one cause. Only when no slip explains the failure
    // does its first error speak, and only the first: the others follow from it.
    const loud = slipsOf().filter((slip) => !slip.silent);
    if (loud.length > 0) findings.push(...loud.map(slipFinding));
    else {
      const [error] = document.errors;
      if (error) findings.push({ rule: 'frontmatter-syntax', range: parsed.rangeAt(offset + error.pos[0], offset + error.pos[1]), message: yamlErrorMessage(error.code, error.message) });
    }
    return;
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    findings.push({
      rule: 'frontmatter-syntax',
      range: parsed.rangeAt(offset, offset),
      message: `The front matter could not be read: ${describe(error)}. Write each value out instead of using YAML anchors and aliases (& and *).`,
    });
    return;
  }
  parsed.yaml = document;
  parsed.rangeOf = (path, part = 'value') => rangeOfField(parsed, document.contents, path, part);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    findings.push({
      rule: 'frontmatter-syntax',
      range: parsed.rangeAt(offset, offset + yamlText.length),
      message: 'The front matter must be a list of fields, one "key: value" per line (for example "name: CERN Alumni Lyon"). Copy the template from the "Add your group" page.',
    });
    return;
  }
  parsed.data = asMeant(data as Record<string, unknown>);
}

function yamlErrorMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This field appears twice in the front matter. Keep one of them.';
    case 'TAB_AS_INDENT':
      return 'The front matter is indented with a tab. Indent with spaces only.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `The front matter is not valid YAML: ${firstLine}. Check the indentation and that each field is "key: value".`;
    default:
      return `The front matter is not valid YAML: ${firstLine}. If a value contains ": " or starts with a quote or special character, wrap the whole value in double quotes.`;
  }
}

function rangeOfField(parsed: ParsedGroup, root: unknown, path: FieldPath, part: 'key' | 'value'): Range {
  const offset = parsed.yamlOffset;
  let node: unknown = root;
  let best: [number, number] | undefined = nodeRange(root);
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const keyRange = nodeRange(pair.key);
      if (isLast && part === 'key') return keyRange ? parsed.rangeAt(offset + keyRange[0], offset + keyRange[1]) : parsed.rangeAt(offset, offset);
      best = (isLast ? nodeRange(pair.value) : undefined) ?? keyRange ?? best;
      if (!isLast) best = keyRange ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      best = nodeRange(item) ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best ? parsed.rangeAt(offset + best[0], offset + best[1]) : parsed.rangeAt(offset, offset);
}

function nodeRange(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

function readBody(parsed: ParsedGroup, text: string, bodyStart: number, findings: Finding[]) {
  const linesBefore = bodyStart === 0 ? 0 : countNewlines(text, bodyStart);
  // Blank lines in place of the front matter keep the body's line numbers those of the file; the
  // site renders this same text.
  const source = '\n'.repeat(linesBefore) + text.slice(bodyStart);
  const overBudget = bodyOverBudget(source);
  if (overBudget) {
    // The body text keeps the file's line numbers, so a position in it maps to the file by lines.
    const line = countNewlines(source, overBudget.at) + 1;
    const column = overBudget.at - source.lastIndexOf('\n', overBudget.at - 1);
    findings.push({ rule: 'body-limits', range: { line, column, endLine: line, endColumn: column + 1 }, message: `The text ${overBudget.problem}. A group page needs only a few levels of lists or quotes and a few dozen emphasis marks.` });
    return;
  }
  parsed.bodySource = source;
  parsed.body = parseBody(source);
  // Each blank line of the padding stands for the front matter up to the end of that line.
  const bodyOffset = bodyStart - linesBefore;
  parsed.rangeInBody = (start, end) => parsed.rangeAt(start + bodyOffset, end + bodyOffset);
  parsed.rangeOfNode = (node) => {
    const start = node.position?.start.offset ?? linesBefore;
    return parsed.rangeInBody(start, node.position?.end.offset ?? start);
  };
}

/**
 * Deeper than this, lists, quotes or brackets inside each other are refused before parsing: the time
 * to parse such a text grows with the square of its depth, and every rule walks the tree one stack
 * frame per level.
 */
const maxNesting = 100;
/**
 * More emphasis marks than this are refused in a body: the time to match marks that never close
 * (`_a_a_a…`) grows with the square of their number. Ordinary pages have a few dozen.
 */
const maxEmphasisMarks = 10_000;
const emphasisMark = /[*_~]/g;
/** The start of a line that opens nested blocks: indentation, quote markers, list markers. */
const linePrefix = /^[ \t]*(?:>[ \t]*|(?:[-*+?]|\d{1,9}[.)])(?:[ \t]+|$))*/gm;
const prefixMarker = />|[-*+?](?=[ \t]|$)|\d{1,9}[.)]/g;

interface OverBudget {
  /** Offset into the text. */
  at: number;
  problem: string;
}

/** Where and how a body is beyond what the checker reads in bounded time, or undefined. */
function bodyOverBudget(text: string): OverBudget | undefined {
  const nesting = nestedTooDeeply(text);
  if (nesting) return nesting;
  emphasisMark.lastIndex = 0;
  let count = 0;
  for (let match = emphasisMark.exec(text); match; match = emphasisMark.exec(text)) {
    if (++count > maxEmphasisMarks) {
      return {
        at: match.index,
        problem: `has more than ${maxEmphasisMarks.toLocaleString('en')} of the characters *, _ and ~, which mark emphasis in Markdown. Shorten the page, or link to your own website for the rest`,
      };
    }
  }
  return undefined;
}

/** Where and how front matter nests too deeply to be parsed safely, or undefined. */
function frontMatterOverBudget(text: string): OverBudget | undefined {
  const nesting = nestedTooDeeply(text);
  if (nesting) return nesting;
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[' || char === '{') depth++;
    else if ((char === ']' || char === '}') && depth > 0) depth--;
    if (depth > maxNesting) return { at: index, problem: `nests brackets ${depth} levels deep; at most ${maxNesting} are allowed` };
  }
  return undefined;
}

function nestedTooDeeply(text: string): OverBudget | undefined {
  linePrefix.lastIndex = 0;
  for (let match = linePrefix.exec(text); match; match = linePrefix.exec(text)) {
    if (match[0] === '') {
      linePrefix.lastIndex++;
      continue;
    }
    const indentation = (/^[ \t]*/.exec(match[0])?.[0] ?? '').replaceAll('\t', '    ').length;
    const depth = Math.floor(indentation / 2) + (match[0].match(prefixMarker)?.length ?? 0);
    if (depth > maxNesting) {
      return { at: match.index, problem: `nests ${depth} levels deep (lists, quotes or indentation inside each other); at most ${maxNesting} are allowed` };
    }
  }
  return undefined;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** The offset at which each line of `text` starts. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply';
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : String(error);
}
