/**
 * Every content rule holds precision and recall of at least 0.95 on the whole labelled corpus and on
 * each of its parts but the latest one written apart from the rules (test/fixtures/corpus/README.md).
 * `npm run accuracy -- --verbose` names the cases a rule gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { corpus, corpusParts, latestPart, score, type CorpusCase } from './helpers/corpus.ts';

const target = 0.95;

const parts: [string, CorpusCase[]][] = [
  ...corpusParts.filter((part) => part !== latestPart).map((part) => [`the ${part} part of the corpus`, corpus(part)] as [string, CorpusCase[]]),
  ['the whole corpus', corpusParts.flatMap((part) => corpus(part))],
];

describe.each(parts)('%s', (_name, cases) => {
  const results = score(cases);
  it.each(results.map((result) => [result.rule, result] as const))('%s reaches 0.95 precision and recall', (_rule, result) => {
    const wrong = result.wrong.map((item) => `${item.kind} ${item.id}`);
    expect({ precision: result.precision >= target, recall: result.recall >= target, wrong }).toEqual({ precision: true, recall: true, wrong: expect.any(Array) });
  });
});
