/**
 * A step of the build run in a Node process of its own, so that its memory goes back to the system
 * when it ends and Astro's process goes on meanwhile: the group check (site-check.ts) and the group
 * editor's bundle (editor-script.ts). The step's module runs `answerStep` and sends back one message,
 * its result or why it failed. Node runs the module directly, stripping its types, whatever process
 * started it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { workerEnvironment } from '../checker/node/worker-environment.ts';

type StepMessage<T> = { result: T } | { error: string };

/** How the step's failures are worded: "The group check could not run: …", "The group check stopped (exit 1) before it finished." */
export interface StepWords {
  couldNot: string;
  stopped: string;
}

/** Starts the step's module with its input, and settles with its result. */
export function runStep<T>(module: URL, input: unknown, words: StepWords): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(module), [JSON.stringify(input)], {
      execArgv: ['--experimental-strip-types', '--no-warnings=ExperimentalWarning'],
      env: workerEnvironment(),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.once('message', (message: StepMessage<T>) => {
      settled = true;
      if ('result' in message) resolve(message.result);
      else reject(new Error(`${words.couldNot}: ${message.error}`));
    });
    child.once('error', (error) => {
      settled = true;
      reject(error);
    });
    child.once('exit', (code, signal) => {
      if (!settled) reject(new Error(`${words.stopped} (${signal ?? `exit ${code}`}) before it finished.`));
    });
  });
}

/**
 * The step's side: runs `work` on the input it was started with and sends back its result, or the
 * failure as `describe` words it. A build that stops (an error, Ctrl-C) closes the channel, and the
 * step stops with it.
 */
export async function answerStep<I, T>(work: (input: I) => Promise<T>, describe: (error: Error) => string): Promise<void> {
  process.once('disconnect', () => process.exit());
  const input = JSON.parse(process.argv[2] ?? '{}') as I;
  const message: StepMessage<T> = await work(input).then(
    (result) => ({ result }),
    (error: unknown) => ({ error: error instanceof Error ? describe(error) : String(error) }),
  );
  process.send?.(message, () => process.disconnect());
}
