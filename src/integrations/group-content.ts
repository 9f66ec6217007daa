/**
 * The content loaders of the group collections: the one place the site reads group files. Each content
 * sync reads every group file once, runs the checker on exactly those bytes, and stores for each group
 * the front matter data the checker validated and the HTML rendered from the very parse its rules
 * judged (the checker's `render` option, on worker threads too). No group file is ever compiled to
 * JavaScript or imported as a module: pages print the stored HTML, which must pass the allow-list of
 * `published-html.ts` too.
 *
 * `astro build` fails, naming file and line, when any group file has an error. `astro dev` prints the
 * same problems and leaves the files with errors out of the site until they are fixed.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { organization } from '../config/organization.ts';
import type { ExceptedDiagnostic } from '../checker/exceptions.ts';
import { checkGroupFiles } from '../checker/node/cache.ts';
import { readExceptionsFile } from '../checker/node/exceptions-file.ts';
import { listGroupFiles, readGroupFiles } from '../checker/node/group-files.ts';
import { readPictures } from '../checker/node/pictures.ts';
import { resolveToday } from '../checker/node/today.ts';
import { formatPretty } from '../checker/reporters/pretty.ts';
import { normalizedText, slugOfPath } from '../checker/parse.ts';
import type { Diagnostic } from '../checker/types.ts';
import { groupSchema, type Group } from '../schema/group.ts';
import { unsafeHtml } from './published-html.ts';

export const groupsLoaderName = 'alumni-handbook:groups';
export const checkReportLoaderName = 'alumni-handbook:check-report';
/** The id of the one entry of the check report collection. */
export const checkReportId = 'build';

/** What the pages get from the sync's one checker run: every diagnostic, the problems exceptions cover, and the date it used. */
export interface CheckReport {
  today: string;
  checked: number;
  diagnostics: Diagnostic[];
  excepted: ExceptedDiagnostic[];
}

interface PublishedGroup {
  id: string;
  filePath: string;
  data: Group;
  html: string;
  /** The language the group's text is written in (a `lang` value), when the checker could tell. */
  language?: string | undefined;
  /** The file's text as the checker read it, for the group editor's "Edit this group". */
  source: string;
}

interface SyncOutcome {
  groups: PublishedGroup[];
  report: CheckReport;
}

/** The key of the sync's round in `refreshContent`'s context: the dev server counts its syncs (handbook.ts); a build has one. */
export const syncRoundKey = 'alumniHandbookSyncRound';

/**
 * The two loaders share one checker run per content sync: Astro's sync calls the load() of every
 * collection, so the first of the two to be called starts the run and the second takes it. A run is
 * shared only within its round: a sync that called one loader alone never hands the other a check
 * of files that have changed since.
 */
export function groupContentLoaders(): { groups: Loader; checkReport: Loader } {
  let shared: { outcome: Promise<SyncOutcome>; awaitedBy: string; round: unknown } | undefined;
  const outcomeFor = (loaderName: string, other: string, context: LoaderContext) => {
    const round = context.refreshContextData?.[syncRoundKey] ?? 0;
    if (shared?.awaitedBy === loaderName && shared.round === round) {
      const { outcome } = shared;
      shared = undefined;
      return outcome;
    }
    const outcome = checkAndRender(context);
    shared = { outcome, awaitedBy: other, round };
    return outcome;
  };
  return {
    groups: {
      name: groupsLoaderName,
      async load(context) {
        const { groups } = await outcomeFor(groupsLoaderName, checkReportLoaderName, context);
        // The store is updated in place, never emptied first: a page asked for during the sync sees the
        // earlier groups or the new ones, and an unchanged group keeps its digest.
        const published = new Set(groups.map((group) => group.id));
        for (const id of context.store.keys()) if (!published.has(id)) context.store.delete(id);
        for (const group of groups) {
          context.store.set({
            id: group.id,
            data: group.data,
            body: group.source,
            filePath: group.filePath,
            // The language its text is written in, for the pages to mark it (`lang`): readers' tools then read it right.
            rendered: { html: group.html, metadata: group.language ? { language: group.language } : {} },
            digest: context.generateDigest({ data: group.data, html: group.html, language: group.language, source: group.source }),
          });
        }
      },
    },
    checkReport: {
      name: checkReportLoaderName,
      async load(context) {
        const { report } = await outcomeFor(checkReportLoaderName, groupsLoaderName, context);
        context.store.set({ id: checkReportId, data: { ...report }, digest: context.generateDigest({ ...report }) });
      },
    },
  };
}

async function checkAndRender({ config, logger, watcher }: LoaderContext): Promise<SyncOutcome> {
  const root = fileURLToPath(config.root);
  // Only `astro dev` has a watcher: it keeps serving, without the files that have errors.
  const serving = watcher !== undefined;
  const files = await readGroupFiles(root, await listGroupFiles(root));
  const result = await checkGroupFiles(root, files, {
    pictures: await readPictures(root, organization),
    useCache: true,
    render: true,
    today: resolveToday(undefined),
    organization,
    exceptions: await readExceptionsFile(root),
  });
  const withErrors = new Set(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file));
  if (result.diagnostics.length > 0) {
    process.stdout.write(`\n${formatPretty(result, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, siteUrl: config.site })}\n`);
  } else {
    logger.info(`${result.checked} group files checked, no problems.`);
  }
  if (withErrors.size > 0 && !serving) {
    await refuse(config.outDir, `${withErrors.size === 1 ? 'A group file has' : `${withErrors.size} group files have`} errors (listed above), so no site was built.`);
  }
  if (withErrors.size > 0) logger.warn(`Not serving ${[...withErrors].join(', ')} until the errors listed above are fixed.`);

  const groups: PublishedGroup[] = [];
  const unsafe: string[] = [];
  for (const file of files) {
    if (withErrors.has(file.path)) continue;
    const check = result.fileChecks.get(file.path);
    // The data the checker validated, through the same schema; the HTML of the body its rules judged.
    const data = groupSchema.safeParse(check?.data);
    if (!data.success || typeof check?.html !== 'string') {
      unsafe.push(`${file.path}: the checker found no error, but left no data or body to publish`);
      continue;
    }
    const problems = unsafeHtml(check.html);
    if (problems.length > 0) unsafe.push(`${file.path}: ${problems.join('; ')}`);
    else groups.push({ id: slugOfPath(file.path), filePath: file.path, data: data.data, html: check.html, language: check.language ?? undefined, source: sourceText(file.content) });
  }
  if (unsafe.length > 0) {
    const message = `These group files cannot be published as they are, whatever the checker said:\n${unsafe.join('\n')}`;
    if (!serving) await refuse(config.outDir, message);
    logger.error(message);
  }
  const report = { today: result.today, checked: result.checked, diagnostics: result.diagnostics, excepted: result.excepted };
  return { groups, report };
}

/** Fails the build. A stale site from an earlier build must not be mistaken for this one and deployed. */
async function refuse(outDir: URL, message: string): Promise<never> {
  await rm(outDir, { recursive: true, force: true });
  throw new AstroError(message, 'Fix each problem at the file and line shown; the link under it explains the rule. `npm run check` repeats the check without building.');
}

/** The bytes the checker read, as the text it read (a file that is not UTF-8 has errors and is never published). */
const sourceText = (content: string | Uint8Array) => normalizedText(typeof content === 'string' ? content : new TextDecoder().decode(content));
