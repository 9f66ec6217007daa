/**
 * Group files are data, never code, end to end: `astro build` and `astro dev` in copies of the project
 * with hostile group files whose payloads would write a marker file if anything compiled or ran them.
 * Every payload is either refused by the check at its line or published as inert text; no marker is
 * ever written; and Vite never loads a module from the groups folder (a probe plugin records every id).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../src/checker/examples.ts';
import { copyProject } from './helpers/project.ts';

const marker = path.join(tmpdir(), `handbook-hostile-marker-${process.pid}`);
const write = (suffix: string) => `require('node:fs').writeFileSync(${JSON.stringify(`${marker}-${suffix}`)}, 'ran')`;
const markersWritten = () => ['esm', 'expression', 'table', 'footnote', 'script', 'escaped', 'code', 'carriage'].filter((suffix) => existsSync(`${marker}-${suffix}`));

const validGroup = exampleFiles({ title: 'base' })[0]?.content as string;
const frontMatter = validGroup.slice(0, validGroup.indexOf('\n---\n') + 5);
const named = (slug: string) => frontMatter.replaceAll('CERN Alumni Lyon Group', `CERN Alumni ${slug} Group`).replace('Lyon, France', `${slug}, France`);
const groupWith = (slug: string, body: string) => `${named(slug)}\n${body}`;

/** Hostile bodies the checker must refuse, each with the line and rule it must be refused at. */
const refused: Record<string, { body: string; at: string; rule: string }> = {
  esm: { body: `import fs from 'node:fs';\nexport const done = ${write('esm')};\n`, at: 'export const', rule: 'mdx-esm' },
  expression: { body: `We have {${write('expression')}} members.\n`, at: 'We have', rule: 'mdx-expression' },
  table: { body: `| Event | When |\n|---|---|\n| Picnic | {${write('table')}} |\n`, at: '| Picnic', rule: 'mdx-expression' },
  footnote: { body: `We meet often.[^1]\n\n[^1]: {${write('footnote')}}\n`, at: '[^1]:', rule: 'mdx-expression' },
  script: { body: `<img src=x onerror=alert(document.domain)>\n\n<script>${write('script')}</script>\n`, at: '<script>', rule: 'mdx-element' },
};

/** Hostile-looking bodies the checker accepts: they are published as the text they are. */
const inert: Record<string, { body: string; shows: string }> = {
  escaped: { body: `We write \\{${write('escaped')}\\} and \\<script\\> as text.\n`, shows: `We write {${write('escaped')}} and &lt;script&gt; as text.` },
  code: { body: "Our build script:\n\n```js\nimport fs from 'node:fs';\n" + `${write('code')};\n` + '```\n', shows: `<code class="language-js">import fs from 'node:fs';\n${write('code')};` },
};

/** A config that adds a probe to the project's own: every module id Vite loads from the groups folder is written to a file. */
async function addProbe(root: string): Promise<string> {
  const log = path.join(root, 'group-modules.log');
  await writeFile(
    path.join(root, 'probe.config.mjs'),
    `import { appendFileSync } from 'node:fs';
import config from './astro.config.mjs';
const probe = { name: 'group-module-probe', enforce: 'pre', load(id) { if (id.includes('/src/content/groups/')) appendFileSync(${JSON.stringify(log)}, id + '\\n'); return null; } };
export default { ...config, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), probe] } };
`,
  );
  return log;
}

/** The test runner's own variables (NODE_ENV=test among them) are left out: Astro's dev server serves no page under them. */
const environment = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
  HANDBOOK_TODAY: '2026-11-21',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ASTRO_TELEMETRY_DISABLED: '1',
};

function astroBuild(root: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(path.join(root, 'node_modules/.bin/astro'), ['build', '--config', 'probe.config.mjs'], { cwd: root, env: environment, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const loadedGroupModules = async (log: string) => (existsSync(log) ? (await readFile(log, 'utf8')).trim().split('\n') : []);

/** A copy of the project with these group files (slug → text) added, with the probe, built. */
async function buildWith(groups: Record<string, string>) {
  const project = await copyProject();
  const probeLog = await addProbe(project.root);
  for (const [slug, text] of Object.entries(groups)) await writeFile(path.join(project.root, `src/content/groups/${slug}.mdx`), text);
  return { project, probeLog, build: await astroBuild(project.root) };
}

describe('astro build with hostile group files the checker refuses', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let build: { code: number; output: string };
  let probeLog: string;
  beforeAll(async () => {
    ({ project, probeLog, build } = await buildWith({
      ...Object.fromEntries(Object.entries(refused).map(([slug, { body }]) => [slug, groupWith(slug, body)])),
      // Carriage returns alone for line breaks: the checker and the site read the same normalised text.
      carriage: groupWith('carriage', `Hello\n\n{${write('carriage')}}\n`).replaceAll('\n', '\r'),
    }));
  }, 120_000);
  afterAll(() => project.cleanup());

  it('fails with a non-zero exit and writes no site', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('so no site was built');
    expect(existsSync(path.join(project.root, 'dist'))).toBe(false);
  });

  it.each(Object.entries(refused))('refuses the %s payload at its line, with its rule', (slug, { body, at, rule }) => {
    const text = groupWith(slug, body);
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith(at)) + 1;
    expect(build.output).toMatch(new RegExp(`src/content/groups/${slug}\\.mdx:${line}:\\d+ {2}error {4}.* {2}${rule}\\n`));
  });

  it('refuses the payload of a file with carriage returns alone at its line', () => {
    const line = groupWith('carriage', '').split('\n').length + 2;
    expect(build.output).toMatch(new RegExp(`src/content/groups/carriage\\.mdx:${line}:1 {2}error {4}.* {2}mdx-expression`));
  });

  it('never runs a payload, and never loads a group file as a module', async () => {
    expect(markersWritten()).toEqual([]);
    expect(await loadedGroupModules(probeLog)).toEqual([]);
  });
});

describe('astro build with hostile-looking text the checker accepts', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let build: { code: number; output: string };
  let probeLog: string;
  beforeAll(async () => {
    ({ project, probeLog, build } = await buildWith(Object.fromEntries(Object.entries(inert).map(([slug, { body }]) => [slug, groupWith(slug, body)]))));
  }, 120_000);
  afterAll(() => project.cleanup());

  it('builds the site', () => {
    expect(build.code, build.output).toBe(0);
  });

  it.each(Object.entries(inert))('publishes the %s payload as text', async (slug, { shows }) => {
    const page = await readFile(path.join(project.root, `dist/groups/${slug}/index.html`), 'utf8');
    expect(page).toContain(shows);
  });

  it('never runs a payload, never loads a group file as a module, and emits no script built from one', async () => {
    expect(markersWritten()).toEqual([]);
    expect(await loadedGroupModules(probeLog)).toEqual([]);
    const scripts = (await readdirRecursive(path.join(project.root, 'dist'))).filter((file) => /\.m?js$/.test(file));
    for (const script of scripts) expect(await readFile(script, 'utf8'), script).not.toContain('writeFileSync');
  });
});

async function readdirRecursive(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('astro dev with hostile group files', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let server: ReturnType<typeof spawn>;
  let output = '';
  let address = '';
  let probeLog: string;
  const groupsFolder = () => path.join(project.root, 'src/content/groups');

  beforeAll(async () => {
    project = await copyProject();
    probeLog = await addProbe(project.root);
    await writeFile(path.join(groupsFolder(), 'expression.mdx'), groupWith('expression', refused.expression?.body ?? ''));
    await writeFile(path.join(groupsFolder(), 'escaped.mdx'), groupWith('escaped', inert.escaped?.body ?? ''));
    server = spawn(process.execPath, [path.join(project.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', 'probe.config.mjs', '--host', '127.0.0.1', '--port', '0'], { cwd: project.root, env: environment });
    address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      };
      server.stdout?.on('data', read);
      server.stderr?.on('data', read);
    });
  }, 90_000);
  afterAll(async () => {
    server.kill();
    await project.cleanup();
  });

  const status = async (page: string) => (await fetch(new URL(page, address))).status;
  const waitFor = async (condition: () => Promise<boolean>) => {
    for (let tries = 0; tries < 100; tries++) {
      if (await condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  };

  it('prints the checker\'s messages for a file with errors and does not serve it', async () => {
    expect(await status('/groups/escaped/')).toBe(200);
    const calendar = await fetch(new URL('/groups/escaped.ics', address));
    expect(calendar.status).toBe(200);
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    const file = await fetch(new URL('/groups/escaped.mdx', address));
    expect(file.status).toBe(200);
    const written = groupWith('escaped', inert.escaped?.body ?? '');
    expect(written).toMatch(/^ +github: \S/m);
    expect(await file.text()).toBe(written.replace(/^([ \t]*(?:-[ \t]+)?github:).*$/gm, '$1'));
    expect(await status('/groups/expression/')).toBe(404);
    expect(await status('/groups/expression.mdx')).toBe(404);
    expect(await status('/groups/expression.ics')).toBe(404);
    const line = groupWith('expression', refused.expression?.body ?? '').split('\n').findIndex((text) => text.startsWith('We have')) + 1;
    expect(output).toContain(`src/content/groups/expression.mdx:${line}:9  error    Remove the {…} expression`);
    expect(output).not.toMatch(/at .*node_modules.*\n\s+at /);
  }, 30_000);

  it('judges a changed file at once: an error takes its page down, and the fix brings it back', async () => {
    const file = path.join(groupsFolder(), 'escaped.mdx');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('as text.', `as text. {${write('escaped')}}`));
    expect(await waitFor(async () => (await status('/groups/escaped/')) === 404)).toBe(true);
    expect(output).toMatch(/src\/content\/groups\/escaped\.mdx:\d+:\d+ {2}error {4}Remove the \{…\} expression/);
    await writeFile(file, text);
    expect(await waitFor(async () => (await status('/groups/escaped/')) === 200)).toBe(true);
  }, 60_000);

  it('never runs a payload and never loads a group file as a module', async () => {
    expect(markersWritten()).toEqual([]);
    expect(await loadedGroupModules(probeLog)).toEqual([]);
  });
});

describe('astro build with an invalid group file', () => {
  it('fails naming file:line, and leaves no site', async () => {
    const project = await copyProject();
    try {
      await addProbe(project.root);
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
