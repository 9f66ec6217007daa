/** A worker thread of parallel.ts: checks each batch of files it is sent and answers with their results. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../engine.ts';
import type { SourceFile } from '../types.ts';

const options = workerData as { today: string; organization: Parameters<typeof checkFile>[1]['organization'] };

parentPort?.on('message', (batch: SourceFile[]) => {
  parentPort?.postMessage(batch.map((file) => checkFile(file, options)));
});
