/**
 * The text a reader sees in a group file, with the way back to the file. Rules that look for words,
 * addresses or phone numbers search this text and report exactly where a match is: the characters
 * inside a paragraph, or inside a front matter value, even when it is folded over several lines.
 */
import type { Nodes, Root } from 'mdast';
import type { Nodes as EnglishNode, Root as EnglishRoot, Sentence, Word } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { nodesOf } from './body-nodes.ts';
import { isMap, isScalar, isSeq } from 'yaml';
import { computeLineStarts } from './parse.ts';
import type { FieldPath, ParsedGroup, Range } from './types.ts';

export interface TextSpan {
  /** The text as the reader sees it (escapes resolved, a folded value joined with spaces). */
  text: string;
  /** A code block of the body: shown as is, not prose. */
  code?: true;
  /** The front matter field the text is the value of, or undefined for the body. */
  field?: FieldPath;
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
  prose?: Prose;
}

/** The prose of a file as one English text, parsed into words once for every rule that looks at words. */
export interface Prose {
  text: string;
  /** Parsed on first use: a file none of whose words is on a rule's list is never parsed. */
  readonly tree: EnglishRoot;
  /** Every word of the text as `wordKey` spells it, for a cheap look-up before parsing. */
  readonly words: ReadonlySet<string>;
  /** The file range of `text.slice(start, end)`. */
  rangeOf(start: number, end: number): Range;
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

/**
 * The fields whose values readers see as prose the group wrote: not people's names, addresses, codes,
 * or the disclaimer, whose wording is prescribed.
 */
const proseFields = ['name', 'summary', 'region', 'objectives', 'joinCriteria', 'annualPlan'];

const englishParser = unified().use(retextEnglish).freeze();
/**
 * Joins the pieces of prose so that each ends a sentence (no phrase runs from one into the next) and
 * the whole is one line: English parsing starts a paragraph at each line break, and word-list checks
 * that work paragraph by paragraph (retext-equality indexes its list for each) then run once.
 */
const endOfPiece = (text: string) => (/[.!?]\s*$/.test(text) ? ' ' : '. ');

/** The body's prose and the prose fields, as one English text (see `Prose`). */
export function proseOf(group: ParsedGroup): Prose {
  const found = read(group);
  if (!found.prose) {
    const isPlanCode = (span: TextSpan) => span.field?.[0] === 'annualPlan' && !['title', 'location'].includes(String(span.field.at(-1)));
    const spans = spansOf(group, proseFields, { body: true }).filter((span) => !span.code && !isPlanCode(span) && span.text.trim());
    const starts: number[] = [];
    let text = '';
    for (const span of spans) {
      starts.push(text.length);
      text += span.text.replace(/[\r\n]/g, ' ') + endOfPiece(span.text);
    }
    const spanAt = (offset: number) => {
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > offset) index--;
      return index;
    };
    let tree: EnglishRoot | undefined;
    let words: Set<string> | undefined;
    found.prose = {
      text,
      get tree() {
        return (tree ??= englishParser.parse(text) as EnglishRoot);
      },
      get words() {
        return (words ??= wordKeys(text));
      },
      rangeOf: (start, end) => {
        const index = spanAt(start);
        const span = spans[index];
        const base = starts[index] ?? 0;
        if (!span) return group.rangeAt(0, 0);
        return span.rangeOf(start - base, Math.min(end - base, span.text.length));
      },
    };
  }
  return found.prose;
}

export interface TextMatch {
  span: TextSpan;
  match: RegExpExecArray;
  range: Range;
}

/** Every match of a global pattern in the spans, with its file range. */
export function* matchesIn(spans: readonly TextSpan[], pattern: RegExp): Generator<TextMatch> {
  if (!pattern.global) throw new Error('matchesIn needs a global pattern');
  for (const span of spans) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(span.text); match; match = pattern.exec(span.text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      yield { span, match, range: span.rangeOf(match.index, match.index + match[0].length) };
    }
  }
}

/** How far a sentence is looked for on either side of a match: enough for any real sentence, and a bound on the work per match. */
const sentenceWindow = 400;

/** The sentence around a position in a text, for rules that weigh a match against its context (a negation, the office). */
export function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const window = text.slice(Math.max(0, start - sentenceWindow), Math.min(text.length, end + sentenceWindow));
  const offset = Math.max(0, start - sentenceWindow);
  const [from, to] = [start - offset, end - offset];
  const sentenceStart = Math.max(window.lastIndexOf('. ', from), window.lastIndexOf('! ', from), window.lastIndexOf('? ', from), window.lastIndexOf('\n', from));
  const ends = ['. ', '! ', '? ', '\n'].map((mark) => window.indexOf(mark, to)).filter((index) => index >= 0);
  const sentenceEnd = ends.length > 0 ? Math.min(...ends) : window.length;
  return { before: window.slice(sentenceStart + 1, from), after: window.slice(to, sentenceEnd) };
}

/** Tells whether the few words before a match deny it ("not an official group", "we do not use WhatsApp"). */
export const isNegated = (before: string) => /\b(?:not|no|never|nor|without)\b[^.;:]{0,40}$|n['’]t\b[^.;:]{0,40}$/i.test(before);

export interface AddressMatch {
  address: string;
  range: Range;
  /** The front matter field holding the address (a channel, or an address written in a text field). */
  field?: FieldPath;
}

/**
 * Every place an address matching `pattern` (global) appears: the target of a link or image, a channel
 * in the front matter, or an address written out in the text. A link whose text repeats its address
 * counts once.
 */
export function addressesMatching(group: ParsedGroup, pattern: RegExp): AddressMatch[] {
  const found: AddressMatch[] = [];
  const places = new RangeSet();
  for (const link of linkTargets(group)) {
    pattern.lastIndex = 0;
    const match = pattern.exec(link.url);
    if (!match) continue;
    found.push({ address: link.url, range: link.range, ...(link.field ? { field: link.field } : {}) });
    // A link inside another (an image in a link) is already covered by the outer one.
    places.add(link.range);
  }
  for (const { match, range, span } of matchesIn(readableText(group), pattern)) {
    if (span.field?.[0] === 'channels' || !places.add(range)) continue;
    // An address written in a sentence ends before the punctuation that closes the sentence.
    const address = match[0].replace(/[.,;:!?'"’”)\]]+$/, '');
    const trimmed = match[0].length - address.length;
    const end = range.endLine === range.line ? { endColumn: Math.max(range.column, range.endColumn - trimmed) } : {};
    found.push({ address, range: { ...range, ...end }, ...(span.field ? { field: span.field } : {}) });
  }
  return found;
}

/** Wraps a report function so that a second problem at the same place is not reported again. */
export function oncePerPlace(report: (range: Range, message: string) => void): (range: Range, message: string) => void {
  const reported = new RangeSet();
  return (range, message) => {
    if (reported.add(range)) report(range, message);
  };
}

/**
 * Ranges that do not overlap, kept in order: adding one that overlaps none takes a binary search, so
 * a file with thousands of problems is checked in time that grows with their number, not its square.
 */
class RangeSet {
  /** Start and end of each range as one number each, sorted; the ranges never overlap, so the ends are sorted too. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Adds the range unless it overlaps one already there; tells whether it was added. */
  add(range: Range): boolean {
    const start = RangeSet.key(range.line, range.column);
    const end = RangeSet.key(range.endLine, range.endColumn);
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] as number) < start) low = middle + 1;
      else high = middle;
    }
    // Only the neighbours can overlap: the one starting before, and the one starting at or after.
    if (low > 0 && (this.ends[low - 1] as number) > start) return false;
    if (low < this.starts.length && (this.starts[low] as number) < end) return false;
    this.starts.splice(low, 0, start);
    this.ends.splice(low, 0, end);
    return true;
  }

  private static key = (line: number, column: number) => line * 2 ** 21 + column;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Characters of a span and where each is in the file, built piece by piece. */
class SpanBuilder {
  text = '';
  /** For each character, the file offsets it covers: its own character, or the whole piece when it cannot be placed more exactly. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  private readonly group: ParsedGroup;

  constructor(group: ParsedGroup) {
    this.group = group;
  }

  /** Adds text found at [start, end) of the file, aligning each character with its place in the source. */
  add(value: string, start: number, end: number) {
    const aligned = align(value, this.group.text.slice(start, end));
    for (let index = 0; index < value.length; index++) {
      const at = aligned?.[index];
      this.starts.push(at === undefined ? start : start + at);
      this.ends.push(at === undefined ? end : start + at + 1);
    }
    this.text += value;
  }

  /** Adds a separator that stands for no character of the file (a line break inside a paragraph). */
  addGap(value: string) {
    const at = this.ends.at(-1) ?? 0;
    for (let index = 0; index < value.length; index++) {
      this.starts.push(at);
      this.ends.push(at);
    }
    this.text += value;
  }

  build(field?: FieldPath): TextSpan {
    const { text, starts, ends, group } = this;
    return {
      text,
      ...(field ? { field } : {}),
      rangeOf: (start, end) => {
        const last = Math.max(0, starts.length - 1);
        const from = starts[Math.min(start, last)] ?? 0;
        const to = end > start ? (ends[Math.min(end - 1, last)] ?? from) : from;
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
  if (source.startsWith(value)) return Array.from({ length: value.length }, (_, index) => index);
  const offsets: number[] = [];
  let at = 0;
  for (const char of value) {
    const isSpace = /\s/.test(char);
    let skipped = 0;
    while (at < source.length && (isSpace ? !/\s/.test(source[at] ?? '') : source[at] !== char)) {
      if (!isSpace && !/\s/.test(source[at] ?? '') && ++skipped > 12) return undefined;
      at++;
    }
    if (at >= source.length) return undefined;
    offsets.push(at);
    at++;
    if (isSpace) while (at < source.length && /\s/.test(source[at] ?? '') && !/\s/.test(value[offsets.length] ?? 'x')) at++;
    // A multi-unit character (an emoji) takes the offsets of its following code units too.
    for (let extra = 1; extra < char.length; extra++) offsets.push(at++);
  }
  return offsets;
}

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
    else if ('children' in node) for (const child of node.children) addInline(builder, child as Nodes);
  };
  for (const { node } of nodesOf(tree, 'link', 'image', 'definition')) {
    const range = sourceRange(node);
    if (!range) continue;
    const label = node.type === 'image' ? (node.alt ?? '') : node.type === 'link' ? plainText(node) : '';
    found.links.push({ url: node.url, range: group.rangeAt(range[0], range[1]), label, kind: node.type === 'image' ? 'image' : 'link' });
  }
  for (const { node } of nodesOf(tree, 'paragraph', 'heading', 'tableCell', 'code')) {
    const builder = new SpanBuilder(group);
    if (node.type !== 'code') {
      for (const child of node.children) addInline(builder, child);
      found.spans.push(builder.build());
      continue;
    }
    const range = sourceRange(node);
    if (!range) continue;
    builder.add(node.value, range[0], range[1]);
    found.spans.push({ ...builder.build(), code: true });
  }
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/* Word lists: indexed once, when a rule module loads; walked once per file over its parsed prose. */

interface PhraseMatch {
  phrase: string;
  /** The words as written. */
  actual: string;
  start: number;
  end: number;
}

/** Lower case, straight apostrophes and hyphens removed, as retext's lists compare words. */
/** A word as the cheap look-ups compare it: lower case, letters and digits only ("Able-bodied" → "ablebodied"). */
export const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Every key a word of `text` can have, whichever way an English parser splits it: each piece between
 * white space and separators ("a.d.d.", "able-bodied") and each run of letters and digits in it.
 */
function wordKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const piece of text.split(/[^\p{L}\p{N}.'’-]+/u)) {
    const whole = wordKey(piece);
    if (whole) keys.add(whole);
    for (const run of piece.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) keys.add(run);
  }
  return keys;
}

/** Whether any of `words`, or its singular in -s or -es, is one of `keys`. */
function containsAnyKey(words: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  for (const word of words) {
    if (keys.has(word) || (word.endsWith('s') && (keys.has(word.slice(0, -1)) || keys.has(word.slice(0, -2))))) return true;
  }
  return false;
}

const normalizeWord = (word: string) => word.toLowerCase().replace(/[’']/g, '').replace(/-/g, '');

const textOf = (node: EnglishNode): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

export class PhraseList {
  private readonly byFirstWord = new Map<string, string[][]>();
  private readonly firstWordKeys = new Set<string>();

  /** `phrases`: words separated by single spaces. A single word also matches its plural in -s or -es. */
  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(' ').map(normalizeWord);
      const first = words[0] ?? '';
      this.firstWordKeys.add(wordKey(first));
      const list = this.byFirstWord.get(first);
      if (list) list.push(words);
      else this.byFirstWord.set(first, [words]);
    }
  }

  /** Every listed phrase in the prose, as words separated only by white space, longest first at each place. */
  find(prose: Prose): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    if (!containsAnyKey(prose.words, this.firstWordKeys)) return found;
    visit(prose.tree, 'SentenceNode', (sentence: Sentence) => {
      const children = sentence.children;
      children.forEach((node, index) => {
        if (node.type !== 'WordNode') return;
        const word = normalizeWord(textOf(node));
        const candidates = this.byFirstWord.get(word) ?? this.byFirstWord.get(singular(word, this.byFirstWord)) ?? [];
        let best: Word[] | undefined;
        for (const words of candidates) {
          const matched = matchFrom(children, index, words);
          if (matched && (!best || matched.length > best.length)) best = matched;
        }
        if (best) {
          const start = best[0]?.position?.start.offset ?? 0;
          const end = best.at(-1)?.position?.end.offset ?? start;
          found.push({ phrase: best.map((w) => normalizeWord(textOf(w))).join(' '), actual: best.map(textOf).join(' '), start, end });
        }
      });
    });
    return found;
  }
}

function singular(word: string, index: Map<string, unknown>): string {
  if (word.endsWith('es') && index.has(word.slice(0, -2))) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function matchFrom(children: Sentence['children'], index: number, words: string[]): Word[] | undefined {
  const matched: Word[] = [children[index] as Word];
  let at = index + 1;
  for (const expected of words.slice(1)) {
    while (children[at]?.type === 'WhiteSpaceNode') at++;
    const node = children[at];
    if (node?.type !== 'WordNode' || normalizeWord(textOf(node)) !== expected) return undefined;
    matched.push(node);
    at++;
  }
  return matched;
}
