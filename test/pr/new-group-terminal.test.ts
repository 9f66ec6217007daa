/**
 * `npm run new-group` in a real terminal: the prompts run in a pseudo-terminal that util-linux's
 * `script` opens, keys are typed into it, and the screen is read back. Without `script` these tests are
 * skipped, and say so.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFiles } from '../../src/checker/examples.ts';

const wizard = fileURLToPath(new URL('../../scripts/new-group.ts', import.meta.url));
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn('SKIPPED: the new-group terminal tests need util-linux `script` to open a pseudo-terminal.');

const keys = { enter: '\r', down: '\x1b[B', interrupt: '\x03' };

/** The wizard in a pseudo-terminal of 110 columns: what it shows (without escape sequences), and a way to type. */
function startWizard(cwd: string) {
  const command = `stty cols 110 rows 40; exec ${JSON.stringify(process.execPath)} --experimental-strip-types --no-warnings ${JSON.stringify(wizard)}`;
  const child: ChildProcessWithoutNullStreams = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let screen = '';
  child.stdout.on('data', (data: Buffer) => (screen += data.toString('utf8')));
  const shown = () => screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    shown,
    exited,
    /** Waits until the screen shows `text` after what it showed when the last key was typed. */
    async waitFor(text: string, from = 0) {
      for (let waited = 0; waited < 20_000; waited += 50) {
        if (shown().indexOf(text, from) >= 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`The wizard never showed "${text}". Last shown:\n${shown().slice(-800)}`);
    },
    type(text: string) {
      const at = shown().length;
      child.stdin.write(text);
      return at;
    },
    stop: () => child.kill(),
  };
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'handbook-new-group-terminal-'));
  await mkdir(path.join(root, 'src/content/groups'), { recursive: true });
  await writeFile(path.join(root, 'src/content/groups/lyon.mdx'), exampleFiles({ title: 'Lyon' })[0]!.content);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe.skipIf(!hasScript)('npm run new-group in a terminal', () => {
  it('sends an answer back with the checker’s message, and keeps it as typed through an interruption for the next run', async () => {
    const first = startWizard(root);
    try {
      await first.waitFor("The group's full name");
      let at = first.type(`CERN Alumni Annecy Group${keys.enter}`);
      await first.waitFor('Short name for the file', at);
      at = first.type(keys.enter);
      await first.waitFor('Type', at);
      at = first.type(`${keys.down}${keys.enter}`);
      await first.waitFor('Who runs it', at);
      at = first.type(keys.enter);
      await first.waitFor('Who may join', at);
      at = first.type(keys.enter);
      await first.waitFor('One sentence saying what the group is', at);
      const summary = 'Alumni around Annecy; write to anne.martin@example.org to join.';
      at = first.type(`${summary}${keys.enter}`);
      await first.waitFor('Remove the e-mail address "anne.martin@example.org"', at);
      at = first.type(keys.interrupt);
      await first.waitFor('Your answers are kept', at);
      await first.exited;
      const draft = JSON.parse(await readFile(path.join(root, '.cache/new-group-draft.json'), 'utf8'));
      expect(draft).toMatchObject({ name: 'CERN Alumni Annecy Group', slug: 'cern-alumni-annecy-group', type: 'regional', unfinished: { question: 'One sentence saying what the group is', text: summary } });
    } finally {
      first.stop();
    }

    const second = startWizard(root);
    try {
      await second.waitFor('Continue the group you started, "CERN Alumni Annecy Group"?');
      let at = second.type(keys.enter);
      await second.waitFor("The group's full name", at);
      // Each answer given before is offered again as it was; the summary sent back comes back as typed.
      for (const question of ['Short name for the file', 'Type', 'Who runs it', 'Who may join']) {
        at = second.type(keys.enter);
        await second.waitFor(question, at);
      }
      at = second.type(keys.enter);
      await second.waitFor('One sentence saying what the group is', at);
      await second.waitFor('write to anne.martin@example.org to join.', at);
    } finally {
      second.stop();
      await second.exited;
    }
  }, 60_000);
});
