import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import retextEquality from 'retext-equality';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { proseOf, wordKey } from '../text/prose.ts';
import { defineRule } from './define.ts';

/**
 * Words retext-equality flags that this handbook uses on purpose or that are not about inclusion:
 * - "alumni", "alumnus", "alumna": the network's own name for its members;
 * - pronouns: on a group page they almost always refer to one named person ("Kenji presents his
 *   work"), which the checker cannot tell from a generic "he";
 * - "fellowship" is a programme of the organization; "master" a degree or a class; "host", "steward",
 *   "waiter" and "actor" are used for everyone today; "dwarf" is also a kind of star;
 * - "just", "easy", "simply", "obviously" and the like are advice on tone for technical writing,
 *   not on discrimination, and "hang", "invalid", "mental", "insomnia" and "special" are ordinary words
 *   in the sentences group pages use them in.
 */
const deliberateWords = [
  ...['alumni', 'alumnus', 'alumna', 'alumnae'],
  ...['he', 'she', 'his', 'her', 'hers', 'him', 'himself', 'herself'],
  ...['fellowship', 'master', 'masters', 'host', 'hosts', 'steward', 'stewards', 'waiter', 'waiters', 'actor', 'actors', 'dwarf'],
  ...['just', 'easy', 'easily', 'simple', 'simply', 'obvious', 'obviously', 'clearly', 'basically', 'straightforward', 'straightforwardly'],
  ...['hang', 'invalid', 'mental', 'insomnia', 'special'],
];

/**
 * "Women" names women in particular ("a talk on women in physics"), never everyone, so it is not
 * reported. It stays in retext-equality's list so that "men and women" still counts as a pair.
 */
const namesWomenInParticular = /^wom[ae]n$/i;

/** Built once: retext-equality indexes its list when it runs, so the whole prose of a file goes through it in one paragraph. */
const equality = unified().use(retextEquality, { ignore: deliberateWords, binary: true }).freeze();

/**
 * Every phrase on retext-equality's list as word keys (its own data file, which the package does not
 * export by name). A phrase can only be found in a text that has each of its words, so a file with no
 * phrase whose words all occur skips the costly search, and no finding is lost.
 */
const equalityPhrases = await (async () => {
  const listFile = path.join(path.dirname(createRequire(import.meta.url).resolve('retext-equality')), 'patterns-en.js');
  const { patterns } = (await import(/* @vite-ignore */ pathToFileURL(listFile).href)) as { patterns: { inconsiderate: Record<string, string> }[] };
  return patterns.flatMap((pattern) =>
    Object.keys(pattern.inconsiderate)
      .filter((phrase) => !deliberateWords.includes(phrase))
      .map((phrase) => phrase.split(' ').map(wordKey).filter(Boolean)),
  );
})();

/** Whether some phrase of the list has all its words in the text (a phrase of punctuation alone always may). */
const mayHaveListedPhrase = (words: ReadonlySet<string>) => equalityPhrases.some((keys) => keys.every((key) => words.has(key)));

export default defineRule({
  id: 'inclusive-language',
  severity: 'warning',
  summary: 'possibly insensitive wording, with suggestions',
  guideline: 'online-conduct#free-of-discrimination',
  rationale:
    'Words such as "chairman" or "manpower" leave people out without meaning to. The checker uses retext-equality’s list and its suggestions; it only warns, because the right word depends on the sentence.',
  examples: {
    valid: [
      { title: 'The network’s own words', body: 'Every alumnus and alumna is welcome: the group is for all alumni who live around Lyon.\n' },
      { title: 'A pronoun about a named speaker, and a degree', body: 'Claire presents her master’s thesis work at the spring talk.\n' },
      { title: 'Men and women together', body: 'Men and women of every field take part in our science evenings.\n' },
    ],
    invalid: [
      { title: 'A gendered job title', body: 'The chairman of the group opens each evening.\n', reports: [{ at: 'chairman', message: '"chairman" may be insensitive to some readers; consider "chair", "head" or "chairperson" instead.' }] },
      { title: 'Gendered words for a mixed audience', body: 'Hey guys, the picnic needs more manpower this year!\n', reports: [{ at: 'guys', message: '"guys" may be insensitive to some readers; consider "people", "persons" or "folks" instead.' }, { at: 'manpower', message: '"manpower" may be insensitive to some readers; consider "human resources", "workforce" or "personnel" instead.' }] },
      { title: 'An insensitive expression in a plan title', frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Sanity check of next year’s budget\n      date: 2026-11\n      kind: meeting', reports: [{ at: 'Sanity check', message: '"Sanity check" may be insensitive to some readers; consider "Check", "Assertion" or "Validation" instead.' }] },
    ],
  },
  check(group, { report }) {
    const prose = proseOf(group);
    if (!mayHaveListedPhrase(prose.words)) return;
    const file = new VFile(prose.text);
    equality.runSync(prose.tree, file);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      const actual = String(message.actual ?? prose.text.slice(start, end));
      if (namesWomenInParticular.test(actual)) continue;
      const suggestions = (message.expected ?? []).slice(0, 3).map((word) => `"${word}"`);
      const advice = suggestions.length > 0 ? `consider ${suggestions.join(', ').replace(/, ([^,]*)$/, ' or $1')} instead` : 'consider rephrasing it';
      report(prose.rangeOf(start, end), `"${actual}" may be insensitive to some readers; ${advice}.`);
    }
  },
});
