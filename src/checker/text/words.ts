/**
 * Words in the languages of the network. The text a reader sees is folded (lower case, no accents,
 * one character for one, so positions stay those of the text) and split into words once per file;
 * each rule's lexicon of words and phrases, in every language it covers, is then matched word by
 * word, and each match is weighed against the words before it (a negation) and around it (quotes).
 */
import { franc } from 'franc-min';
import type { ParsedGroup } from '../types.ts';
import { readableText, type TextSpan } from './spans.ts';

/** Letters that Unicode does not decompose into a base letter and an accent. */
const plainLetters: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', æ: 'a', œ: 'o', ß: 's', þ: 't' };

/** `text` in lower case and without accents, one character for each of its characters. */
export function fold(text: string): string {
  let folded = '';
  for (const char of text) {
    // A character made of two units (an emoji) stays as it is; any other folds to one character ("É" → "e", "İ" → "i", "ł" → "l").
    if (char.length === 2) folded += char;
    else {
      const base = char.normalize('NFD').toLowerCase()[0] ?? char;
      folded += plainLetters[base] ?? base;
    }
  }
  return folded;
}

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
}

/** The languages of the network, the ones language detection chooses among. */
const languages = ['eng', 'fra', 'deu', 'ita', 'spa', 'por', 'nld', 'pol', 'ell', 'tur'];
/** Enough text to tell a language, and a bound on the time it takes. */
const languageSample = 600;

const wordPattern = /[\p{L}\p{N}]+/gu;
/** A line break inside a paragraph is where the manager's editor wrapped the line, not the end of a sentence; a blank line is. */
const sentenceEnd = /[.!?;]|\n\s*\n/;
const worded = new WeakMap<ParsedGroup, WordedSpan[]>();

/** Every piece of text a reader sees, with its words; code is left out. Computed once per file. */
export function wordedText(group: ParsedGroup): WordedSpan[] {
  let found = worded.get(group);
  if (!found) {
    const spans = readableText(group).filter((span) => !span.code);
    let detected: string | undefined;
    const language = () => (detected ??= franc(spans.filter((span) => !span.field).map((span) => span.text).join(' ').slice(0, languageSample), { only: languages }));
    found = spans
      .map((span) => {
        const folded = fold(span.text);
        const words: Word[] = [];
        let previousEnd = 0;
        for (const match of folded.matchAll(wordPattern)) {
          const start = match.index;
          words.push({ text: match[0], start, end: start + match[0].length, startsSentence: words.length === 0 || sentenceEnd.test(folded.slice(previousEnd, start)) });
          previousEnd = start + match[0].length;
        }
        return { span, folded, words, language };
      });
    worded.set(group, found);
  }
  return found;
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

/**
 * Words and phrases to find: "fund raising", "crowdfund*" (a word ending in * matches any word it
 * starts), each folded like the text. Matching is by words, so "donate" is never found in "donated…"
 * unless the entry says "donat*", and never inside another word.
 */
export class Lexicon {
  private readonly byFirstWord = new Map<string, string[][]>();
  /** Entries whose first word is a stem, by the first three letters of the stem. */
  private readonly byStem = new Map<string, string[][]>();

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      const words = fold(entry).split(/[^\p{L}\p{N}*]+/u).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const [index, key] = first.endsWith('*') ? [this.byStem, first.slice(0, 3)] : [this.byFirstWord, first];
      const list = index.get(key);
      if (list) list.push(words);
      else index.set(key, [words]);
    }
  }

  /** Every match in the span's words, the longest at each place, and none inside another. */
  find(text: WordedSpan): LexiconMatch[] {
    const found: LexiconMatch[] = [];
    const { words } = text;
    for (let index = 0; index < words.length; ) {
      const word = words[index] as Word;
      let best: string[] | undefined;
      for (const candidates of [this.byFirstWord.get(word.text), this.byStem.get(word.text.slice(0, 3))]) {
        for (const entry of candidates ?? []) {
          if ((!best || entry.length > best.length) && matchesAt(words, index, entry)) best = entry;
        }
      }
      if (!best) {
        index++;
        continue;
      }
      const last = words[index + best.length - 1] as Word;
      found.push({ index, length: best.length, entry: best.join(' '), start: word.start, end: last.end });
      index += best.length;
    }
    return found;
  }

  /** Whether any word of the text can start an entry: a cheap test before `find`. */
  mayMatch(text: WordedSpan): boolean {
    return text.words.some((word) => this.byFirstWord.has(word.text) || this.byStem.has(word.text.slice(0, 3)));
  }
}

/** The sentences of a span, as ranges of word indexes [from, to). */
export function sentencesOf(text: WordedSpan): { from: number; to: number }[] {
  const sentences: { from: number; to: number }[] = [];
  text.words.forEach((word, index) => {
    if (word.startsSentence || index === 0) sentences.push({ from: index, to: index + 1 });
    else (sentences.at(-1) as { to: number }).to = index + 1;
  });
  return sentences;
}

/** For each word of a span, the match that covers it, if any: constant-time look-ups around a word. */
export function byWord(text: WordedSpan, matches: readonly LexiconMatch[]): (LexiconMatch | undefined)[] {
  const covering: (LexiconMatch | undefined)[] = new Array(text.words.length);
  for (const match of matches) for (let at = match.index; at < match.index + match.length; at++) covering[at] = match;
  return covering;
}

/** Whether the sentence ends with a question mark. */
export function isQuestion(text: WordedSpan, sentence: { from: number; to: number }): boolean {
  const last = text.words[sentence.to - 1];
  const next = text.words[sentence.to];
  if (!last) return false;
  const after = text.span.text.slice(last.end, next ? next.start : last.end + 20);
  return /^[^.!;\n]*\?/.test(after);
}

/** The matches of a lexicon within a sentence. */
export const within = (matches: readonly LexiconMatch[], sentence: { from: number; to: number }) =>
  matches.filter((match) => match.index >= sentence.from && match.index < sentence.to);

function matchesAt(words: readonly Word[], index: number, entry: readonly string[]): boolean {
  return entry.every((expected, offset) => {
    const word = words[index + offset];
    if (!word || (offset > 0 && word.startsSentence)) return false;
    return expected.endsWith('*') ? word.text.startsWith(expected.slice(0, -1)) : word.text === expected;
  });
}

/** Words that deny what follows them, in the languages of the network ("not an official group", "kein WhatsApp"). */
const negations = new Set(
  [
    'not never nor without none neither cannot',
    'pas jamais aucun aucune sans ni non rien',
    'nicht kein keine keinen keinem keiner keines nie niemals ohne weder nichts',
    'non mai nessun nessuno nessuna senza niente nulla',
    'nunca ningun ninguna ninguno sin tampoco nada',
    'nao nunca nenhum nenhuma sem nem nada',
    'niet geen nooit zonder niets',
    'nie bez zaden zadna zadnego ani nic',
    'δεν δε μην χωρις κανενα καμια',
    'degil yok hic',
  ]
    .join(' ')
    .split(' '),
);

/** "no" denies in English, Spanish and Italian, but is "in the" in Portuguese and "well" in Polish. */
const noIsNegation = new Set(['eng', 'spa', 'ita', 'fra', 'deu', 'nld', 'und']);

/** How many words before a match a negation still applies to it. */
const negationReach = 6;

/** Whether a word shortly before the match, in the same sentence, denies it. */
export function isNegatedAt(text: WordedSpan, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - negationReach; at--) {
    if (isNegation(text, at)) return true;
    if ((text.words[at] as Word).startsSentence) return false;
  }
  return false;
}

/** Whether the sentence ends with a word that denies it, where German and Dutch put it ("Eine WhatsApp-Gruppe haben wir nicht"). */
export const endsDenied = (text: WordedSpan, sentence: { from: number; to: number }) => sentence.to - sentence.from > 1 && isNegation(text, sentence.to - 1);

/** Whether any word of the sentence denies something: German and Dutch put "nicht", "niet" at the end of a clause. */
export function hasNegation(text: WordedSpan, sentence: { from: number; to: number }): boolean {
  for (let at = sentence.from; at < sentence.to; at++) if (isNegation(text, at)) return true;
  return false;
}

function isNegation(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  // English "don't", "isn't": the word "t" after an apostrophe.
  const contracted = word.text === 't' && /n['’]$/.test(text.span.text.slice(word.start - 2, word.start));
  return negations.has(word.text) || contracted || (word.text === 'no' && noIsNegation.has(text.language()));
}

const quoteMarks: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‘': '’', '‹': '›', '‚': '‘' };

/** Whether the match at [start, end) stands inside quotation marks of its sentence: words someone else said, or a name. */
export function isQuoted(text: WordedSpan, start: number, end: number): boolean {
  const source = text.span.text;
  const before = source.slice(Math.max(0, start - 200), start);
  const after = source.slice(end, end + 200);
  for (const [open, close] of Object.entries(quoteMarks)) {
    const opened = before.lastIndexOf(open);
    if (opened === -1 || before.slice(opened + 1).includes(close === open ? open : close)) continue;
    if (after.includes(close)) return true;
  }
  return false;
}

