/** The context of a match: the sentence around it, and whether the words before it deny it. */

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
