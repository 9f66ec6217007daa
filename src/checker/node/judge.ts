/**
 * The judge of a pull request: the checker, configuration and exceptions of the base branch, never
 * those the pull request brings. When the running checker is not the base's (a run from the pull
 * request's own working tree), the base's sources are read out of git into a folder of their own, with
 * the dependencies the base's lock file names, and that checker is run on the working tree's files,
 * which it reads as data only.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { git, GitError } from './git.ts';

const run = promisify(execFile);

/** The project the running checker's own sources are in. */
export const checkerRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** What a judge's folder holds: the sources the checker needs, and the commit they are of. */
const judgedSources = ['scripts', 'src', 'package.json', 'package-lock.json'];
const commitMarker = '.judge-commit';

/**
 * Whether the running checker is the base's: a judge's folder made for that commit, or a checkout of it
 * whose checker, configuration and exceptions carry no change of their own.
 */
export async function isCheckerOf(commit: string): Promise<boolean> {
  const marked = await readFile(path.join(checkerRoot, commitMarker), 'utf8').catch(() => undefined);
  if (marked !== undefined) return marked.trim() === commit;
  const head = await git(checkerRoot, ['rev-parse', 'HEAD']).catch(() => undefined);
  if (head?.trim() !== commit) return false;
  const changes = await git(checkerRoot, ['status', '--porcelain', '--untracked-files=all', '--', ...judgedSources]);
  return changes.trim() === '';
}

/** How many judges' folders are kept for later checks, the most recently used; others are removed once they have not been used for a while. */
const judgesKept = 8;
const judgeIdleMs = 60 * 60 * 1000;

/** A folder holding the base's checker at `commit`, made once and kept for later checks of the same base. */
export async function prepareJudge(root: string, commit: string): Promise<string> {
  const judges = path.join(tmpdir(), 'alumni-handbook-judges');
  const folder = path.join(judges, commit);
  if (existsSync(path.join(folder, commitMarker))) {
    const now = new Date();
    await utimes(folder, now, now).catch(() => undefined);
    return folder;
  }
  await mkdir(judges, { recursive: true });
  await removeOldJudges(judges);
  const building = await mkdtemp(`${folder}.`);
  try {
    const { stdout: archive } = await run('git', ['archive', '--format=tar', commit, '--', ...judgedSources], { cwd: root, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
    await extract(archive, building);
    await installDependencies(building);
    await writeFile(path.join(building, commitMarker), `${commit}\n`);
    await rm(folder, { recursive: true, force: true });
    await rename(building, folder);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw new GitError(`The checker of the base (${commit.slice(0, 12)}) could not be prepared: ${(error as Error).message}`);
  }
  return folder;
}

/**
 * Removes the judges' folders beyond the most recently used, which a base's checker left: one for each
 * base ever checked would fill the disk. A folder used within the hour is kept, as another check may
 * be running it.
 */
async function removeOldJudges(judges: string): Promise<void> {
  const entries = await readdir(judges, { withFileTypes: true }).catch(() => []);
  const folders = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && /^[0-9a-f]{40}$/.test(entry.name))
      .map(async (entry) => ({ folder: path.join(judges, entry.name), used: (await stat(path.join(judges, entry.name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  const idleSince = Date.now() - judgeIdleMs;
  const old = folders.sort((a, b) => b.used - a.used).slice(judgesKept - 1).filter((judge) => judge.used < idleSince);
  await Promise.all(old.map((judge) => rm(judge.folder, { recursive: true, force: true })));
}

function extract(archive: Buffer, into: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    tar.on('error', reject);
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar failed: ${errors}`))));
    tar.stdin.end(archive);
  });
}

/**
 * The base's dependencies: the running checker's own when both lock files are the same (they are then
 * the very packages the base names), else installed from the base's lock file, without install scripts.
 */
async function installDependencies(folder: string): Promise<void> {
  const [theirs, ours] = await Promise.all([readFile(path.join(folder, 'package-lock.json'), 'utf8').catch(() => ''), readFile(path.join(checkerRoot, 'package-lock.json'), 'utf8').catch(() => undefined)]);
  if (theirs === ours && existsSync(path.join(checkerRoot, 'node_modules'))) {
    await symlink(path.join(checkerRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
    return;
  }
  await run('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, maxBuffer: 64 * 1024 * 1024 });
}

/** Runs the base's checker with the same arguments, on the files of `cwd`, and passes its output and exit status on. */
export function runJudge(folder: string, argv: readonly string[], io: { cwd: string; env: NodeJS.ProcessEnv; stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } }): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', path.join(folder, 'scripts/check.ts'), ...argv], { cwd: io.cwd, env: io.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (text: string) => io.stdout.write(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => io.stderr.write(text));
    child.on('error', (error) => {
      io.stderr.write(`check: the base's checker could not be started: ${error.message}\n`);
      resolve(2);
    });
    child.on('close', (code) => resolve(code ?? 2));
  });
}
