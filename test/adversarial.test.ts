import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../src/checker/examples.ts';
import { listGroupFiles, readGroupFiles } from '../src/checker/node/group-files.ts';
import { syntheticGroups } from '../src/checker/node/synthetic.ts';
import { renderBody } from '../src/checker/markdown.ts';
import type { SourceFile } from '../src/checker/types.ts';
import { unsafeHtml } from '../src/integrations/published-html.ts';
import { adversarialBodies } from './helpers/adversarial-bodies.ts';

const hostilePath = 'src/content/groups/hostile.mdx';
const siblingPath = 'src/content/groups/sibling.mdx';
const sibling = syntheticGroups(1, { today: exampleToday, seed: 77 })[0]?.content as string;
const validGroup = exampleFiles({ title: 'base' })[0]?.content as string;
const withBody = (body: string) => validGroup.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}`);
const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\n\nWe meet every month.\n`;

/** Checks a hostile file next to a valid one; the valid one must stay clean whatever the hostile one holds. */
function checkHostile(content: string | Uint8Array, extra: SourceFile[] = []) {
  const files = [{ path: hostilePath, content }, { path: siblingPath, content: sibling }, ...extra];
  const { diagnostics } = checkGroups(files, { today: exampleToday, isStrict: () => true });
  expect(diagnostics.filter((diagnostic) => diagnostic.file === siblingPath)).toEqual([]);
  return diagnostics.filter((diagnostic) => diagnostic.file === hostilePath);
}
const rulesAndLines = (diagnostics: ReturnType<typeof checkHostile>) => diagnostics.map(({ rule, line }) => ({ rule, line }));

describe('hostile group files', () => {
  it('refuses a YAML alias bomb (billion laughs) without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [index, name] of [...'bcdefghi'].entries()) {
      const previous = 'abcdefghi'[index];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const diagnostics = checkHostile(withFrontMatter(levels.join('\n')));
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'frontmatter-syntax', line: 2 }]);
    expect(diagnostics[0]?.message).toMatch(/anchors and aliases/);
  });

  it('refuses a 5 MB file by its size, before reading it', () => {
    const diagnostics = checkHostile(withBody('All work and no play. '.repeat(240_000)));
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'file-format', line: 1 }]);
    expect(diagnostics[0]?.message).toMatch(/at most 256 KB/);
  });

  it('refuses YAML flow brackets nested 10,000 deep', () => {
    const diagnostics = checkHostile(withFrontMatter(`name: ${'['.repeat(10_000)}${']'.repeat(10_000)}`));
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'frontmatter-syntax', line: 2 }]);
  });

  it('refuses unbalanced YAML flow brackets nested 10,000 deep with one clear problem', () => {
    const diagnostics = checkHostile(withFrontMatter(`name: ok\nregion: ${'{a: '.repeat(10_000)}`));
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'frontmatter-syntax', line: 3 }]);
    expect(diagnostics[0]?.message).toMatch(/nests brackets 101 levels deep/);
  });

  it.each([
    ['blockquotes', '>'.repeat(10_000)],
    ['spaced blockquotes', '> '.repeat(10_000)],
    ['list items', '- '.repeat(10_000)],
    ['ordered list items', '1. '.repeat(10_000)],
  ])('refuses Markdown %s nested 10,000 deep at their line', (_what, prefix) => {
    const content = withBody(`Introduction.\n\n${prefix}deep\n`);
    const line = content.split('\n').findIndex((text) => text.endsWith('deep')) + 1;
    const diagnostics = checkHostile(content);
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'body-limits', line }]);
    expect(diagnostics[0]?.message).toMatch(/nests 10000 levels deep/);
  });

  it('refuses lists nested by indentation deeper than a page can need', () => {
    const content = withBody(Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n'));
    expect(rulesAndLines(checkHostile(content))[0]?.rule).toBe('body-limits');
  });

  it('refuses more than 10,000 emphasis markers, whose resolution would take quadratic time', () => {
    const content = withBody(`${'*'.repeat(10_000)}a${'*'.repeat(10_000)}\n`);
    expect(rulesAndLines(checkHostile(content))).toEqual([{ rule: 'body-limits', line: content.split('\n').findIndex((text) => text.startsWith('*')) + 1 }]);
  });

  it('refuses a NUL byte at its line', () => {
    const content = validGroup.replace('region: Lyon, France', 'region: Lyon\0France');
    const line = content.split('\n').findIndex((text) => text.includes('\0')) + 1;
    expect(rulesAndLines(checkHostile(content))).toEqual([{ rule: 'file-format', line }]);
  });

  it('refuses invalid UTF-8 at its line', () => {
    const bytes = new TextEncoder().encode(validGroup.replace('region: Lyon, France', 'region: Lyon, FRANCE'));
    const at = Buffer.from(bytes).indexOf('FRANCE');
    bytes.set([0xc3, 0x28], at);
    const line = validGroup.split('\n').findIndex((text) => text.startsWith('region:')) + 1;
    const diagnostics = checkHostile(bytes);
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'file-format', line }]);
    expect(diagnostics[0]?.message).toMatch(/UTF-8/);
  });

  it('reports a lone byte-order mark as a file without front matter', () => {
    expect(rulesAndLines(checkHostile(new Uint8Array([0xef, 0xbb, 0xbf])))).toEqual([{ rule: 'frontmatter-syntax', line: 1 }]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR-only', '\r'],
  ])('accepts a valid group written with %s line endings', (_what, ending) => {
    expect(checkHostile(validGroup.replaceAll('\n', ending))).toEqual([]);
  });

  it('keeps line numbers right with CRLF line endings', () => {
    const content = validGroup.replace('type: regional', 'type: regionall').replaceAll('\n', '\r\n');
    const line = validGroup.split('\n').findIndex((text) => text.startsWith('type:')) + 1;
    expect(rulesAndLines(checkHostile(content))).toEqual([{ rule: 'schema', line }]);
  });

  it.each([
    ['a list', '- name: CERN Alumni Lyon Group\n- type: regional'],
    ['a scalar', 'CERN Alumni Lyon Group'],
    ['empty', ''],
  ])('reports a front matter that is valid YAML but %s, not a set of fields', (_what, yaml) => {
    const diagnostics = checkHostile(withFrontMatter(yaml));
    expect(rulesAndLines(diagnostics)).toEqual([{ rule: 'frontmatter-syntax', line: 2 }]);
    expect(diagnostics[0]?.message).toMatch(/"key: value"/);
  });

  it('reports two file names that differ only by case, on both files', () => {
    const other = syntheticGroups(2, { today: exampleToday, seed: 5 })[1]?.content as string;
    const files = [
      { path: 'src/content/groups/lyon.mdx', content: validGroup },
      { path: 'src/content/groups/Lyon.mdx', content: other },
      { path: siblingPath, content: sibling },
    ];
    const { diagnostics } = checkGroups(files, { today: exampleToday });
    const sameSlug = diagnostics.filter((diagnostic) => diagnostic.rule === 'unique-name');
    expect(sameSlug.map((diagnostic) => diagnostic.file).sort()).toEqual(['src/content/groups/Lyon.mdx', 'src/content/groups/lyon.mdx']);
    expect(sameSlug.every((diagnostic) => diagnostic.line === 1)).toBe(true);
    expect(diagnostics.filter((diagnostic) => diagnostic.file === siblingPath)).toEqual([]);
  });
});

describe('bodies of 100 KB and more built to make the parser or a rule work hard', () => {
  it.each(Object.entries(adversarialBodies))('%s: checked, and rendered when accepted, within a second each', (_what, body) => {
    expect(body.length).toBeGreaterThanOrEqual(100_000);
    const [file] = exampleFiles({ title: 'adversarial', body });
    let started = performance.now();
    const result = checkGroups([file as SourceFile], { today: exampleToday, clock: () => performance.now() });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.fileChecks.get(file?.path ?? '')?.outOfTime).toBeUndefined();
    const source = result.groups[0]?.bodySource;
    if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error') || source === undefined) return;
    started = performance.now();
    const html = renderBody(source);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(unsafeHtml(html)).toEqual([]);
  });

  it('refuses a body past the emphasis limit before parsing it', () => {
    const [file] = exampleFiles({ title: 'adversarial', body: '_a'.repeat(60_000) });
    const result = checkGroups([file as SourceFile], { today: exampleToday });
    expect(result.diagnostics.map((diagnostic) => diagnostic.rule)).toEqual(['body-limits']);
    expect(result.groups[0]?.body).toBeUndefined();
  });
});

describe('group files on disk', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'handbook-adversarial-'));
    outside = await mkdtemp(path.join(tmpdir(), 'handbook-outside-'));
    await mkdir(path.join(root, 'src/content/groups'), { recursive: true });
    await writeFile(path.join(outside, 'secret.mdx'), validGroup);
    await writeFile(path.join(root, 'src/content/groups/sibling.mdx'), sibling);
    await symlink(path.join(outside, 'secret.mdx'), path.join(root, 'src/content/groups/escape.mdx'));
    await symlink(outside, path.join(root, 'src/content/groups/folder-link'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses a symbolic link to a file outside the repository, without reading its target', async () => {
    const paths = await listGroupFiles(root);
    expect(paths).toContain('src/content/groups/escape.mdx');
    const files = await readGroupFiles(root, paths);
    const escape = files.find((file) => file.path === 'src/content/groups/escape.mdx');
    expect(escape?.refused).toMatch(/outside the repository/);
    expect(escape?.content).toEqual('');
    const { diagnostics } = checkGroups(files, { today: exampleToday });
    const refused = diagnostics.filter((diagnostic) => diagnostic.file === 'src/content/groups/escape.mdx');
    expect(refused.map(({ rule, line }) => ({ rule, line }))).toEqual([{ rule: 'file-format', line: 1 }]);
    expect(diagnostics.filter((diagnostic) => diagnostic.file === siblingPath)).toEqual([]);
  });

  it('does not follow a symbolic link to a folder outside the repository', async () => {
    const paths = await listGroupFiles(root);
    expect(paths.some((file) => file.startsWith('src/content/groups/folder-link/'))).toBe(false);
    const files = await readGroupFiles(root, paths);
    expect(files.find((file) => file.path === 'src/content/groups/folder-link')?.refused).toMatch(/symbolic link/);
  });
});
