/**
 * Whole group files written apart from the checker (test/fixtures/whole-files/README.md): each must
 * produce exactly the rules its label lists, no more and no fewer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGroups } from '../src/checker/engine.ts';

const folder = path.resolve(import.meta.dirname, 'fixtures/whole-files');
const labels = parse(readFileSync(path.join(folder, 'labels.yaml'), 'utf8')) as Record<string, string[]>;
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ path: `src/content/groups/${name}`, content: readFileSync(path.join(folder, name)) }));
const { diagnostics } = checkGroups(files, { today: '2026-12-03', isStrict: () => true });

describe('whole group files written apart from the checker', () => {
  it('has a label for every file and a file for every label', () => {
    expect(files.map((file) => path.basename(file.path, '.mdx')).sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(Object.entries(labels))('%s produces exactly the labelled rules', (slug, expected) => {
    const found = new Set(diagnostics.filter((diagnostic) => diagnostic.file === `src/content/groups/${slug}.mdx`).map((diagnostic) => diagnostic.rule));
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('has valid files and files with problems', () => {
    const valid = Object.values(labels).filter((expected) => expected.length === 0);
    expect(valid.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(labels).length - valid.length).toBeGreaterThanOrEqual(6);
  });
});
