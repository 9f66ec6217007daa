import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFolder, checkGroupFiles, openCache } from '../src/checker/node/cache.ts';
import { runCli } from '../src/checker/node/cli.ts';
import { listGroupFiles, readGroupFiles } from '../src/checker/node/group-files.ts';
import { writeSyntheticGroups } from '../src/checker/node/synthetic.ts';
import { organization } from '../src/config/organization.ts';
import type { Finding, SourceFile } from '../src/checker/types.ts';

const today = '2026-06-15';
const context = { today, organization };
let root: string;
let cacheFile: string;

const readAll = async () => readGroupFiles(root, await listGroupFiles(root));
const fakeFinding: Finding = { rule: 'schema', range: { line: 2, column: 1, endLine: 2, endColumn: 5 }, message: 'A result that only the cache holds.' };

/** Puts a recognisable finding for the first file into the cache, so a test can tell whether the cache was read. */
async function plantFakeFinding(files: SourceFile[]) {
  const cache = await openCache(root, context);
  const first = files[0] as SourceFile;
  await cache.save(files, new Map([[first.path, { findings: [fakeFinding], data: { name: 'Planted' } }]]));
  return first;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'handbook-cache-'));
  cacheFile = path.join(root, cacheFolder, 'check.json');
  await writeSyntheticGroups(path.join(root, 'src/content/groups'), 4, { today, seed: 3 });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the checker cache', () => {
  it('gives back a file’s results when nothing changed, and the check is the same as without it', async () => {
    const files = await readAll();
    const uncached = await checkGroupFiles(root, files, { today, useCache: false });
    const first = await checkGroupFiles(root, files, { today, useCache: true });
    expect(JSON.parse(await readFile(cacheFile, 'utf8')).files).toHaveProperty([files[0]?.path as string]);
    const cache = await openCache(root, context);
    for (const file of files) expect(cache.get(file)).toEqual(first.fileChecks.get(file.path));
    const second = await checkGroupFiles(root, files, { today, useCache: true });
    expect(second.diagnostics).toEqual(uncached.diagnostics);
  });

  it('is read: a result planted in it shows in the check', async () => {
    const files = await readAll();
    const planted = await plantFakeFinding(files);
    const result = await checkGroupFiles(root, files, { today, useCache: true });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.file === planted.path).map((diagnostic) => diagnostic.message)).toEqual([fakeFinding.message]);
  });

  it('misses a file whose content changed, and only that file', async () => {
    const files = await readAll();
    await checkGroupFiles(root, files, { today, useCache: true });
    const [changed, ...unchanged] = files as [SourceFile, ...SourceFile[]];
    const edited = { ...changed, content: Buffer.concat([Buffer.from(changed.content), Buffer.from('\nOne more line.\n')]) };
    const cache = await openCache(root, context);
    expect(cache.get(edited)).toBeUndefined();
    for (const file of unchanged) expect(cache.get(file)).toBeDefined();
  });

  it.each([
    ['another day', { today: '2026-06-16' }],
    ['another configuration', { organization: { ...organization, name: 'ESO' } }],
    ['another version of the rules', { rulesVersion: 'a different set of rules' }],
  ])('misses every file on %s', async (_what, change) => {
    const files = await readAll();
    await checkGroupFiles(root, files, { today, useCache: true });
    expect((await openCache(root, context)).get(files[0] as SourceFile)).toBeDefined();
    const changed = await openCache(root, { ...context, ...change } as typeof context);
    for (const file of files) expect(changed.get(file)).toBeUndefined();
  });

  it.each([
    ['garbage', () => 'not json at all {'],
    ['a truncated file', (valid: string) => valid.slice(0, Math.floor(valid.length / 2))],
    ['an entry of the wrong shape', (valid: string) => valid.replace(/"findings":\[\]/, '"findings":[{"rule":"schema","range":{"line":0},"message":1}]')],
    ['an unknown rule id', (valid: string) => valid.replace(/"findings":\[\]/, '"findings":[{"rule":"made-up","range":{"line":1,"column":1,"endLine":1,"endColumn":1},"message":"x"}]')],
    ['a list instead of an object', () => '[]'],
  ])('ignores a corrupt cache (%s) and rewrites it', async (_what, corrupt) => {
    const files = await readAll();
    const expected = await checkGroupFiles(root, files, { today, useCache: false });
    await checkGroupFiles(root, files, { today, useCache: true });
    await writeFile(cacheFile, corrupt(await readFile(cacheFile, 'utf8')));
    const result = await checkGroupFiles(root, files, { today, useCache: true });
    expect(result.diagnostics).toEqual(expected.diagnostics);
    const rewritten = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(Object.keys(rewritten.files).sort()).toEqual(files.map((file) => file.path).sort());
  });
});

describe('check --no-cache', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    const code = await runCli(['--format', 'json', '--today', today, ...args], {
      cwd: root,
      env: {},
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
    });
    return { code, report: JSON.parse(stdout) as { diagnostics: { message: string }[] } };
  };

  it('writes no cache', async () => {
    const { code } = await run(['--no-cache']);
    expect(code).toBe(0);
    await expect(stat(path.join(root, cacheFolder))).rejects.toThrow();
  });

  it('neither reads nor rewrites an existing cache', async () => {
    const files = await readAll();
    await plantFakeFinding(files);
    const withCache = await run([]);
    expect(withCache.report.diagnostics.map((diagnostic) => diagnostic.message)).toContain(fakeFinding.message);
    const planted = await readFile(cacheFile, 'utf8');
    const { code, report } = await run(['--no-cache']);
    expect(code).toBe(0);
    expect(report.diagnostics).toEqual([]);
    expect(await readFile(cacheFile, 'utf8')).toBe(planted);
  });

  it('writes no cache when checking named files either', async () => {
    const [first] = await listGroupFiles(root);
    expect((await run(['--no-cache', first as string])).code).toBe(0);
    await expect(stat(path.join(root, cacheFolder))).rejects.toThrow();
  });
});
