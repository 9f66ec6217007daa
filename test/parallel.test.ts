/** The per-file part of a large check runs on worker threads (src/checker/node/parallel.ts): it must change nothing but the time. */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/checker/engine.ts';
import { checkFilesInParallel } from '../src/checker/node/parallel.ts';
import { syntheticGroups } from '../src/checker/node/synthetic.ts';
import { organization } from '../src/config/organization.ts';

const today = '2026-06-15';

describe('checking files on worker threads', () => {
  it('gives every file exactly the results this thread gives it, problems and all', async () => {
    const files = syntheticGroups(240, { today, seed: 7 }).map((group, index) => {
      // Every tenth file publishes an address, and one has front matter that cannot be read.
      const content = index === 3 ? group.content.replace('name:', 'name: "unclosed') : index % 10 === 0 ? `${group.content}\nWrite to someone@example.org.\n` : group.content;
      return { path: `src/content/groups/${group.fileName}`, content: Buffer.from(content) };
    });
    const parallel = await checkFilesInParallel(files, { today, organization, workers: 2, render: true });
    expect(parallel.size).toBe(files.length);
    const withFindings = files.filter((file) => (parallel.get(file.path)?.findings.length ?? 0) > 0);
    expect(withFindings.length).toBeGreaterThanOrEqual(files.length / 10);
    for (const file of files) expect(parallel.get(file.path), file.path).toEqual(checkFile(file, { today, organization, render: true }));
  });

  it('checks every file of a large check, where this thread leaves the checking to the workers once they have started', async () => {
    const files = syntheticGroups(5000, { today, seed: 11 }).map((group) => ({ path: `src/content/groups/${group.fileName}`, content: Buffer.from(group.content) }));
    const parallel = await checkFilesInParallel(files, { today, organization });
    expect([...parallel.keys()].sort()).toEqual(files.map((file) => file.path).sort());
    for (const file of files.filter((_, index) => index % 50 === 0)) expect(parallel.get(file.path), file.path).toEqual(checkFile(file, { today, organization }));
  }, 60_000);
});
