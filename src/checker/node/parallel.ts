/**
 * Runs the per-file part of a check (engine.ts `checkFile`) on worker threads as well as the calling
 * thread, for a large check with few cached results. Files are handed out in small batches to
 * whichever thread is free, so a worker still loading its modules does not hold up the others.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Organization } from '../../config/organization.ts';
import { checkFile, type FileCheck } from '../engine.ts';
import type { SourceFile } from '../types.ts';
import { workerEnvironment } from './worker-environment.ts';

/**
 * Below this many files to check, starting a worker costs more than it saves: each worker loads the
 * checker again, and its results come back copied. Measured on two cores, `npm run check -- --no-cache`
 * on synthetic groups, this thread alone against this thread and one worker: 1,000 files, 1.9 s against
 * 2.2 to 3.0 s; 3,000 files, 3.4 s against 4.1 to 4.8 s; 5,000 files, 6.6 s either way; 10,000 files,
 * 10.5 to 11.0 s against 8.8 to 10.6 s. The site's check, which shares the machine with Astro starting
 * up, breaks even at the same size.
 */
export const minFilesForWorkers = 5000;
/**
 * From this many files, the calling thread checks files only until every worker has answered once,
 * then only hands out batches, and a worker more takes its place: it holds every file and result, so
 * its collections of garbage grow with the check. Measured on two cores, against the calling thread
 * and one worker checking all along: 3,000 files, 3.0 s against 2.8 s; 10,000 files, 6.4 s against 7.0 s.
 */
const filesForWorkersOnly = 5000;
const batchSize = 25;

export interface ParallelOptions {
  today: string;
  organization: Organization;
  render?: boolean | undefined;
  /** Worker threads. Default: one less than the available cores, or one per core from `filesForWorkersOnly` files. */
  workers?: number;
}

export async function checkFilesInParallel(files: readonly SourceFile[], options: ParallelOptions): Promise<Map<string, FileCheck>> {
  const results = new Map<string, FileCheck>();
  const batches: SourceFile[][] = [];
  for (let start = 0; start < files.length; start += batchSize) batches.push(files.slice(start, start + batchSize));
  const workersOnly = files.length >= filesForWorkersOnly;
  const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism() - (workersOnly ? 0 : 1), Math.floor(batches.length / 4)));
  let starting = workerCount;
  const workers = Array.from({ length: workerCount }, () => runWorker(batches, results, options, () => starting--));
  // This thread takes batches too (for a large check, until every worker has answered once), and then
  // those a failed worker handed back, yielding between them so the workers' messages come in.
  const takeBatches = async (untilWorkersStart: boolean) => {
    for (let batch = batches.shift(); batch; batch = untilWorkersStart && starting === 0 ? undefined : batches.shift()) {
      for (const file of batch) results.set(file.path, checkFile(file, { ...options, clock: () => performance.now() }));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await takeBatches(workersOnly);
  await Promise.all(workers);
  await takeBatches(false);
  return results;
}

/** Feeds batches to one worker until none is left. A worker that fails hands its batch back to the main thread, which reports any real error. */
function runWorker(batches: SourceFile[][], results: Map<string, FileCheck>, options: ParallelOptions, onStarted: () => void): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      // The checker is TypeScript with erasable syntax only, which Node runs by stripping the types,
      // whatever process started the check (the command line, Astro, the tests).
      execArgv: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'],
      workerData: { today: options.today, organization: options.organization, render: options.render },
      env: workerEnvironment(),
    });
    let current: SourceFile[] | undefined;
    const next = () => {
      current = batches.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate();
    };
    let started = false;
    worker.on('message', (checks: FileCheck[]) => {
      current?.forEach((file, index) => results.set(file.path, checks[index] as FileCheck));
      // Its first answer says the worker has loaded the checker: from then on it checks files faster than this thread.
      if (!started) {
        started = true;
        onStarted();
      }
      next();
    });
    worker.once('online', next);
    worker.once('exit', () => {
      if (current) batches.push(current);
      current = undefined;
      resolve();
    });
    worker.on('error', () => undefined);
  });
}
