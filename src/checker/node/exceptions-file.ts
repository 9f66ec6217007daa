/** Reads the office's exceptions file from disk for the checker's shells. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExceptionsFile } from '../exceptions.ts';
import { exceptionsPath } from '../paths.ts';

/** The exceptions file, or undefined when the project has none. */
export async function readExceptionsFile(root: string): Promise<ExceptionsFile | undefined> {
  try {
    return { path: exceptionsPath, text: await readFile(path.join(root, exceptionsPath), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
