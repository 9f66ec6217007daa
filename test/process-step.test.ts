import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStep } from '../src/integrations/process-step.ts';

const words = { couldNot: 'The test step could not run', stopped: 'The test step stopped' };
const stepModule = pathToFileURL(path.resolve('src/integrations/process-step.ts')).href;

describe('a build step in a process of its own', () => {
  let folder: string;
  const step = async (name: string, body: string) => {
    const file = path.join(folder, `${name}.ts`);
    await writeFile(file, `import { answerStep } from ${JSON.stringify(stepModule)};\n${body}\n`);
    return pathToFileURL(file);
  };
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'process-step-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('gets the result the step computed from its input, structured data included', async () => {
    const module = await step('doubles', 'await answerStep(async ({ n }: { n: number }) => ({ doubled: n * 2, seen: new Set([n]) }), (error) => error.message);');
    await expect(runStep(module, { n: 21 }, words)).resolves.toEqual({ doubled: 42, seen: new Set([21]) });
  });

  it("fails with the step's own words for why it could not run", async () => {
    const module = await step('throws', "await answerStep(async () => { throw new Error('no entry'); }, (error) => `it said ${error.message}`);");
    await expect(runStep(module, {}, words)).rejects.toThrow('The test step could not run: it said no entry');
  });

  it('fails, naming how, when the step ends before it answers', async () => {
    const module = await step('exits', 'process.exit(3);');
    await expect(runStep(module, {}, words)).rejects.toThrow('The test step stopped (exit 3) before it finished.');
  });
});
