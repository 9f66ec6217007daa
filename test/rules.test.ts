import { describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleChange, exampleExceptions, exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { rules } from '../src/checker/rules/index.ts';
import type { RuleExample } from '../src/checker/types.ts';

const check = (example: RuleExample) => {
  const files = exampleFiles(example);
  return checkGroups(files, { today: exampleToday, isStrict: () => true, isReported: (path) => path === files[0]?.path, change: exampleChange(example), exceptions: exampleExceptions(example) }).diagnostics;
};

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has at least one valid and one invalid example', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((example) => [example.title, example] as const))('passes the valid example "%s"', (_title, example) => {
    const diagnostics = check(example);
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example) => [example.title, example] as const))('reports the invalid example "%s"', (_title, example) => {
    const diagnostics = check(example).filter((diagnostic) => diagnostic.rule === id);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.message.length).toBeGreaterThan(20);
    }
  });
});

describe('the base example', () => {
  it('is a valid group with no diagnostic at all', () => {
    expect(check({ title: 'base' })).toEqual([]);
  });
});
