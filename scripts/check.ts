/** `npm run check`: the compliance checker's command line. See src/checker/node/cli.ts. */
import { runCli } from '../src/checker/node/cli.ts';

process.exitCode = await runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
