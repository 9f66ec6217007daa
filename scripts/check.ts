/** `npm run check`: the compliance checker's command line. See src/checker/node/cli.ts. */
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
// Node keeps the compiled (and type-stripped) checker between runs, which saves a third of its
// start-up. It caches code, not results, but --no-cache means no cache of any kind.
if (!args.includes('--no-cache')) module.enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/alumni-handbook/compiled', import.meta.url)));

const { runCli } = await import('../src/checker/node/cli.ts');
process.exitCode = await runCli(args, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
