/**
 * Every rule's own examples, as its page shows them: each valid example passes the rule, and each
 * invalid one is reported exactly as the example pins it, at the text it points at and in its words.
 */
import { describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleChange, exampleExceptions, exampleFiles, exampleToday, fillExample, type ExampleContent } from '../src/checker/examples.ts';
import { rules } from '../src/checker/rules/index.ts';
import type { Diagnostic } from '../src/checker/types.ts';
import { pointedAt } from './helpers/pointed-at.ts';

function check(example: ExampleContent) {
  const files = exampleFiles(example);
  const exceptions = exampleExceptions(example);
  const { diagnostics } = checkGroups(files, { today: exampleToday, isStrict: () => true, isReported: (path) => path === files[0]?.path, change: exampleChange(example), exceptions });
  const contentOf = (diagnostic: Diagnostic) => (diagnostic.file === exceptions?.path ? exceptions.text : String(files.find((file) => file.path === diagnostic.file)?.content ?? ''));
  return { diagnostics, contentOf };
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has at least one valid and one invalid example', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.valid.map((example) => [example.title, example] as const))('passes the valid example "%s"', (_title, example) => {
    expect(check(example).diagnostics.filter((diagnostic) => diagnostic.rule === id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example) => [example.title, example] as const))('reports the invalid example "%s" where and as it pins', (_title, example) => {
    const { diagnostics, contentOf } = check(example);
    const reported = diagnostics.filter((diagnostic) => diagnostic.rule === id).map((diagnostic) => ({ at: pointedAt(contentOf(diagnostic), diagnostic), message: diagnostic.message }));
    expect(reported).toEqual(example.reports.map(({ at, message }) => ({ at: fillExample(at), message: fillExample(message) })));
  });
});

describe('the base example', () => {
  it('is a valid group with no diagnostic at all', () => {
    expect(check({ title: 'base' }).diagnostics).toEqual([]);
  });
});
