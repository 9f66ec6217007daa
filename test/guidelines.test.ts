/**
 * The handbook's own chapters stay clean Markdown (remark-lint's recommended preset, MDX syntax for
 * the chapters that use the handbook's components) with the front matter the collection expects, and
 * every rule is listed under the section it enforces. A translated chapter is the same document: the
 * same clauses, rules and components (its section ids are checked on the built site).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { rules } from '../src/checker/rules/index.ts';
import { otherLanguages } from '../src/config/organization-type.ts';

const folder = path.resolve(import.meta.dirname, '../src/content/guidelines');
const chapters = (await readdir(folder)).filter((name) => /\.mdx?$/.test(name)).sort();
const markdownLinter = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLint).use(remarkPresetLintRecommended);
const mdxLinter = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkLint).use(remarkPresetLintRecommended);

describe.each(chapters)('guideline chapter %s', (name) => {
  it('has no remark-lint warnings', async () => {
    const file = new VFile({ path: path.join(folder, name), value: await readFile(path.join(folder, name), 'utf8') });
    const linter = name.endsWith('.mdx') ? mdxLinter : markdownLinter;
    await linter.run(linter.parse(file), file);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.reason} (${message.ruleId})`)).toEqual([]);
  });

  it('has a title, a description, an order and no H1 of its own', async () => {
    const text = await readFile(path.join(folder, name), 'utf8');
    const data = parseDocument(text.split(/^---$/m)[1] ?? '').toJS();
    expect(data).toMatchObject({ title: expect.any(String), description: expect.any(String), order: expect.any(Number) });
    expect(text).not.toMatch(/^# /m);
  });
});

it('the chapters are in a strict reading order', async () => {
  const orders = await Promise.all(chapters.map(async (name) => parseDocument((await readFile(path.join(folder, name), 'utf8')).split(/^---$/m)[1] ?? '').toJS().order));
  expect(new Set(orders).size).toBe(chapters.length);
});

it('lists every rule under the section it enforces, and only there', async () => {
  const listed = new Map<string, number>();
  for (const name of chapters) {
    const text = await readFile(path.join(folder, name), 'utf8');
    for (const [, guideline] of text.matchAll(/<Rules guideline="([^"]+)" \/>/g)) {
      expect(guideline?.startsWith(`${name.replace(/\.mdx?$/, '')}#`), `${guideline} in ${name}`).toBe(true);
      listed.set(guideline as string, (listed.get(guideline as string) ?? 0) + 1);
    }
  }
  const enforced = new Set(rules.map((rule) => rule.guideline));
  expect([...listed.keys()].sort()).toEqual([...enforced].sort());
  expect([...listed.values()].every((count) => count === 1)).toBe(true);
});

/** A chapter's text without its explicit section ids (`## Titre { #id }`), which remark-mdx would read as an expression. */
const withoutSectionIds = (text: string) => text.replace(/ \{ #[a-z0-9-]+ \}$/gm, '');
const frontMatterOf = (text: string) => parseDocument(text.split(/^---$/m)[1] ?? '').toJS();

describe.each(otherLanguages.filter((language) => existsSync(path.join(folder, language))))('the chapters in %s', (language) => {
  const translatedFolder = path.join(folder, language);

  it('translate every chapter, and nothing else', async () => {
    const translated = (await readdir(translatedFolder)).map((name) => name.replace(/\.mdx?$/, '')).sort();
    expect(translated).toEqual(chapters.map((name) => name.replace(/\.mdx?$/, '')));
  });

  describe.each(chapters.map((name) => [name.replace(/\.mdx?$/, '')]))('%s', (slug) => {
    const english = async () => readFile(path.join(folder, chapters.find((name) => name.replace(/\.mdx?$/, '') === slug)!), 'utf8');
    const translation = async () => readFile(path.join(translatedFolder, `${slug}.mdx`), 'utf8');

    it('has no remark-lint warnings', async () => {
      const file = new VFile({ path: path.join(translatedFolder, `${slug}.mdx`), value: withoutSectionIds(await translation()) });
      await mdxLinter.run(mdxLinter.parse(file), file);
      expect(file.messages.map((message) => `${message.line}:${message.column} ${message.reason} (${message.ruleId})`)).toEqual([]);
    });

    it('traces the same clauses, in the same order, with the same rules and components', async () => {
      const [original, translated] = [frontMatterOf(await english()), frontMatterOf(await translation())];
      const traced = (data: { order: number; sources: string[]; clauses?: { source: string; section: string; rules?: string[]; notCheckable?: string }[] }) => ({
        order: data.order,
        sources: data.sources,
        clauses: (data.clauses ?? []).map((clause) => ({ source: clause.source, section: clause.section, rules: clause.rules, checkable: !clause.notCheckable })),
      });
      expect(traced(translated)).toEqual(traced(original));
      const components = (text: string) => [...text.matchAll(/<[A-Z][A-Za-z]*[^>]*\/>/g)].map((match) => match[0]);
      expect(components(await translation())).toEqual(components(await english()));
    });
  });
});
