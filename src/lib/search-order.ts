/**
 * The order of search results within a section. Pagefind stems words and matches them as prefixes, so
 * that "France" also finds "Francisco", and a page that says "San Francisco" ten times comes before the
 * one in France. Results whose text holds every word of the query as a whole word (capitals and accents
 * aside) come first; the others keep Pagefind's order after them.
 */

/** A text's words, compared without capitals or accents ("Genève" is "geneve"). */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function wholeWordsFirst<Result extends { content: string }>(results: readonly Result[], query: string): Result[] {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return [...results];
  const holdsEveryWord = (result: Result) => {
    const words = new Set(wordsOf(result.content));
    return wanted.every((word) => words.has(word));
  };
  const exact = results.filter(holdsEveryWord);
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}
