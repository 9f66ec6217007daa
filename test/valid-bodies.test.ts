/**
 * Realistic group pages that every rule must accept without an error or a warning: a false alarm on a
 * real group is as bad as a miss. Each fixture is a group file fragment: front matter fields that
 * replace the base example's (src/checker/examples.ts), then the body.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';

const folder = new URL('./fixtures/valid-bodies/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const match = /^---\n([\s\S]*?)---\n\n?([\s\S]*)$/.exec(readFileSync(new URL(name, folder), 'utf8'));
    if (!match) throw new Error(`${name}: expected "---", front matter fields, "---", then the body`);
    return { name, frontmatter: match[1] ?? '', body: match[2] ?? '' };
  });

describe('valid group pages', () => {
  it('has at least 30 of them', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s passes every rule', (name, fixture) => {
    const files = exampleFiles({ title: name, frontmatter: fixture.frontmatter, body: fixture.body });
    const { diagnostics } = checkGroups(files, { today: exampleToday, isStrict: () => true });
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.rule}: ${diagnostic.message}`)).toEqual([]);
  });
});
