/** Two builds of the same files with the same HANDBOOK_TODAY are byte-identical. */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildCopy } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/site-files.ts';

const { workDir, outDir } = inject('site');
const secondOutDir = path.join(workDir, 'dist-again');

afterAll(() => rm(secondOutDir, { recursive: true, force: true }));

it('builds byte-identical sites twice in a row', async () => {
  await buildCopy(workDir, secondOutDir);
  const first = await listFiles(outDir);
  expect(await listFiles(secondOutDir)).toEqual(first);
  const different: string[] = [];
  for (const file of first) {
    const [a, b] = await Promise.all([readFile(path.join(outDir, file)), readFile(path.join(secondOutDir, file))]);
    if (!a.equals(b)) different.push(file);
  }
  expect(different).toEqual([]);
}, 180_000);
