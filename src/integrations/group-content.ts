/**
 * The content loaders of the group collections: the one place the site reads group files. Each content
 * sync has the group check (site-check-process.ts) read every group file once and run the checker on
 * exactly those bytes, and stores for each group the front matter data the checker validated and the
 * HTML rendered from the very parse its rules judged. No group file is ever compiled to JavaScript or
 * imported as a module: pages print the stored HTML, which must pass the allow-list of
 * `published-html.ts` too. The file's own text is not stored: it is published beside the page
 * (published-files.ts).
 *
 * `astro build` fails, naming file and line, when any group file has an error. `astro dev` prints the
 * same problems and leaves the files with errors out of the site until they are fixed.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { recordPublishedGroups } from './published-files.ts';
import { runSiteCheck, siteCheckOptions, takeEarlySiteCheck, type CheckReport, type PublishedGroup } from './site-check.ts';

export type { CheckReport } from './site-check.ts';

export const groupsLoaderName = 'alumni-handbook:groups';
export const checkReportLoaderName = 'alumni-handbook:check-report';
/** The id of the one entry of the check report collection. */
export const checkReportId = 'build';

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
            filePath: group.filePath,
            // The language its text is written in, for the pages to mark it (`lang`): readers' tools then read it right.
            rendered: { html: group.html, metadata: group.language ? { language: group.language } : {} },
            digest: context.generateDigest({ data: group.data, html: group.html, language: group.language }),
          });
        }
        recordPublishedGroups(fileURLToPath(context.config.root), groups);
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
  const check = await (takeEarlySiteCheck(root) ?? runSiteCheck(siteCheckOptions(root, config.site)));
  if (check.printed !== undefined) process.stdout.write(`\n${check.printed}\n`);
  else logger.info(`${check.report.checked} group files checked, no problems.`);
  const withErrors = check.withErrors.length;
  if (withErrors > 0 && !serving) {
    await refuse(config.outDir, `${withErrors === 1 ? 'A group file has' : `${withErrors} group files have`} errors (listed above), so no site was built.`);
  }
  if (withErrors > 0) logger.warn(`Not serving ${check.withErrors.join(', ')} until the errors listed above are fixed.`);
  if (check.unsafe.length > 0) {
    const message = `These group files cannot be published as they are, whatever the checker said:\n${check.unsafe.join('\n')}`;
    if (!serving) await refuse(config.outDir, message);
    logger.error(message);
  }
  return { groups: check.groups, report: check.report };
}

/** Fails the build. A stale site from an earlier build must not be mistaken for this one and deployed. */
async function refuse(outDir: URL, message: string): Promise<never> {
  await rm(outDir, { recursive: true, force: true });
  throw new AstroError(message, 'Fix each problem at the file and line shown; the link under it explains the rule. `npm run check` repeats the check without building.');
}
