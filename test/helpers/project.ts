/** Temporary copies of the project for tests that need their own group files. */
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

const copied = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'];

/** A copy of the project's sources with node_modules linked, removed by the returned cleanup. */
export async function copyProject(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-'));
  for (const entry of copied) await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** An empty project folder with a groups folder, for checker tests. */
export async function emptyProject(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-check-'));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}
