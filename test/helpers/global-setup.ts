/** Builds the test site once per test run; the site tests read it through inject('site'). */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCopy, copyProject } from './build-site.ts';

export interface BuiltSite {
  workDir: string;
  outDir: string;
  log: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: BuiltSite;
  }
}

export default async function setup(project: TestProject) {
  const workDir = await copyProject();
  const { outDir, log } = await buildCopy(workDir, path.join(workDir, 'dist'));
  project.provide('site', { workDir, outDir, log });
  return async () => {
    await rm(workDir, { recursive: true, force: true });
  };
}
