import { runCli } from '../../src/checker/node/cli.ts';

/** `npm run check` in-process, in the given project folder, with its output captured. */
export async function runCheck(root: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    cwd: root,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}
