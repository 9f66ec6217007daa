/**
 * The base's checker is kept in a folder per base commit, for later checks of the same base: a machine
 * that checks pull requests for years must not keep one for every base it ever saw.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareJudge } from '../../src/checker/node/judge.ts';
import { pullRequestRepository, type Repository } from './repository.ts';

let repository: Repository;
let temporary: string;
const originalTmpdir = process.env.TMPDIR;
beforeEach(async () => {
  repository = await pullRequestRepository({});
  temporary = await mkdtemp(path.join(tmpdir(), 'handbook-judges-'));
  process.env.TMPDIR = temporary;
});
afterEach(async () => {
  process.env.TMPDIR = originalTmpdir;
  await Promise.all([repository.cleanup(), rm(temporary, { recursive: true, force: true })]);
});

const fakeCommit = (index: number) => index.toString(16).padStart(40, '0');

describe('the folders of the base’s checker', () => {
  it('keeps the most recently used and removes the others, never what their links point to', async () => {
    const judges = path.join(temporary, 'alumni-handbook-judges');
    const shared = path.join(temporary, 'shared-node-modules');
    await mkdir(shared);
    await writeFile(path.join(shared, 'kept.txt'), 'a dependency');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    for (let index = 1; index <= 12; index++) {
      const folder = path.join(judges, fakeCommit(index));
      await mkdir(folder, { recursive: true });
      await symlink(shared, path.join(folder, 'node_modules'), 'dir');
      // The last two were used a minute ago: another check may be running them.
      const used = index > 10 ? new Date(Date.now() - 60_000) : new Date(twoDaysAgo.getTime() + index * 1000);
      await utimes(folder, used, used);
    }
    const commit = (await repository.git('rev-parse', 'HEAD')).trim();

    const folder = await prepareJudge(repository.root, commit);

    expect(folder).toBe(path.join(judges, commit));
    expect(existsSync(path.join(folder, 'src', 'checker', 'engine.ts'))).toBe(true);
    const left = (await readdir(judges)).sort();
    // The new judge, the two in use, and the most recent of the idle ones up to eight in all.
    expect(left).toEqual([fakeCommit(6), fakeCommit(7), fakeCommit(8), fakeCommit(9), fakeCommit(10), fakeCommit(11), fakeCommit(12), commit].sort());
    expect(existsSync(path.join(shared, 'kept.txt'))).toBe(true);
  });
});
