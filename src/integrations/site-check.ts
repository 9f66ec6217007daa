/**
 * Starts the group check of a content sync (site-check-worker.ts) on a worker thread, so that Astro's
 * own start-up goes on meanwhile and never loads the checker through Vite. `astro build` and
 * `astro dev` start the first one as soon as the configuration is read (handbook.ts); the group
 * loaders (group-content.ts) take it, or start one of their own for each later sync.
 */
import { Worker } from 'node:worker_threads';
import { workerEnvironment } from '../checker/node/worker-environment.ts';
import type { ExceptedDiagnostic } from '../checker/exceptions.ts';
import type { Diagnostic } from '../checker/types.ts';
import type { Group } from '../schema/group.ts';

export interface SiteCheckOptions {
  root: string;
  /** Whether the printed report may use colours. */
  color: boolean;
  siteUrl: string | undefined;
}

/** What the pages get from the sync's one checker run: every diagnostic, the problems exceptions cover, and the date it used. */
export interface CheckReport {
  today: string;
  checked: number;
  diagnostics: Diagnostic[];
  excepted: ExceptedDiagnostic[];
}

export interface PublishedGroup {
  id: string;
  filePath: string;
  data: Group;
  html: string;
  /** The language the group's text is written in (a `lang` value), when the checker could tell. */
  language?: string | undefined;
  /** The file's text as the checker read it, for the group editor's "Edit this group". */
  source: string;
}

export interface SiteCheck {
  /** The groups to publish: every file without errors whose HTML passed the allow-list. */
  groups: PublishedGroup[];
  report: CheckReport;
  /** The problems as the command line prints them, when there are any. */
  printed?: string;
  /** The files with errors. */
  withErrors: string[];
  /** Files without errors that still cannot be published, each with the reason. */
  unsafe: string[];
}

export function runSiteCheck(options: SiteCheckOptions): Promise<SiteCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./site-check-worker.ts', import.meta.url), {
      // Erasable TypeScript only, which Node runs by stripping the types, whatever process started the sync.
      execArgv: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'],
      workerData: options,
      env: workerEnvironment(),
    });
    let settled = false;
    worker.once('message', (message: { check: SiteCheck } | { error: string }) => {
      settled = true;
      if ('check' in message) resolve(message.check);
      else reject(new Error(`The group check could not run: ${message.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The group check stopped (exit ${code}) before it finished.`));
    });
  });
}

/** The check started ahead of the first sync, by project folder; shared through the global object, as the integration and the loaders are loaded apart (by Node and by Vite). */
const earlyChecks = Symbol.for('alumni-handbook.early-site-check');
type EarlyChecks = Map<string, Promise<SiteCheck>>;
const early = () => ((globalThis as { [earlyChecks]?: EarlyChecks })[earlyChecks] ??= new Map());

/** Starts the first sync's check now. A rejection waits for the loader that takes it. */
export function startEarlySiteCheck(options: SiteCheckOptions): Promise<SiteCheck> {
  const check = runSiteCheck(options);
  check.catch(() => undefined);
  early().set(options.root, check);
  return check;
}

/** The check started ahead of the sync for this project, once; undefined when there is none (a later sync). */
export function takeEarlySiteCheck(root: string): Promise<SiteCheck> | undefined {
  const check = early().get(root);
  early().delete(root);
  return check;
}
