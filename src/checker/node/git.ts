/**
 * What a branch changes in the group files, read from git for `--changed` and `--author`. Git runs
 * through execFile with arguments, never through a shell.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseGroupFile } from '../parse.ts';
import { groupsFolder } from './group-files.ts';

const run = promisify(execFile);

/** Git could not answer: not a repository, or the base cannot be found. The check cannot run. */
export class GitError extends Error {}

export interface BranchChanges {
  /** The commit the branch started from: the merge base with the base ref. */
  mergeBase: string;
  /** Group files the branch adds, modifies or renames (their new paths). */
  changed: string[];
  /** For each group file that existed before the change and still exists: its path on the base (the old path of a rename). */
  previousPaths: Map<string, string>;
  /** Group files the branch deletes. */
  deleted: string[];
}

/** The default base: the main branch on the remote, else the local one. */
const defaultBases = ['origin/main', 'main'];

/**
 * The group files changed since the merge base of HEAD and `base` (default: origin/main, then main):
 * committed changes and uncommitted ones to tracked files, plus new files not yet added to git.
 */
export async function readBranchChanges(root: string, base: string | undefined): Promise<BranchChanges> {
  await git(root, ['rev-parse', '--is-inside-work-tree']).catch((error: NodeJS.ErrnoException) => {
    throw new GitError(error.code === 'ENOENT' ? '--changed needs git, and it is not installed.' : `--changed needs a git repository, and ${root} is not inside one.`);
  });
  const mergeBase = await findMergeBase(root, base === undefined ? defaultBases : [base]);
  const diff = await git(root, ['diff', '--name-status', '-M', '-z', '--relative', '--no-ext-diff', mergeBase, '--', groupsFolder]);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', groupsFolder]);

  const changes: BranchChanges = { mergeBase, changed: [], previousPaths: new Map(), deleted: [] };
  const fields = diff.split('\0');
  for (let index = 0; index < fields.length - 1; ) {
    const status = fields[index++] ?? '';
    const path = fields[index++] ?? '';
    if (status.startsWith('R')) {
      const newPath = fields[index++] ?? '';
      if (isGroupFile(newPath)) {
        changes.changed.push(newPath);
        if (isGroupFile(path)) changes.previousPaths.set(newPath, path);
      }
      continue;
    }
    if (!isGroupFile(path)) continue;
    if (status === 'D') {
      changes.deleted.push(path);
    } else {
      changes.changed.push(path);
      if (status !== 'A') changes.previousPaths.set(path, path);
    }
  }
  for (const path of untracked.split('\0')) if (isGroupFile(path)) changes.changed.push(path);
  changes.changed.sort();
  changes.deleted.sort();
  return changes;
}

/**
 * The GitHub user names of each file's managers at `commit`, read with the checker's own parser. A
 * file whose front matter cannot be read there has no managers.
 */
export async function readManagersAt(root: string, commit: string, paths: ReadonlyMap<string, string>): Promise<Map<string, string[]>> {
  const managers = new Map<string, string[]>();
  for (const [path, previousPath] of paths) {
    const content = await gitBytes(root, ['show', `${commit}:./${previousPath}`]);
    const data = parseGroupFile({ path: previousPath, content }, { frontMatterOnly: true }).data;
    const listed = Array.isArray(data?.managers) ? data.managers : [];
    managers.set(
      path,
      listed.flatMap((manager: unknown) => {
        const github = (manager as { github?: unknown } | null)?.github;
        return typeof github === 'string' ? [github] : [];
      }),
    );
  }
  return managers;
}

async function findMergeBase(root: string, candidates: readonly string[]): Promise<string> {
  for (const ref of candidates) {
    const commit = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
    if (!commit) continue;
    try {
      return (await git(root, ['merge-base', 'HEAD', commit.trim()])).trim();
    } catch {
      throw new GitError(`This branch has no common history with "${ref}". Fetch the whole history (in GitHub Actions: fetch-depth: 0) or pass another --base.`);
    }
  }
  const tried = candidates.map((ref) => `"${ref}"`).join(' or ');
  throw new GitError(`The base ${tried} was not found in this repository. Fetch it (for example: git fetch origin main) or name the branch the change will be merged into with --base.`);
}

/** Only files the checker would list in the groups folder: not hidden ones. */
function isGroupFile(path: string): boolean {
  return path.startsWith(`${groupsFolder}/`) && !path.split('/').some((segment) => segment.startsWith('.'));
}

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function gitBytes(root: string, args: string[]): Promise<Uint8Array> {
  const { stdout } = await run('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
