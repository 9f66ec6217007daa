/**
 * Runs the per-file part of a check (engine.ts `checkFile`) on worker threads as well as the main
 * thread, for a large check with few cached results. Files are handed out in small batches to
 * whichever thread is free, so a worker still loading its modules does not hold up the others.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Organization } from '../../config/organization.ts';
import { checkFile, type FileCheck } from '../engine.ts';
import type { SourceFile } from '../types.ts';

/** Below this many files to check, starting a worker costs more than it saves. */
export const minFilesForWorkers = 400;
const batchSize = 25;

export interface ParallelOptions {
  today: string;
  organization: Organization;
  render?: boolean | undefined;
  /** Worker threads besides the main thread. Default: one less than the available cores. */
  workers?: number;
}

export async function checkFilesInParallel(files: readonly SourceFile[], options: ParallelOptions): Promise<Map<string, FileCheck>> {
  const results = new Map<string, FileCheck>();
  const batches: SourceFile[][] = [];
  for (let start = 0; start < files.length; start += batchSize) batches.push(files.slice(start, start + batchSize));
  const workerCount = Math.min(options.workers ?? availableParallelism() - 1, Math.floor(batches.length / 4));
  const workers = Array.from({ length: Math.max(0, workerCount) }, () => runWorker(batches, results, options));
  // The main thread takes batches too, yielding between them so the workers' results come in.
  const takeBatches = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      for (const file of batch) results.set(file.path, checkFile(file, { ...options, clock: () => performance.now() }));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await takeBatches();
  await Promise.all(workers);
  // A worker that failed handed its batch back.
  await takeBatches();
  return results;
}

/** Feeds batches to one worker until none is left. A worker that fails hands its batch back to the main thread, which reports any real error. */
function runWorker(batches: SourceFile[][], results: Map<string, FileCheck>, options: ParallelOptions): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      // The checker is TypeScript with erasable syntax only, which Node runs by stripping the types,
      // whatever process started the check (the command line, Astro, the tests).
      execArgv: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'],
      workerData: { today: options.today, organization: options.organization, render: options.render },
    });
    let current: SourceFile[] | undefined;
    const next = () => {
      current = batches.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate();
    };
    worker.on('message', (checks: FileCheck[]) => {
      current?.forEach((file, index) => results.set(file.path, checks[index] as FileCheck));
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
