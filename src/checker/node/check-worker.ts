/** A worker thread of parallel.ts: checks each batch of files it is sent and answers with their results. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type FileCheckOptions } from '../engine.ts';
import type { SourceFile } from '../types.ts';

const options: FileCheckOptions = { ...(workerData as Omit<FileCheckOptions, 'clock'>), clock: () => performance.now() };

parentPort?.on('message', (batch: SourceFile[]) => {
  parentPort?.postMessage(batch.map((file) => checkFile(file, options)));
});
