/**
 * Throwaway git repositories for simulated pull requests: the checker's own sources (so the base branch
 * has a checker, configuration and exceptions of its own, which judge the change) and group files.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { disclaimerStatement } from '../../src/config/organization.ts';
import { exampleFiles } from '../../src/checker/examples.ts';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
/** What the base's checker is made of: its sources, configuration, exceptions and lock file (the sample groups are left out). */
const checkerSources = ['scripts', 'src', 'package.json', 'package-lock.json'];
export const groups = 'src/content/groups';

/** Git with a fixed identity and none of the machine's configuration. */
const gitEnvironment = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export interface Repository {
  root: string;
  git(...args: string[]): Promise<string>;
  write(file: string, content: string | Uint8Array): Promise<void>;
  /** Stages everything and commits. */
  commit(message: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** A repository whose branch main holds these group files (name → text), with a feature branch checked out. */
export async function pullRequestRepository(files: Record<string, string>): Promise<Repository> {
  const root = await mkdtemp(path.join(tmpdir(), 'handbook-pr-'));
  const git = async (...args: string[]) => (await run('git', args, { cwd: root, env: gitEnvironment })).stdout;
  const repository: Repository = {
    root,
    git,
    write: async (file, content) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    },
    commit: async (message) => {
      await git('add', '--all');
      await git('commit', '--quiet', '--allow-empty', '-m', message);
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  await git('init', '--quiet', '--initial-branch=main');
  for (const source of checkerSources) await cp(path.join(projectRoot, source), path.join(root, source), { recursive: true, filter: (from) => !from.includes(`${path.sep}content${path.sep}groups${path.sep}`) });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeFile(path.join(root, '.gitignore'), 'node_modules\n');
  for (const [name, text] of Object.entries(files)) await repository.write(`${groups}/${name}`, text);
  await repository.commit('Base');
  await git('switch', '--quiet', '--create', 'feature');
  return repository;
}

/** A valid group file (for the examples' "today") with this name and these managers' GitHub names. */
export function groupFile(name: string, managers: readonly string[], fields = ''): string {
  const managerLines = managers.map((github) => `  - name: Manager ${github}\n    github: ${github}`).join('\n');
  const frontmatter = `name: ${name}\nmanagers:\n${managerLines}\ndisclaimer: ${disclaimerStatement('independence', name)}\n${fields}`;
  return exampleFiles({ title: name, frontmatter })[0]!.content as string;
}

export { runCheck as check } from '../helpers/run-check.ts';

/** The 1-based line of the first line of `text` that starts with `start`. */
export const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
