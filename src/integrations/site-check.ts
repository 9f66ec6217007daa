/**
 * Starts the group check of a content sync (site-check-process.ts) in a Node process of its own
 * (process-step.ts), so that Astro's own start-up goes on meanwhile and never loads the checker
 * through Vite. A process, not a worker thread: the memory a check takes (about 350 MB for 1,000
 * groups) goes back to the system when it ends, where a worker thread's heap pages stay in the
 * build's process until it exits. `astro build` and `astro dev` start the first one as soon as the
 * configuration is read (handbook.ts); the group loaders (group-content.ts) take it, or start one of
 * their own for each later sync.
 */
import path from 'node:path';
import type { ExceptedDiagnostic } from '../checker/exceptions.ts';
import type { Diagnostic } from '../checker/types.ts';
import type { Group } from '../schema/group.ts';
import { runStep } from './process-step.ts';

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
  return runStep(new URL('./site-check-process.ts', import.meta.url), options, { couldNot: 'The group check could not run', stopped: 'The group check stopped' });
}

/** The options of a check started from this process: its printed report uses colours on a terminal that allows them. */
export function siteCheckOptions(root: string, siteUrl: string | undefined): SiteCheckOptions {
  return { root: path.resolve(root), color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, siteUrl };
}

/** The check started ahead of the first sync, by project folder; shared through the global object, as the integration and the loaders are loaded apart (by Node and by Vite). */
const earlyChecks = Symbol.for('alumni-handbook.early-site-check');
type EarlyChecks = Map<string, { options: SiteCheckOptions; check: Promise<SiteCheck> }>;
const early = () => ((globalThis as { [earlyChecks]?: EarlyChecks })[earlyChecks] ??= new Map());

/**
 * Starts the first sync's check now, or returns the one already started with the same options (the
 * build script starts it before Astro loads: scripts/build.ts). A rejection waits for the loader that takes it.
 */
export function startEarlySiteCheck(options: SiteCheckOptions): Promise<SiteCheck> {
  const started = early().get(options.root);
  if (started && JSON.stringify(started.options) === JSON.stringify(options)) return started.check;
  const check = runSiteCheck(options);
  check.catch(() => undefined);
  early().set(options.root, { options, check });
  return check;
}

/** The check started ahead of the sync for this project, once; undefined when there is none (a later sync). */
export function takeEarlySiteCheck(root: string): Promise<SiteCheck> | undefined {
  const started = early().get(path.resolve(root));
  early().delete(path.resolve(root));
  return started?.check;
}
