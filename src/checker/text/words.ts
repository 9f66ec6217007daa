/**
 * Words in the languages of the network. The text a reader sees is folded (lower case, no accents,
 * one character for one, so positions stay those of the text) and split into words once per file;
 * each rule's lexicon of words and phrases, in every language it covers, is then matched word by
 * word, sentence by sentence. What a sentence asserts of a match (a negation, a question, a quotation)
 * is assertion.ts's to tell.
 */
import { franc } from 'franc-min';
import type { ParsedGroup } from '../types.ts';
import { readableText, type TextSpan } from './spans.ts';

/**
 * Letters that Unicode does not decompose into a base letter and an accent, and the look-alikes of "@"
 * and "." that hide an address from scrapers ("cata.rojas＠gmail․com").
 */
const plainLetters: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'a', œ: 'o', ß: 's', þ: 't', '＠': '@', '﹫': '@', '․': '.', '．': '.', '｡': '.', '。': '.' };

/** `text` in lower case and without accents, one character for each of its characters. */
export function fold(text: string): string {
  // Most text is plain ASCII: lower case is all there is to do.
  if (!nonAscii.test(text)) return text.toLowerCase();
  let folded = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 128) folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
    // A character made of two units (an emoji) stays as it is; any other folds to one character ("É" → "e", "İ" → "i", "ł" → "l").
    else if (char.length === 2) folded += char;
    else {
      const base = char.normalize('NFD').toLowerCase()[0] ?? char;
      folded += plainLetters[base] ?? base;
    }
  }
  return folded;
}
const nonAscii = /[^\x00-\x7f]/;

/** The words of a name, folded: "CERN Alumni" as ["cern", "alumni"]. */
export const foldedWords = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export interface Word {
  /** The word folded: lower case, without accents. */
  text: string;
  start: number;
  end: number;
  /** A sentence ends between the previous word and this one (., !, ?, ;, a blank line, a new span). */
  startsSentence: boolean;
}

/** A piece of text a reader sees, with its folded form and its words. */
export interface WordedSpan {
  span: TextSpan;
  folded: string;
  words: Word[];
  /** The language the page is written in (ISO 639-3), worked out once per file, when a rule first asks. */
  language(): string;
  /** All the words of the page the span is part of. */
  page: Page;
  /** Lexicon.find's matches of every lexicon in the span, found in one pass when one is first asked for. */
  matched: LexiconMatches | undefined;
  /** sentencesOf's answer, worked out when first asked for. */
  sentences: readonly Sentence[] | undefined;
}

/** A sentence of a span, as a range of word indexes [from, to). Shared by every rule that reads the span. */
export interface Sentence {
  readonly from: number;
  readonly to: number;
}

/** The spans of one file, so that a word list none of whose words the file has is ruled out once for all its spans. */
export interface Page {
  texts: WordedSpan[];
  /** Lexicon.mayMatch's answers for the page, worked out when one is first asked for. */
  lexicons: LexiconsPresent | undefined;
}

/** The languages of the network, the ones language detection chooses among. */
const languages = ['eng', 'fra', 'deu', 'ita', 'spa', 'por', 'nld', 'pol', 'ell', 'tur'];
/** Enough text to tell a language, and a bound on the time it takes. */
const languageSample = 600;

/** Whether each ASCII character is part of a word: a letter or a digit. */
const asciiWordChars = Uint8Array.from({ length: 128 }, (_, code) => Number(/[a-z0-9]/i.test(String.fromCharCode(code))));
const letterOrDigit = /^[\p{L}\p{N}]$/u;
const nonAsciiWordChars = new Map<number, boolean>();

/** How many UTF-16 units the character at `index` takes when it is part of a word (a letter or a digit in any script), else 0. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return asciiWordChars[code] as number;
  const point = text.codePointAt(index) as number;
  let isWordChar = nonAsciiWordChars.get(point);
  if (isWordChar === undefined) {
    isWordChar = letterOrDigit.test(String.fromCodePoint(point));
    if (nonAsciiWordChars.size < 10_000) nonAsciiWordChars.set(point, isWordChar);
  }
  return isWordChar ? (point > 0xffff ? 2 : 1) : 0;
}

/** The words of a folded text: each run of letters and digits, with where a sentence starts. */
function wordsOf(folded: string, original: string): Word[] {
  const words: Word[] = [];
  const length = folded.length;
  let previousEnd = 0;
  let index = 0;
  while (index < length) {
    let size = wordCharLength(folded, index);
    if (size === 0) {
      index++;
      continue;
    }
    const start = index;
    do index += size;
    while (index < length && (size = wordCharLength(folded, index)) > 0);
    const previous = words[words.length - 1];
    words.push({ text: folded.slice(start, index), start, end: index, startsSentence: !previous || ((endsSentence(folded, previousEnd, start) || endsWithEmoji(original, previousEnd, start)) && !isTitleStop(folded, previous)) });
    previousEnd = index;
  }
  return words;
}
/** Titles written before a name with a full stop ("Dr. Bağış Erdem", "St. Gallen"): the stop ends no sentence. */
const personTitles = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'hr', 'sig', 'sr', 'sra', 'srta', 'dott', 'ing', 'mgr', 'inz', 'st']);

const isTitleStop = (folded: string, word: Word) => folded.charCodeAt(word.end) === 46 && personTitles.has(word.text);

/** Whether a word, or a match, is written with a capital first letter in the span's text. */
export const isCapitalised = (text: WordedSpan, word: { start: number; end: number } | undefined) => word !== undefined && /^\p{Lu}/u.test(text.span.text.slice(word.start, word.end));

/** Whether the word at `index` is a name after a title ("Dr. Bağış Erdem"): capitalised, after a title and its stop. */
export function followsTitle(text: WordedSpan, index: number): boolean {
  const previous = text.words[index - 1];
  return previous !== undefined && isTitleStop(text.folded, previous) && isCapitalised(text, text.words[index]);
}

/**
 * Whether the characters between two words end a sentence: ".", "!", "?", ";", "·" or a blank line. A line
 * break inside a paragraph is where the manager's editor wrapped the line, not the end of a sentence.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    // "(le casse pesano!), mentre…": a mark inside brackets that a comma follows ends no sentence.
    // "1.500 TL", "19.00": a point between digits is part of a number.
    if (code === 46 && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1))) continue;
    // "example.org/k", "?phone=41…": a mark with a letter or a digit right after it is inside an address, not at a sentence's end.
    if ((code === 46 || code === 33 || code === 63) && isAsciiLetterOrDigit(text.charCodeAt(at + 1))) continue;
    if (code === 46 || code === 33 || code === 63) return !closesAsideBeforeComma.test(text.slice(at, to));
    if (code === 59) return true;
    // Greek's semicolon, the raised dot, before a space: Catalan's "l·l" stands inside a word.
    if ((code === 0xb7 || code === 0x387) && /\s/.test(text[at + 1] ?? '')) return true;
    if (code === 10 && ++breaks === 2) return true;
    if (code !== 10 && code !== 13 && code !== 32 && code !== 9) breaks = 0;
  }
  return false;
}
const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetterOrDigit = (code: number) => code < 128 && asciiWordChars[code] === 1;
/** "Aidat falan yok, bilirsiniz 🙂 Yalnız masada…": an emoji, a space and a capital end a sentence with no stop. */
const endsWithEmoji = (original: string, from: number, to: number) => closingEmoji.test(original.slice(from, to)) && /^\p{Lu}/u.test(original.slice(to, to + 1));
const closingEmoji = /\p{Extended_Pictographic}\uFE0F?\s+$/u;
const closesAsideBeforeComma = /^[.!?]+[)\]]+\s*,/;

/** A hashtag's words where its capitals start them ("#GreatJobGuys", "#WhatsAppGruppe"): each is read as a word of the sentence. */
function splitHashtags(words: Word[], original: string): Word[] {
  const split: Word[] = [];
  for (const word of words) {
    if (original[word.start - 1] !== '#') {
      split.push(word);
      continue;
    }
    let from = word.start;
    for (let at = word.start + 1; at <= word.end; at++) {
      if (at < word.end && !(/\p{Ll}/u.test(original[at - 1] as string) && /\p{Lu}/u.test(original[at] as string))) continue;
      split.push({ text: word.text.slice(from - word.start, at - word.start), start: from, end: at, startsSentence: from === word.start && word.startsSentence });
      from = at;
    }
  }
  return split;
}

const worded = new WeakMap<ParsedGroup, WordedSpan[]>();

/** Every piece of text a reader sees, with its words; code is left out. Computed once per file. */
export function wordedText(group: ParsedGroup): WordedSpan[] {
  let found = worded.get(group);
  if (!found) {
    const spans = readableText(group).filter((span) => !span.code);
    let detected: string | undefined;
    const language = () => (detected ??= languageOf(found as WordedSpan[]));
    const page: Page = { texts: [], lexicons: undefined };
    found = spans
      .map((span) => {
        const folded = fold(span.text);
        const words = wordsOf(folded, span.text);
        return { span, folded, words: span.text.includes('#') ? splitHashtags(words, span.text) : words, language, page, matched: undefined, sentences: undefined };
      });
    page.texts = found;
    worded.set(group, found);
  }
  return found;
}

/**
 * Short words that each language uses in every other sentence ("the", "und", "della", "het"). Counting
 * them tells the languages of the network apart on all but the shortest pages, far faster than trigram
 * statistics; franc decides when they do not.
 */
const functionWords: Record<string, string> = {
  eng: 'the and of to is are we our you your for with this that will be from by at',
  fra: 'le la les et des du une est sont nous vous pour avec dans sur aux ce qui pas notre nos',
  deu: 'der die das und ist sind wir ihr fur mit im den dem ein eine nicht zu auf auch von bei unsere',
  ita: 'il lo gli di del della che per con sono siamo non una nel alla al ci nostro nostra',
  spa: 'el los las y del que es son somos para con una por nos al nuestro nuestra',
  por: 'os do da dos das que para com em no na um uma nao somos voces nosso nossa',
  nld: 'het een van is zijn wij we jullie voor met op niet dat die te naar bij onze',
  pol: 'i w z na do nie sie jest sa jestesmy dla od to ze przez oraz po',
  tur: 've bir bu icin ile cok olan biz her gibi ama daha',
};
const languagesOfWord = new Map<string, string[]>();
for (const [language, words] of Object.entries(functionWords)) {
  for (const word of words.split(' ')) languagesOfWord.set(word, [...(languagesOfWord.get(word) ?? []), language]);
}
const greek = /[\u0370-\u03ff]/g;

/** The language of a page's body (of its front matter when it has no body): by its function words, by its script for Greek, else by franc. */
function languageOf(texts: readonly WordedSpan[]): string {
  const body = texts.filter((text) => !text.span.field);
  const sample = body.length > 0 ? body : texts;
  const votes = new Map<string, number>();
  let counted = 0;
  let letters = '';
  for (const text of sample) {
    if (letters.length < languageSample) letters += text.span.text.slice(0, languageSample - letters.length);
    for (const word of text.words) {
      if (counted >= 400) break;
      counted++;
      for (const language of languagesOfWord.get(word.text) ?? []) votes.set(language, (votes.get(language) ?? 0) + 1);
    }
  }
  if ((letters.match(greek)?.length ?? 0) > letters.length / 4) return 'ell';
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= 4 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];
  return franc(letters, { only: languages });
}

/** The network's languages as ISO 639-3 (franc's codes) to BCP 47 (HTML's `lang`). */
const languageTags: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', ita: 'it', spa: 'es', por: 'pt', nld: 'nl', pol: 'pl', ell: 'el', tur: 'tr' };

/** The language a group's page is written in, as a `lang` attribute writes it; undefined when it has no text or cannot be told. */
export function pageLanguage(group: ParsedGroup): string | undefined {
  const [first] = wordedText(group);
  return first ? languageTags[first.language()] : undefined;
}

export interface LexiconMatch {
  /** The index of the match's first word in the span's words. */
  index: number;
  /** How many words it covers. */
  length: number;
  /** The lexicon entry it matched. */
  entry: string;
  /** Offsets of the match in the span's text. */
  start: number;
  end: number;
}

// Not frozen: V8 iterates a frozen array on a slower path, and these are iterated for most words. `readonly` keeps them empty.
const noMatches: readonly LexiconMatch[] = [];

/** An entry of a lexicon: its words, each a word or a stem ("crowdfund" for "crowdfund*"), and the entry as written, folded. */
interface Entry {
  words: string[];
  isStem: boolean[];
  text: string;
}
/** An entry of some lexicon, in the index of all lexicons' entries by their first word. */
interface IndexedEntry {
  lexicon: number;
  entry: Entry;
}
const allByFirstWord = new Map<string, IndexedEntry[]>();
/** Entries whose first word is a stem, by the stem's first three letters. */
const allByStem = new Map<string, IndexedEntry[]>();
let lexiconCount = 0;

/**
 * The entries, of all lexicons, whose first word is the given word or a stem of it. Pages share most of
 * their words, so each distinct word is looked up once for the whole check (the memory is bounded).
 */
const candidatesOfWord = new Map<string, readonly IndexedEntry[]>();
let candidatesForCount = 0;
const noCandidates: readonly IndexedEntry[] = [];
function candidatesOf(word: string): readonly IndexedEntry[] {
  if (candidatesForCount !== lexiconCount || candidatesOfWord.size > 200_000) {
    candidatesOfWord.clear();
    candidatesForCount = lexiconCount;
  }
  let found = candidatesOfWord.get(word);
  if (!found) {
    const exact = allByFirstWord.get(word) ?? noCandidates;
    const stems = (allByStem.get(word.slice(0, 3)) ?? noCandidates).filter(({ entry }) => word.startsWith(entry.words[0] as string));
    found = stems.length === 0 ? exact : [...exact, ...stems];
    candidatesOfWord.set(word, found);
  }
  return found;
}

/** For each page, the lexicons that have an entry starting with one of its words (1), by lexicon number; made with the lexicons there were then. */
interface LexiconsPresent {
  count: number;
  present: Uint8Array;
}

/** For each span, the matches of the lexicons that match in it, by lexicon number; made with the lexicons there were then. */
interface LexiconMatches {
  count: number;
  matches: Map<number, LexiconMatch[]>;
}

function lexiconsOf(page: Page): Uint8Array {
  let found = page.lexicons;
  if (!found || found.count !== lexiconCount) {
    const present = new Uint8Array(lexiconCount);
    // Indexed loops: this runs on every word of every page, and for…of would allocate an iterator result at each step.
    for (let text = 0; text < page.texts.length; text++) {
      const { words } = page.texts[text] as WordedSpan;
      for (let word = 0; word < words.length; word++) {
        const candidates = candidatesOf((words[word] as Word).text);
        for (let candidate = 0; candidate < candidates.length; candidate++) present[(candidates[candidate] as IndexedEntry).lexicon] = 1;
      }
    }
    page.lexicons = found = { count: lexiconCount, present };
  }
  return found.present;
}

/**
 * Words and phrases to find: "fund raising", "crowdfund*" (a word ending in * matches any word it
 * starts), each folded like the text. Matching is by words, so "donate" is never found in "donated…"
 * unless the entry says "donat*", and never inside another word.
 *
 * The rules hold some eighty lexicons; rather than each reading every span, a span is read once for all
 * of them, one look-up per word in an index of every lexicon's entries. Lexicons live as long as the
 * process: make them once, at module level or once per configuration.
 */
export class Lexicon {
  private readonly id = lexiconCount++;

  constructor(entries: Iterable<string>) {
    for (const written of entries) {
      const parts = fold(written).split(/[^\p{L}\p{N}*]+/u).filter(Boolean);
      if (parts.length === 0) continue;
      const entry: Entry = { words: parts.map((part) => part.replace(/\*$/, '')), isStem: parts.map((part) => part.endsWith('*')), text: parts.join(' ') };
      const first = entry.words[0] as string;
      if (entry.isStem[0]) addTo(allByStem, first.slice(0, 3), { lexicon: this.id, entry });
      else addTo(allByFirstWord, first, { lexicon: this.id, entry });
    }
  }

  /** Every match in the span's words, the longest at each place, and none inside another. */
  find(text: WordedSpan): readonly LexiconMatch[] {
    if (!this.mayMatch(text)) return noMatches;
    let all = text.matched;
    if (!all || all.count <= this.id) text.matched = all = matchAll(text);
    return all.matches.get(this.id) ?? noMatches;
  }

  /** How many words the longest entry starting at the word covers; 0 when none starts there. */
  matchLengthAt(text: WordedSpan, index: number): number {
    let longest = 0;
    const word = text.words[index];
    if (!word) return 0;
    for (const { lexicon, entry } of candidatesOf(word.text)) {
      if (lexicon === this.id && entry.words.length > longest && matchesAt(text.words, index, entry, 1)) longest = entry.words.length;
    }
    return longest;
  }

  /** Whether the word alone is an entry ("official", or "officially" for "official*"). */
  has(word: string): boolean {
    return candidatesOf(word).some(({ lexicon, entry }) => lexicon === this.id && entry.words.length === 1);
  }

  /** Whether any word of the text's page can start an entry: a cheap test, worked out once per page, before `find`. */
  mayMatch(text: WordedSpan): boolean {
    return lexiconsOf(text.page)[this.id] === 1;
  }
}

/** The matches of every lexicon in the span, in one pass: at each word, the longest entry of each lexicon that starts there and does not overlap its previous match. */
function matchAll(text: WordedSpan): LexiconMatches {
  const count = lexiconCount;
  const matches = new Map<number, LexiconMatch[]>();
  const { words } = text;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    const candidates = candidatesOf(word.text);
    for (let candidate = 0; candidate < candidates.length; candidate++) {
      const { lexicon, entry } = candidates[candidate] as IndexedEntry;
      const found = matches.get(lexicon);
      const previous = found?.[found.length - 1];
      // A lexicon's matches do not overlap: the previous one may cover this word, or start here and be shorter.
      if (previous && previous.index + previous.length > index && !(previous.index === index && previous.length < entry.words.length)) continue;
      if (!matchesAt(words, index, entry, 1)) continue;
      const match = { index, length: entry.words.length, entry: entry.text, start: word.start, end: (words[index + entry.words.length - 1] as Word).end };
      if (previous?.index === index) found?.splice(-1, 1, match);
      else if (found) found.push(match);
      else matches.set(lexicon, [match]);
    }
  }
  return { count, matches };
}

/** The sentences of a span, worked out once for all the rules that ask. */
export function sentencesOf(text: WordedSpan): readonly Sentence[] {
  if (text.sentences) return text.sentences;
  const sentences: { from: number; to: number }[] = [];
  text.words.forEach((word, index) => {
    if (word.startsSentence || index === 0) sentences.push({ from: index, to: index + 1 });
    else (sentences.at(-1) as { to: number }).to = index + 1;
  });
  return (text.sentences = sentences);
}

/** The sentence that holds the word at `index`. */
export function sentenceAt(text: WordedSpan, index: number): Sentence | undefined {
  // Sentences follow one another: a binary search, as rules ask for each of many matches.
  const sentences = sentencesOf(text);
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const sentence = sentences[middle] as Sentence;
    if (index < sentence.from) high = middle - 1;
    else if (index >= sentence.to) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/** For each word of a span, the match that covers it, if any: constant-time look-ups around a word. */
export function byWord(text: WordedSpan, matches: readonly LexiconMatch[]): (LexiconMatch | undefined)[] {
  const covering: (LexiconMatch | undefined)[] = new Array(text.words.length);
  for (const match of matches) for (let at = match.index; at < match.index + match.length; at++) covering[at] = match;
  return covering;
}

/** The matches of a lexicon within a sentence. */
export function within(matches: readonly LexiconMatch[], sentence: Sentence): readonly LexiconMatch[] {
  let found: LexiconMatch[] | undefined;
  for (const match of matches) if (match.index >= sentence.from && match.index < sentence.to) (found ??= []).push(match);
  return found ?? noMatches;
}

/** Whether the entry's words, from `from` on, match the words from `index + from` on (the first word is known to match when `from` is 1). */
function matchesAt(words: readonly Word[], index: number, entry: Entry, from = 0): boolean {
  for (let offset = from; offset < entry.words.length; offset++) {
    const word = words[index + offset];
    if (!word || (offset > 0 && word.startsSentence) || !wordMatches(word.text, entry, offset)) return false;
  }
  return true;
}

const wordMatches = (word: string, entry: Entry, offset: number) => (entry.isStem[offset] ? word.startsWith(entry.words[offset] as string) : word === entry.words[offset]);

function addTo<T>(index: Map<string, T[]>, key: string, value: T) {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
