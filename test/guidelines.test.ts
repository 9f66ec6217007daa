/** The handbook's own chapters stay clean Markdown (remark-lint's recommended preset) with the front matter the collection expects. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import remarkParse from 'remark-parse';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const folder = path.resolve(import.meta.dirname, '../src/content/guidelines');
const chapters = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
const linter = unified().use(remarkParse).use(remarkFrontmatter).use(remarkLint).use(remarkPresetLintRecommended);

describe.each(chapters)('guideline chapter %s', (name) => {
  it('has no remark-lint warnings', async () => {
    const file = new VFile({ path: path.join(folder, name), value: await readFile(path.join(folder, name), 'utf8') });
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
