/**
 * The text a reader sees in a group file, with the way back to the file. Rules that look for words,
 * addresses or phone numbers search this text and report exactly where a match is: the characters
 * inside a paragraph, or inside a front matter value, even when it is folded over several lines.
 */
import type { Nodes, Root } from 'mdast';
import { isMap, isScalar, isSeq } from 'yaml';
import { nodesOf } from '../body-nodes.ts';
import { computeLineStarts } from '../parse.ts';
import type { FieldPath, ParsedGroup, Range } from '../types.ts';

export interface TextSpan {
  /** The text as the reader sees it (escapes resolved, a folded value joined with spaces). */
  text: string;
  /** A code block of the body: shown as is, not prose. */
  code?: true;
  /** A heading of the body: it names what the text under it is about. */
  heading?: true;
  /** The front matter field the text is the value of, or undefined for the body. */
  field?: FieldPath;
  /** Stretches of the text set in italics, [start, end): titles of works, names, words quoted for what they are. */
  emphasized?: readonly (readonly [number, number])[];
  /**
   * For the first paragraph of a list item: the text that introduces the list, a heading or a paragraph
   * ending with a colon just before it ("What we will not do:"), which each item completes.
   */
  leadIn?: TextSpan;
  /** The file range of `text.slice(start, end)`. */
  rangeOf(start: number, end: number): Range;
}

export interface LinkTarget {
  url: string;
  range: Range;
  /** The front matter field holding the address, or undefined for a link or image in the body. */
  field?: FieldPath;
  /** The link's text or the image's alt text, for links in the body. */
  label?: string;
  kind: 'link' | 'image' | 'channel';
}

interface ReadableText {
  spans: TextSpan[];
  links: LinkTarget[];
}

const cache = new WeakMap<ParsedGroup, ReadableText>();

/** Every piece of text a reader sees: each paragraph, heading or table cell of the body, and each text value of the front matter. */
export function readableText(group: ParsedGroup): TextSpan[] {
  return read(group).spans;
}

/** Every address a reader can follow: links, images and link definitions in the body, and the group's channels. */
export function linkTargets(group: ParsedGroup): LinkTarget[] {
  return read(group).links;
}

/** Front matter text of the given top-level fields, and the body when `body` is set. */
export function spansOf(group: ParsedGroup, fields: readonly string[], options: { body: boolean }): TextSpan[] {
  return readableText(group).filter((span) => (span.field ? fields.includes(String(span.field[0])) : options.body));
}

function read(group: ParsedGroup): ReadableText {
  let found = cache.get(group);
  if (!found) {
    const lineStarts = computeLineStarts(group.text);
    const offsetAt = (point: { line: number; column: number }) => (lineStarts[point.line - 1] ?? 0) + point.column - 1;
    found = { spans: [], links: [] };
    readFrontMatter(group, found);
    if (group.body) readBody(group, group.body, offsetAt, found);
    cache.set(group, found);
  }
  return found;
}

/**
 * A piece of a span's text and where it is in the file: character for character when the text is the
 * source as written (`offsets` undefined, `exact`), by each character's offset in the source when
 * escapes or markup sit between them, or only as a whole when they cannot be lined up.
 */
interface Piece {
  /** Where the piece starts in the span's text. */
  from: number;
  fileStart: number;
  fileEnd: number;
  exact: boolean;
  offsets?: number[];
}

/** The text of a span and where each character is in the file, built piece by piece. */
class SpanBuilder {
  text = '';
  private readonly pieces: Piece[] = [];
  private readonly group: ParsedGroup;
  private readonly emphasized: [number, number][] = [];

  constructor(group: ParsedGroup) {
    this.group = group;
  }

  /** Adds text found at [start, end) of the file, aligning each character with its place in the source. */
  add(value: string, start: number, end: number) {
    // Most text is the source as written: compared in place, without a copy of the source.
    const exact = value.length <= end - start && this.group.text.startsWith(value, start);
    const offsets = exact ? undefined : align(value, this.group.text.slice(start, end));
    this.pieces.push({ from: this.text.length, fileStart: start, fileEnd: end, exact, ...(offsets ? { offsets } : {}) });
    this.text += value;
  }

  /** Adds a separator that stands for no character of the file (a line break inside a paragraph). */
  addGap(value: string) {
    const at = this.pieces.at(-1)?.fileEnd ?? 0;
    this.pieces.push({ from: this.text.length, fileStart: at, fileEnd: at, exact: false });
    this.text += value;
  }

  /** Marks the text added by `addContent` as set in italics. */
  emphasize(addContent: () => void) {
    const start = this.text.length;
    addContent();
    this.emphasized.push([start, this.text.length]);
  }

  build(field?: FieldPath): TextSpan {
    const { text, pieces, group, emphasized } = this;
    /** The file offsets the character at `index` of the text covers. */
    const placeOf = (index: number): [number, number] => {
      let low = 0;
      let high = pieces.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((pieces[middle] as Piece).from <= index) low = middle;
        else high = middle - 1;
      }
      const piece = pieces[low];
      if (!piece) return [0, 0];
      const at = piece.exact ? index - piece.from : piece.offsets?.[index - piece.from];
      return at === undefined ? [piece.fileStart, piece.fileEnd] : [piece.fileStart + at, piece.fileStart + at + 1];
    };
    return {
      text,
      ...(field ? { field } : {}),
      ...(emphasized.length > 0 ? { emphasized } : {}),
      rangeOf: (start, end) => {
        const last = Math.max(0, text.length - 1);
        const from = placeOf(Math.min(start, last))[0];
        const to = end > start ? placeOf(Math.min(end - 1, last))[1] : from;
        return group.rangeAt(from, Math.max(from, to));
      },
    };
  }
}

/**
 * For each character of `value`, its index in `source`. Characters are matched in order; white space
 * matches any white space (a folded line break, indentation), and source characters with no
 * counterpart in the value (escapes, quotes, markup) are skipped. Undefined when they do not line up.
 */
function align(value: string, source: string): number[] | undefined {
  const offsets: number[] = [];
  let at = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const isSpace = isWhiteSpace(code);
    let skipped = 0;
    while (at < source.length && (isSpace ? !isWhiteSpace(source.charCodeAt(at)) : source.charCodeAt(at) !== code)) {
      if (!isSpace && !isWhiteSpace(source.charCodeAt(at)) && ++skipped > 12) return undefined;
      at++;
    }
    if (at >= source.length) return undefined;
    offsets.push(at);
    at++;
    if (isSpace) while (at < source.length && isWhiteSpace(source.charCodeAt(at)) && !(index + 1 < value.length && isWhiteSpace(value.charCodeAt(index + 1)))) at++;
  }
  return offsets;
}

/** Whether a UTF-16 unit is white space as `\s` means it, without a regular expression for each character. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return whiteSpace.test(String.fromCharCode(code));
}
const whiteSpace = /\s/;

function readFrontMatter(group: ParsedGroup, found: ReadableText) {
  const root = group.yaml?.contents;
  if (!root) return;
  const visitNode = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) visitNode(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visitNode(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const builder = new SpanBuilder(group);
      builder.add(node.value, group.yamlOffset + node.range[0], group.yamlOffset + node.range[1]);
      found.spans.push(builder.build(path));
      if (path[0] === 'channels' && (path[1] === 'website' || path.at(-1) === 'url')) {
        found.links.push({ url: node.value, range: group.rangeAt(group.yamlOffset + node.range[0], group.yamlOffset + node.range[1]), field: path, kind: 'channel' });
      }
    }
  };
  visitNode(root, []);
}

function readBody(group: ParsedGroup, tree: Root, offsetAt: (point: { line: number; column: number }) => number, found: ReadableText) {
  const sourceRange = (node: Nodes) => (node.position ? [offsetAt(node.position.start), offsetAt(node.position.end)] as const : undefined);
  const addInline = (builder: SpanBuilder, node: Nodes) => {
    const range = sourceRange(node);
    if ((node.type === 'text' || node.type === 'inlineCode') && range) builder.add(node.value, range[0], range[1]);
    else if (node.type === 'image' && range) builder.add(node.alt ?? '', range[0], range[1]);
    else if (node.type === 'break') builder.addGap('\n');
    else if (node.type === 'emphasis') builder.emphasize(() => node.children.forEach((child) => addInline(builder, child)));
    else if ('children' in node) for (const child of node.children) addInline(builder, child as Nodes);
  };
  for (const { node } of nodesOf(tree, 'link', 'image', 'definition')) {
    const range = sourceRange(node);
    if (!range) continue;
    const label = node.type === 'image' ? (node.alt ?? '') : node.type === 'link' ? plainText(node) : '';
    found.links.push({ url: node.url, range: group.rangeAt(range[0], range[1]), label, kind: node.type === 'image' ? 'image' : 'link' });
  }
  const leadIns = listLeadIns(tree);
  const leads = new Set(leadIns.values());
  const leadSpans = new Map<Nodes, TextSpan>();
  for (const { node } of nodesOf(tree, 'paragraph', 'heading', 'tableCell', 'code')) {
    const builder = new SpanBuilder(group);
    if (node.type !== 'code') {
      for (const child of node.children) addInline(builder, child);
      const leadIn = leadSpans.get(leadIns.get(node) as Nodes);
      const built = node.type === 'heading' ? { ...builder.build(), heading: true as const } : builder.build();
      const span = leadIn ? { ...built, leadIn } : built;
      if (leads.has(node)) leadSpans.set(node, span);
      found.spans.push(span);
      continue;
    }
    const range = sourceRange(node);
    if (!range) continue;
    builder.add(node.value, range[0], range[1]);
    found.spans.push({ ...builder.build(), code: true });
  }
}

/** A heading, or a paragraph that ends with a colon: what may introduce a list. */
const isLeadIn = (node: Nodes) => node.type === 'heading' || (node.type === 'paragraph' && /:\s*$/.test(plainText(node)));

/** For the first paragraph of each list item, the node that introduces its list: the heading or the paragraph ending with a colon just before the list. */
function listLeadIns(tree: Root): Map<Nodes, Nodes> {
  const leadIns = new Map<Nodes, Nodes>();
  const parents = new Set(nodesOf(tree, 'list').map(({ parent }) => parent));
  for (const parent of parents) {
    if (!parent) continue;
    parent.children.forEach((node, index) => {
      const before = parent.children[index - 1] as Nodes | undefined;
      if (node.type !== 'list' || !before || !isLeadIn(before)) return;
      for (const item of node.children) if (item.children[0]?.type === 'paragraph') leadIns.set(item.children[0], before);
    });
  }
  return leadIns;
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}
