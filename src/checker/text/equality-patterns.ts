/**
 * retext-equality's English list of wordings, read from its own data file, which the package does not
 * export by name. The editor's browser bundle replaces this module with a plain import of that file
 * (src/integrations/editor-engine.ts), since a browser has no module resolution of its own.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Pattern {
  type: 'or' | 'basic';
  inconsiderate: Record<string, string>;
  considerate?: Record<string, string>;
}

export const patternsFile = path.join(path.dirname(createRequire(import.meta.url).resolve('retext-equality')), 'patterns-en.js');

export const { patterns } = (await import(/* @vite-ignore */ pathToFileURL(patternsFile).href)) as { patterns: Pattern[] };
