import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticGroups } from '../src/checker/node/synthetic.ts';
import { parsePlainYaml } from '../src/checker/plain-yaml.ts';
import { checkMutated, compareYamlReaders, fuzzSeed, mutatedFile, mutatedFrontMatter, today } from './helpers/fuzz-cases.ts';

// `npm run fuzz` runs the same properties on tens of thousands of cases.
describe('random and mutated group files', () => {
  it('never make the engine throw or stall, and every diagnostic is well formed', () => {
    fc.assert(fc.property(mutatedFile, (content) => void checkMutated(content)), { numRuns: 200, seed: fuzzSeed });
  });

  it('read by the fast YAML reader give exactly what the full parser gives', () => {
    fc.assert(fc.property(mutatedFrontMatter, (yamlText) => void compareYamlReaders(yamlText)), { numRuns: 300, seed: fuzzSeed });
  });
});

describe('the fast YAML reader', () => {
  it('reads every synthetic group file, so large networks take the fast path', () => {
    const groups = syntheticGroups(200, { today, seed: 9 });
    for (const group of groups) expect(compareYamlReaders(group.content.split('\n---')[0]?.replace(/^---\n/, '') ?? '')).toBe(true);
  });

  it.each([
    ['a comment', 'name: Lyon # the city\n'],
    ['a tab', 'name:\tLyon\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a flow collection', 'a: [1, 2]\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a value over two lines', 'a: one\n  two\n'],
  ])('leaves %s to the full parser', (_what, yamlText) => {
    expect(parsePlainYaml(yamlText)).toBeUndefined();
  });
});
