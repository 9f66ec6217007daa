/**
 * Builds the site for the tests from a copy of the project (plus the fixture groups, or other changes), so tests never
 * touch the working tree's content or dist/, and never share Astro's cache with other builds.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureExceptions, fixtureGroups } from './fixtures.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const testToday = '2026-11-21';

/** What a copy of the project changes: folders emptied first, then files written (path from the project root → text). */
export interface ProjectChanges {
  emptied?: readonly string[];
  files: Readonly<Record<string, string>>;
}

/** The test site's changes: the fixture groups added, and the fixture exceptions. */
const testSite: ProjectChanges = {
  files: {
    ...Object.fromEntries(Object.entries(fixtureGroups).map(([slug, content]) => [`src/content/groups/${slug}.mdx`, content])),
    'src/content/exceptions.yaml': fixtureExceptions,
  },
};

/** A copy of the project in a temporary folder, with the fixture groups added (or other changes). */
export async function copyProject(changes: ProjectChanges = testSite): Promise<string> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'handbook-site-'));
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    await cp(path.join(projectRoot, entry), path.join(workDir, entry), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  // Packages are shared through links; Astro's and Vite's caches (node_modules/.astro, .vite) are not.
  await mkdir(path.join(workDir, 'node_modules'));
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    await symlink(path.join(projectRoot, 'node_modules', entry), path.join(workDir, 'node_modules', entry));
  }
  // Read-only use: "last updated" dates come from `git log`.
  await symlink(path.join(projectRoot, '.git'), path.join(workDir, '.git')).catch(() => undefined);
  for (const folder of changes.emptied ?? []) {
    await rm(path.join(workDir, folder), { recursive: true, force: true });
    await mkdir(path.join(workDir, folder), { recursive: true });
  }
  for (const [file, content] of Object.entries(changes.files)) {
    await mkdir(path.dirname(path.join(workDir, file)), { recursive: true });
    await writeFile(path.join(workDir, file), content);
  }
  return workDir;
}

export interface BuildOutput {
  outDir: string;
  log: string;
}

/** What `npm run build` runs, on the copy into outDir with "today" fixed. Rejects with the output on failure. */
export async function buildCopy(workDir: string, outDir: string): Promise<BuildOutput> {
  const environment = { ...process.env, HANDBOOK_TODAY: testToday, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  const typeStripping = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'];
  const log = await run('npm run build', [...typeStripping, path.join(workDir, 'scripts/build.ts'), '--outDir', outDir], workDir, environment);
  return { outDir, log };
}

function run(what: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(log) : reject(new Error(`${what} failed (${code}):\n${log}`))));
  });
}
