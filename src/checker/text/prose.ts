/**
 * The prose of a group file as one English text, parsed into words (retext) once for the rules that
 * judge English wording, and word lists indexed once and matched against it.
 */
import type { Nodes as EnglishNode, Root as EnglishRoot, Sentence, Word } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ParsedGroup, Range } from '../types.ts';
import { spansOf, type TextSpan } from './spans.ts';

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

const cache = new WeakMap<ParsedGroup, Prose>();

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
  let prose = cache.get(group);
  if (!prose) {
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
    prose = {
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
    cache.set(group, prose);
  }
  return prose;
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
