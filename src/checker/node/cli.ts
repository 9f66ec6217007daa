/** The checker's command line (contract: cli.md). Returns the exit status instead of exiting, for tests. */
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { organization } from '../../config/organization.ts';
import { githubHandlePattern } from '../../schema/group.ts';
import type { CheckResult } from '../engine.ts';
import { formatGithub, formatGithubSummary } from '../reporters/github.ts';
import { formatJson } from '../reporters/json.ts';
import { formatPretty } from '../reporters/pretty.ts';
import { formatSarif } from '../reporters/sarif.ts';
import { rules } from '../rules/index.ts';
import { checkGroupFiles } from './cache.ts';
import { GitError, readBranchChanges, readManagersAt, readPictureOwners, resolveBase, type BranchChanges } from './git.ts';
import { checkerRoot, isCheckerOf, prepareJudge, runJudge } from './judge.ts';
import { readExceptionsFile } from './exceptions-file.ts';
import { expandPaths, groupsFolder, listGroupFiles, readGroupFiles, UsageError } from './group-files.ts';
import { picturesFolder } from '../pictures.ts';
import { readPictures } from './pictures.ts';
import { resolveToday } from './today.ts';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export const usage = `Usage: npm run check -- [PATH ...] [--today YYYY-MM-DD] [--format pretty|json|github|sarif]
                        [--changed] [--base REF] [--author GITHUB_USER] [--no-cache]

Checks group files against the handbook's rules. With no PATH, checks every group.
--changed checks the group files this branch adds or changes since it left --base (default
origin/main, else main), with the checker, configuration and exceptions of --base: the branch's own
files are read as data only. --author then checks that the change's author may make it.
Exit status: 0 no error, 1 errors found, 2 wrong usage or the check could not run.
`;

const formats = {
  pretty: (result: CheckResult, io: CliIo) => formatPretty(result, { color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR, siteUrl: organization.site.url }),
  json: (result: CheckResult) => formatJson(result),
  github: (result: CheckResult) => formatGithub(result, { siteUrl: organization.site.url }),
  sarif: (result: CheckResult) => formatSarif(result, { rules, siteUrl: organization.site.url }),
} as const;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        format: { type: 'string', default: 'pretty' },
        changed: { type: 'boolean', default: false },
        base: { type: 'string' },
        author: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(usage);
      return 0;
    }
    const format = values.format as keyof typeof formats;
    if (!(format in formats)) throw new UsageError(`Unknown --format "${values.format}"; use one of: ${Object.keys(formats).join(', ')}.`);
    if (values.changed && positionals.length > 0) throw new UsageError('Give either PATHs or --changed, not both.');
    if (!values.changed && (values.base !== undefined || values.author !== undefined)) throw new UsageError('--base and --author go with --changed.');
    const author = values.author?.replace(/^@/, '');
    // Apps such as Dependabot open pull requests as "name[bot]".
    if (author !== undefined && !githubHandlePattern.test(author.replace(/\[bot\]$/, ''))) throw new UsageError(`--author must be a GitHub user name; got "${values.author}".`);
    const today = resolveToday(values.today, io.env);
    const root = io.cwd;
    if (values.changed) {
      // A change is judged by the base's checker, configuration and exceptions, never by its own.
      const base = await resolveBase(root, values.base);
      if (!(await isCheckerOf(base.commit))) return await runJudge(await prepareJudge(root, base.commit), argv, io);
    }
    const branch = values.changed ? await readBranchChanges(root, values.base) : undefined;
    const named = branch ? changedForReport(branch) : positionals.length > 0 ? await expandPaths(root, io.cwd, positionals) : undefined;
    const all = await listGroupFiles(root);
    // Named files are read even outside the groups folder (and refused there); a change's files are all listed already.
    const paths = branch ? all : [...new Set([...all, ...(named ?? [])])].sort();
    const reported = named ? new Set(named) : undefined;
    const files = await readGroupFiles(root, paths);
    const change =
      branch && author !== undefined
        ? {
            author,
            managersOnBase: await readManagersAt(root, branch.mergeBase, branch.previousPaths),
            deleted: branch.deleted,
            pictures: await readPictureOwners(root, branch),
            otherPaths: branch.otherPaths,
          }
        : undefined;
    const result = await checkGroupFiles(root, files, {
      pictures: await readPictures(root, organization),
      // The judge of a change trusts nothing the change's working tree holds, a cache of results included.
      useCache: !values['no-cache'] && !values.changed,
      today,
      isReported: reported ? (path) => reported.has(path) : undefined,
      isStrict: reported ? (path) => reported.has(path) : undefined,
      change,
      exceptions: await readExceptionsFile(values.changed ? checkerRoot : root),
    });
    io.stdout.write(formats[format](result, io));
    if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
      await appendFile(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(result, { siteUrl: organization.site.url }));
    }
    return result.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`check: ${(error as Error).message}\n\n${usage}`);
    } else if (error instanceof GitError) {
      io.stderr.write(`check: ${error.message}\n`);
    } else {
      io.stderr.write(`check: the check could not run: ${(error as Error).stack ?? String(error)}\n`);
    }
    return 2;
  }
}

/**
 * What a change is reported on: the group files it adds or changes, every other file it touches in the
 * groups folder (a hidden or nested one), and the pictures it touches with the groups they belong to.
 */
function changedForReport(branch: BranchChanges): string[] {
  const groupsOfPictures = branch.pictures.map((picture) => `${groupsFolder}/${picture.slice(picturesFolder.length + 1).split('/')[0]}.mdx`);
  return [...new Set([...branch.changed, ...branch.otherPaths.filter((file) => file.startsWith(`${groupsFolder}/`)), ...branch.pictures, ...groupsOfPictures])].sort();
}

