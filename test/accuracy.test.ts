/**
 * Every content rule holds precision and recall of at least 0.95 on each part of the labelled corpus
 * (test/fixtures/corpus/README.md). `npm run accuracy -- --verbose` names the cases a
 * rule gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { corpus, corpusParts, score } from './helpers/corpus.ts';

const target = 0.95;

describe.each(corpusParts)('the %s part of the corpus', (part) => {
  const results = score(corpus(part));
  it.each(results.map((result) => [result.rule, result] as const))('%s reaches 0.95 precision and recall', (_rule, result) => {
    const wrong = result.wrong.map((item) => `${item.kind} ${item.id}`);
    expect({ precision: result.precision >= target, recall: result.recall >= target, wrong }).toEqual({ precision: true, recall: true, wrong: expect.any(Array) });
  });
});
