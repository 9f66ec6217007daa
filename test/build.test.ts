/**
 * The build gate end to end: `astro build` in a copy of the project refuses an invalid or hostile
 * group before anything is compiled, names file:line, and writes no page; a hostile file's code never runs.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeBodyProblems, mdxGuard } from '../src/integrations/mdx-guard.ts';
import { copyProject } from './helpers/project.ts';

const marker = path.join(tmpdir(), `handbook-hostile-marker-${process.pid}`);

const hostileGroup = `---
name: Hostile Example Group
type: other
managedBy: organization
visibility: public
summary: A group file that tries to run code while the site is built.
managers:
  - name: Mallory Example
    github: mallory-example
  - name: Trent Example
    github: trent-example
objectives:
  - Run code on the build machine.
lastActivity: 2026-10-01
annualPlan:
  year: 2026
  activities:
    - title: Break in
      date: 2026-12
      kind: other
---

import fs from 'node:fs';
export const written = fs.writeFileSync(${JSON.stringify(marker)}, 'esm ran');

Members: {fs.writeFileSync(${JSON.stringify(`${marker}-expression`)}, 'expression ran')}

<script>alert(document.cookie)</script>
`;

function astroBuild(root: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/astro'),
      ['build'],
      { cwd: root, env: { ...process.env, HANDBOOK_TODAY: '2026-11-21', NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('astro build with a hostile group file', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let build: { code: number; output: string };
  beforeAll(async () => {
    project = await copyProject();
    await writeFile(path.join(project.root, 'src/content/groups/hostile.mdx'), hostileGroup);
    build = await astroBuild(project.root);
  }, 120_000);
  afterAll(() => project.cleanup());

  it('fails with a non-zero exit', () => {
    expect(build.code).not.toBe(0);
  });

  it('names each offending line with its rule', () => {
    const lines = hostileGroup.split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    expect(build.output).toContain(`src/content/groups/hostile.mdx:${lineOf('import fs')}:1  error`);
    expect(build.output).toContain(`src/content/groups/hostile.mdx:${lineOf('export const')}:1  error`);
    expect(build.output).toMatch(new RegExp(`hostile\\.mdx:${lineOf('Members:')}:\\d+  error .*mdx-expression`));
    expect(build.output).toContain(`src/content/groups/hostile.mdx:${lineOf('<script>')}:1  error`);
    expect(build.output).toContain('so no site was built');
  });

  it('writes no page and never runs the file\'s code', () => {
    expect(existsSync(path.join(project.root, 'dist'))).toBe(false);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(`${marker}-expression`)).toBe(false);
  });
});

describe('the MDX guard', () => {
  it('refuses the hostile body with every security rule, before compilation', () => {
    const problems = unsafeBodyProblems('src/content/groups/hostile.mdx', hostileGroup).join('\n');
    for (const rule of ['mdx-esm', 'mdx-expression', 'mdx-element']) expect(problems).toContain(`(${rule})`);
  });

  it('refuses a javascript: link', () => {
    const text = hostileGroup.split('\n---\n')[0] + '\n---\n\n[Join](javascript:alert(1))\n';
    expect(unsafeBodyProblems('x.mdx', text).join('\n')).toContain('(unsafe-url)');
  });

  it('lets a safe body through', async () => {
    const text = await readFile(path.join(import.meta.dirname, '../src/content/groups/lyon.mdx'), 'utf8');
    expect(unsafeBodyProblems('lyon.mdx', text)).toEqual([]);
  });

  it('stops Vite from loading an unsafe group file and leaves other files alone', async () => {
    const project = await copyProject();
    try {
      const groupsFolder = path.join(project.root, 'src/content/groups');
      const hostilePath = path.join(groupsFolder, 'hostile.mdx');
      await writeFile(hostilePath, hostileGroup);
      const plugin = mdxGuard(groupsFolder);
      const load = plugin.load as (this: { error(message: string): never }, id: string) => Promise<null>;
      const context = { error: (message: string): never => { throw new Error(message); } };
      await expect(load.call(context, `${hostilePath}?astroContentCollectionEntry=true`)).rejects.toThrow(/Refusing to compile[\s\S]*mdx-esm/);
      await expect(load.call(context, path.join(groupsFolder, 'lyon.mdx'))).resolves.toBeNull();
      await expect(load.call(context, path.join(project.root, 'src/pages/index.astro'))).resolves.toBeNull();
    } finally {
      await project.cleanup();
    }
  });
});

describe('astro build with an invalid group file', () => {
  it('fails naming file:line, and leaves no site', async () => {
    const project = await copyProject();
    try {
      const lyon = path.join(project.root, 'src/content/groups/lyon.mdx');
      const text = await readFile(lyon, 'utf8');
      await writeFile(lyon, text.replace(/^type: regional$/m, 'type: regonal'));
      const { code, output } = await astroBuild(project.root);
      expect(code).not.toBe(0);
      const line = text.split('\n').findIndex((l) => l === 'type: regional') + 1;
      expect(output).toContain(`src/content/groups/lyon.mdx:${line}:7  error`);
      expect(output).toContain('Did you mean "regional"?');
      expect(existsSync(path.join(project.root, 'dist'))).toBe(false);
    } finally {
      await project.cleanup();
    }
  }, 120_000);
});
