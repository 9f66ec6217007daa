/**
 * What a branch changes in the group files, read from git for `--changed` and `--author`. Git runs
 * through execFile with arguments, never through a shell.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseGroupFile } from '../parse.ts';
import { picturesFolder } from '../pictures.ts';
import { groupsFolder } from './group-files.ts';

const run = promisify(execFile);

/** Git could not answer: not a repository, or the base cannot be found. The check cannot run. */
export class GitError extends Error {}

export interface BranchChanges {
  /** The commit the branch started from: the merge base with the base ref. */
  mergeBase: string;
  /** Group files the branch adds or modifies (a renamed file counts as added under its new name). */
  changed: string[];
  /** For each group file that existed before the change under the same name: its path. */
  previousPaths: Map<string, string>;
  /** Group files the branch deletes, renames, hides or moves: each is gone from the directory. */
  deleted: string[];
  /** Pictures the branch adds, changes or deletes, under public/images/groups/. */
  pictures: string[];
  /** Every other path the branch adds, changes or deletes, anywhere in the repository. */
  otherPaths: string[];
}

/** The default base: the main branch on the remote, else the local one. */
const defaultBases = ['origin/main', 'main'];

/**
 * Everything the branch changes since the merge base of HEAD and `base` (default: origin/main, then
 * main), in the whole repository: committed changes and uncommitted ones to tracked files, plus new
 * files not yet added to git. Group files are those the checker lists as groups (directly in the groups
 * folder, not hidden); a hidden or nested file there is an "other" path, which only the office changes.
 */
export async function readBranchChanges(root: string, base: string | undefined): Promise<BranchChanges> {
  const mergeBase = await findMergeBase(root, base);
  const diff = await git(root, ['diff', '--name-status', '-M', '-z', '--relative', '--no-ext-diff', mergeBase]);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);

  const changes: BranchChanges = { mergeBase, changed: [], previousPaths: new Map(), deleted: [], pictures: [], otherPaths: [] };
  const touched = (path: string, status: 'added' | 'modified' | 'deleted') => {
    if (isGroupFile(path)) {
      if (status === 'deleted') changes.deleted.push(path);
      else {
        changes.changed.push(path);
        if (status === 'modified') changes.previousPaths.set(path, path);
      }
    } else if (path.startsWith(`${picturesFolder}/`)) changes.pictures.push(path);
    else changes.otherPaths.push(path);
  };
  const fields = diff.split('\0');
  for (let index = 0; index < fields.length - 1; ) {
    const status = fields[index++] ?? '';
    const path = fields[index++] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      const newPath = fields[index++] ?? '';
      // A rename is a deletion and an addition: moving or hiding a group's file takes the office.
      if (status.startsWith('R')) touched(path, 'deleted');
      touched(newPath, 'added');
    } else touched(path, status === 'D' ? 'deleted' : status === 'A' ? 'added' : 'modified');
  }
  for (const path of untracked.split('\0')) if (path) touched(path, 'added');
  for (const list of [changes.changed, changes.deleted, changes.pictures, changes.otherPaths]) list.sort();
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

/**
 * For each picture the branch changes: the managers, at the merge base, of the group whose folder it is
 * in; undefined when the branch adds that group (its pictures come with it); none when the folder is no
 * group's at all.
 */
export async function readPictureOwners(root: string, changes: BranchChanges): Promise<Map<string, string[] | undefined>> {
  const owners = new Map<string, string[] | undefined>();
  for (const picture of changes.pictures) {
    const slug = picture.slice(picturesFolder.length + 1).split('/')[0] ?? '';
    const groupPath = `${groupsFolder}/${slug}.mdx`;
    const existed = await git(root, ['cat-file', '-e', `${changes.mergeBase}:${groupPath}`]).then(() => true, () => false);
    if (existed) owners.set(picture, (await readManagersAt(root, changes.mergeBase, new Map([[groupPath, groupPath]]))).get(groupPath) ?? []);
    else owners.set(picture, changes.changed.includes(groupPath) ? undefined : []);
  }
  return owners;
}

/** The commit the base ref names (default: origin/main, then main): its checker judges the change. */
export async function resolveBase(root: string, base: string | undefined): Promise<{ ref: string; commit: string }> {
  await git(root, ['rev-parse', '--is-inside-work-tree']).catch((error: NodeJS.ErrnoException) => {
    throw new GitError(error.code === 'ENOENT' ? '--changed needs git, and it is not installed.' : `--changed needs a git repository, and ${root} is not inside one.`);
  });
  const candidates = base === undefined ? defaultBases : [base];
  for (const ref of candidates) {
    const commit = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
    if (commit) return { ref, commit: commit.trim() };
  }
  const tried = candidates.map((ref) => `"${ref}"`).join(' or ');
  throw new GitError(`The base ${tried} was not found in this repository. Fetch it (for example: git fetch origin main) or name the branch the change will be merged into with --base.`);
}

async function findMergeBase(root: string, base: string | undefined): Promise<string> {
  const { ref, commit } = await resolveBase(root, base);
  try {
    return (await git(root, ['merge-base', 'HEAD', commit])).trim();
  } catch {
    throw new GitError(`This branch has no common history with "${ref}". Fetch the whole history (in GitHub Actions: fetch-depth: 0) or pass another --base.`);
  }
}

/** A group's own file: directly in the groups folder, not hidden. */
function isGroupFile(path: string): boolean {
  const name = path.slice(groupsFolder.length + 1);
  return path.startsWith(`${groupsFolder}/`) && !name.includes('/') && !name.startsWith('.');
}

export async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function gitBytes(root: string, args: string[]): Promise<Uint8Array> {
  const { stdout } = await run('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
