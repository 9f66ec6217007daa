/**
 * Per-file results kept between runs, so a re-check reads again only the files that changed. The
 * cache lives outside the repository's tracked files (node_modules/.cache/alumni-handbook/). Its key
 * is the file's content hash, the rules' sources (every module of the checker, the schema and the
 * configuration, and the locked dependency versions), the organization's configuration and "today":
 * a change to any of them invalidates the results. Strictness only decides a time rule's severity,
 * which the engine applies after the cache, so it is not part of the key. Cross-file rules are never
 * cached: the engine runs them on every check from the cached per-file data.
 *
 * A cache that is missing, unreadable, truncated or of another shape is ignored, never trusted; it
 * is rewritten atomically (a temporary file renamed over it), and only when something changed.
 */
import { hash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { organization as defaultOrganization, type Organization } from '../../config/organization.ts';
import { checkGroups, type CheckOptions, type CheckResult, type FileCheck } from '../engine.ts';
import { findRule } from '../rules/index.ts';
import type { Finding, Picture, SourceFile } from '../types.ts';
import { attachPictures } from './pictures.ts';
import { checkFilesInParallel, minFilesForWorkers } from './parallel.ts';

export const cacheFolder = 'node_modules/.cache/alumni-handbook';
const cacheFileName = 'check.json';
const cacheFormat = 1;

export interface CheckCache {
  /** The file's results from an earlier run, when nothing they depend on has changed (and, for `render`, when they hold its HTML). */
  get(file: SourceFile, options?: { render?: boolean | undefined }): FileCheck | undefined;
  /** Keeps this run's per-file results (and the earlier ones still valid) for the next run. */
  save(files: readonly SourceFile[], fileChecks: ReadonlyMap<string, FileCheck>): Promise<void>;
}

interface Entry extends FileCheck {
  hash: string;
}

/** Where the checker's own sources are: its version is the content of these. */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const ruleSources = ['src/checker', 'src/schema', 'src/config'];

let rulesFingerprint: Promise<string> | undefined;

/** A hash of every source the per-file results depend on: the checker, the schema, the configuration and the locked dependencies. */
export function rulesVersion(): Promise<string> {
  rulesFingerprint ??= (async () => {
    const parts: string[] = [];
    for (const folder of ruleSources) {
      const entries = await readdir(path.join(projectRoot, folder), { recursive: true, withFileTypes: true });
      const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => path.join(entry.parentPath, entry.name)).sort();
      for (const file of files) parts.push(path.relative(projectRoot, file), await readFile(file, 'utf8'));
    }
    parts.push(await readFile(path.join(projectRoot, 'package-lock.json'), 'utf8').catch(() => ''));
    return hash('sha256', parts.join('\0'), 'base64url');
  })();
  return rulesFingerprint;
}

/** A file's own results depend on its bytes and on the pictures of its folder (the shells always read them; none is none). */
const contentHash = (file: SourceFile) => {
  const own = hash('sha256', file.content, 'base64url');
  return !file.pictures?.length ? own : hash('sha256', [own, ...file.pictures.map((picture) => `${picture.path}\0${picture.hash}\0${picture.refused ?? ''}`)].join('\n'), 'base64url');
};

/** The cache for checks made on `today` with this configuration, in the project at `root`. */
export async function openCache(root: string, context: { today: string; organization: Organization; rulesVersion?: string }): Promise<CheckCache> {
  const rules = context.rulesVersion ?? (await rulesVersion());
  const key = hash('sha256', JSON.stringify({ format: cacheFormat, rules, organization: context.organization, today: context.today }), 'base64url');
  const file = path.join(root, cacheFolder, cacheFileName);
  const earlier = await readEntries(file, key);
  const hashes = new Map<SourceFile, string>();
  const hashOf = (source: SourceFile) => {
    let found = hashes.get(source);
    if (found === undefined) hashes.set(source, (found = contentHash(source)));
    return found;
  };
  const hits = new Map<string, FileCheck>();

  return {
    get(source, { render } = {}) {
      const hit = hits.get(source.path);
      if ((hit && (!render || hit.html !== undefined)) || source.refused) return hit;
      const entry = earlier.get(source.path);
      if (!entry || entry.hash !== hashOf(source) || !isFileCheck(entry) || (render && entry.html === undefined)) return undefined;
      const check = { findings: entry.findings, data: entry.data, ...(entry.html !== undefined ? { html: entry.html, language: entry.language ?? null } : {}) };
      hits.set(source.path, check);
      return check;
    },
    async save(files, fileChecks) {
      const entries: Record<string, Entry> = {};
      let changed = false;
      for (const source of files) {
        if (source.refused) continue;
        const fresh = fileChecks.get(source.path);
        if (fresh && !hits.has(source.path)) {
          if (fresh.outOfTime || !isJsonSafe(fresh.data)) continue;
          entries[source.path] = { hash: hashOf(source), findings: fresh.findings, data: fresh.data, ...(fresh.html !== undefined ? { html: fresh.html, language: fresh.language ?? null } : {}) };
          changed = true;
        } else {
          const entry = earlier.get(source.path);
          if (entry && (hits.has(source.path) || entry.hash === hashOf(source))) entries[source.path] = entry;
        }
      }
      if (!changed && Object.keys(entries).length === earlier.size) return;
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, JSON.stringify({ format: cacheFormat, key, files: entries }));
      await rename(temporary, file);
    },
  };
}

/**
 * The check as the shells run it: each group file with the pictures of its folder, per-file results
 * from the cache when `useCache` is set, the others computed (on worker threads too when there are
 * many), then the cross-file rules over all of them.
 */
export async function checkGroupFiles(
  root: string,
  groupFiles: readonly SourceFile[],
  options: CheckOptions & {
    useCache: boolean;
    pictures?: readonly Picture[];
  },
): Promise<CheckResult> {
  const organization = options.organization ?? defaultOrganization;
  const { files, unclaimed } = options.pictures ? attachPictures(groupFiles, options.pictures) : { files: groupFiles, unclaimed: [] };
  const cache = options.useCache ? await openCache(root, { today: options.today, organization }) : undefined;
  const isReported = options.isReported ?? (() => true);
  const cached = (file: SourceFile) => cache?.get(file, { render: options.render });
  const toCompute = files.filter((file) => isReported(file.path) && !cached(file));
  const computed =
    toCompute.length >= minFilesForWorkers && availableParallelism() > 1
      ? await checkFilesInParallel(toCompute, { today: options.today, organization, render: options.render })
      : undefined;
  const result = checkGroups(files, { clock: () => performance.now(), ...options, unclaimedPictures: unclaimed, known: (file) => cached(file) ?? computed?.get(file.path) });
  await cache?.save(files, result.fileChecks);
  return result;
}

/** The entries of the cache file, or none when it is missing, unreadable, corrupt, or made for another key. */
async function readEntries(file: string, key: string): Promise<Map<string, Entry>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return new Map();
  }
  if (!isRecord(parsed) || parsed.format !== cacheFormat || parsed.key !== key || !isRecord(parsed.files)) return new Map();
  const entries = new Map<string, Entry>();
  for (const [filePath, entry] of Object.entries(parsed.files)) {
    if (isRecord(entry) && typeof entry.hash === 'string') entries.set(filePath, entry as unknown as Entry);
  }
  return entries;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPosition = (value: unknown) => Number.isInteger(value) && (value as number) >= 1;

function isFinding(value: unknown): value is Finding {
  if (!isRecord(value) || typeof value.rule !== 'string' || !findRule(value.rule) || typeof value.message !== 'string') return false;
  const range = value.range;
  return isRecord(range) && isPosition(range.line) && isPosition(range.column) && isPosition(range.endLine) && isPosition(range.endColumn);
}

/** The shape of an entry, checked before it is used: the cache file is never trusted. */
function isFileCheck(entry: Entry): boolean {
  const value = entry as unknown as Record<string, unknown>;
  const html = value.html;
  const language = value.language;
  return (
    Array.isArray(value.findings) &&
    value.findings.every(isFinding) &&
    (value.data === undefined || (isRecord(value.data) && isJsonSafe(value.data))) &&
    (html === undefined || html === null || typeof html === 'string') &&
    (language === undefined || language === null || (typeof language === 'string' && /^[a-z]{2,3}$/.test(language)))
  );
}

/** Data that survives JSON unchanged: finite numbers, strings, booleans, null, arrays and plain objects. */
function isJsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined) return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (const item of value) if (item === undefined || !isJsonSafe(item)) return false;
    return true;
  }
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  // Every entry of a cache file is read through here: a loop over the keys, without the arrays of pairs Object.entries makes.
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (key === '__proto__' || item === undefined || !isJsonSafe(item)) return false;
  }
  return true;
}
