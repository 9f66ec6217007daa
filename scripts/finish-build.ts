/**
 * `npm run build`'s last step, once Astro has written the site and exited (scripts/build.ts): the search
 * index (search-index.ts) and the group editor's script (editor-script.ts), side by side, each in a
 * process of its own. Neither needs Astro, and run after it, their memory never adds to its own.
 *
 * Usage: finish-build.ts [SITE_FOLDER] (default dist).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const steps = ['search-index.ts', 'editor-script.ts'];

const exitCodes = await Promise.all(
  steps.map(
    (step) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL(step, import.meta.url)), ...process.argv.slice(2)], { stdio: 'inherit' });
        child.once('error', (error) => {
          console.error(`${step} could not start: ${error.message}`);
          resolve(1);
        });
        child.once('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
      }),
  ),
);
if (exitCodes.some((code) => code !== 0)) process.exitCode = 1;
