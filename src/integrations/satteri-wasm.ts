/**
 * The WebAssembly build of Sätteri, the parser the checker and the site share, for the group editor's
 * page: with it the browser runs the very checker the command line runs.
 *
 * npm installs it only on a WebAssembly "CPU" (it is one of Sätteri's optional platform packages), so
 * no `npm ci` on a real machine brings it. It is fetched here instead, with npm's own `npm pack` (which
 * uses npm's cache and registry settings), at exactly the version and integrity that package-lock.json
 * records for it, and kept in node_modules/.cache. When it cannot be had (no registry, a lock without
 * it), the site is still built: the editor then says that the check runs on the pull request.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const packageName = '@bruits/satteri-wasm32-wasi';
const wasmFile = 'satteri_napi.wasm32-wasi.wasm';

export interface LockedPackage {
  version: string;
  integrity: string;
}

/** The version and integrity package-lock.json records for the WebAssembly build. */
export function lockedWasmPackage(lockText: string): LockedPackage | undefined {
  const lock = JSON.parse(lockText) as { packages?: Record<string, { version?: string; integrity?: string }> };
  const entry = lock.packages?.[`node_modules/${packageName}`];
  return entry?.version && entry.integrity ? { version: entry.version, integrity: entry.integrity } : undefined;
}

/** Whether the bytes are those the integrity string (`sha512-<base64>`) names. */
export function matchesIntegrity(bytes: Uint8Array, integrity: string): boolean {
  const [algorithm, expected] = integrity.split('-', 2) as [string, string | undefined];
  if (!expected || !['sha512', 'sha384', 'sha256'].includes(algorithm)) return false;
  return createHash(algorithm).update(bytes).digest('base64') === expected;
}

/** What the editor does when the WebAssembly file could not be had, and why. */
export const editorWithoutWasm = (problem: string) => `The group editor will check files only on the pull request: ${problem}.`;

/**
 * The path of the WebAssembly file, fetched first when it is not in the cache yet; or the reason it
 * could not be had.
 */
export async function satteriWasm(root: string): Promise<{ path: string } | { problem: string }> {
  let locked: LockedPackage | undefined;
  try {
    locked = lockedWasmPackage(await readFile(path.join(root, 'package-lock.json'), 'utf8'));
  } catch {
    locked = undefined;
  }
  if (!locked) return { problem: `package-lock.json records no ${packageName}` };
  const folder = path.join(root, 'node_modules/.cache/alumni-handbook', `satteri-wasm-${locked.version}`);
  const target = path.join(folder, wasmFile);
  try {
    await access(target, constants.R_OK);
    return { path: target };
  } catch {
    // Not fetched yet.
  }
  await mkdir(path.dirname(folder), { recursive: true });
  const scratch = await mkdtemp(path.join(path.dirname(folder), '.satteri-wasm-'));
  try {
    const run = promisify(execFile);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { stdout } = await run(npm, ['pack', `${packageName}@${locked.version}`, '--pack-destination', scratch, '--json', '--ignore-scripts'], { cwd: scratch, timeout: 120_000, shell: process.platform === 'win32' });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) return { problem: `npm pack gave no file for ${packageName}@${locked.version}` };
    const archive = path.join(scratch, packed.filename);
    if (!matchesIntegrity(await readFile(archive), locked.integrity)) return { problem: `${packageName}@${locked.version} does not match the integrity in package-lock.json` };
    await run('tar', ['-xzf', archive, '-C', scratch, `package/${wasmFile}`], { timeout: 60_000 });
    await mkdir(folder, { recursive: true });
    // Renamed into place whole, so that a build never sees half a file.
    await rename(path.join(scratch, 'package', wasmFile), target);
    return { path: target };
  } catch (error) {
    return { problem: `could not fetch ${packageName}@${locked.version} (${(error as Error).message.split('\n')[0]})` };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
