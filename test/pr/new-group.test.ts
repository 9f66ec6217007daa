/** `npm run new-group` without prompts: the file it writes passes the check as it is. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDraft, runNewGroup, saveDraft } from '../../scripts/new-group.ts';
import { exampleFiles, exampleToday } from '../../src/checker/examples.ts';
import { runCli } from '../../src/checker/node/cli.ts';
import { disclaimerStatement } from '../../src/config/organization.ts';

const groups = 'src/content/groups';
const zurichFlags = [
  '--name', 'CERN Alumni Zürich Group',
  '--type', 'regional',
  '--managed-by', 'alumni',
  '--visibility', 'private',
  '--summary', 'Alumni in and around Zürich meet for talks, {lab visits} and hikes.',
  '--region', 'Zürich, Switzerland',
  '--manager', 'Anna Muster:anna-muster',
  '--manager', 'Beat Beispiel:@beat-b',
  '--objective', 'Keep alumni around Zürich in touch with each other.',
  '--objective', 'Organise two talks a year.',
  '--join-criteria', 'Alumni who live or work around Zürich.',
  '--activity', '2026-09-12|Autumn hike on the Uetliberg|event|Zürich',
  '--activity', '2026-11|Winter lecture|event',
  '--website', 'https://zurich-alumni.example.org',
  '--social', 'linkedin:https://www.linkedin.com/groups/12345',
  '--today', exampleToday,
];

let root: string;
let stdout: string;
let stderr: string;
const io = () => ({ cwd: root, env: {}, stdin: { isTTY: false }, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
const check = (args: string[]) => runCli(args, { cwd: root, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'handbook-new-group-'));
  await mkdir(path.join(root, groups), { recursive: true });
  await writeFile(path.join(root, groups, 'lyon.mdx'), exampleFiles({ title: 'Lyon' })[0]!.content);
  stdout = '';
  stderr = '';
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('npm run new-group', () => {
  it('writes a group file that passes npm run check at once, with the disclaimer for its name and channels', async () => {
    expect(await runNewGroup(zurichFlags, io())).toBe(0);
    const file = `${groups}/cern-alumni-zurich-group.mdx`;
    expect(stdout).toContain(`Wrote ${file}.`);
    const text = await readFile(path.join(root, file), 'utf8');
    const collapsed = text.replace(/\s+/g, ' ');
    for (const kind of ['independence', 'website', 'social'] as const) expect(collapsed).toContain(disclaimerStatement(kind, 'CERN Alumni Zürich Group'));
    expect(text).toContain('github: beat-b\n');
    expect(text).toContain('\\{lab visits\\}');

    stdout = '';
    expect(await check([file, '--today', exampleToday, '--format', 'json'])).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ checked: 1, diagnostics: [] });
  });

  it('takes the file name from --slug', async () => {
    expect(await runNewGroup([...zurichFlags, '--slug', 'zurich'], io())).toBe(0);
    expect(await readFile(path.join(root, groups, 'zurich.mdx'), 'utf8')).toContain('name: CERN Alumni Zürich Group');
  });

  it('refuses to overwrite an existing file', async () => {
    await writeFile(path.join(root, groups, 'zurich.mdx'), 'mine');
    expect(await runNewGroup([...zurichFlags, '--slug', 'zurich'], io())).toBe(2);
    expect(stderr).toContain('zurich.mdx already exists');
    expect(await readFile(path.join(root, groups, 'zurich.mdx'), 'utf8')).toBe('mine');
  });

  it('exits 2, naming every bad flag, and writes nothing', async () => {
    const status = await runNewGroup(
      ['--name', 'CERN Alumni Lyon Group', '--type', 'regonal', '--manager', 'Anna Muster:anna-muster', '--activity', '2026-13-01|Picnic|party', '--website', 'http://x.example.org', '--today', exampleToday],
      io(),
    );
    expect(status).toBe(2);
    for (const flag of ['--name', '--type', '--managed-by', '--visibility', '--summary', '--manager', '--objective', '--activity', '--website']) expect(stderr).toContain(flag);
    expect(stderr).toContain('Another group already has this name');
    expect(stderr).toContain('--type must be one of: scientific-collaboration, regional,');
  });

  it('judges each answer with every rule as it is given, in the checker’s own words', async () => {
    const flags = [...zurichFlags];
    flags[flags.indexOf('--summary') + 1] = 'Alumni around Zürich meet; write to anna.muster@example.org to join.';
    flags[flags.indexOf('--join-criteria') + 1] = 'Women who live or work around Zürich.';
    flags[flags.indexOf('--website') + 1] = 'https://chat.whatsapp.com/Hx7pQ2abcDEF';
    expect(await runNewGroup(flags, io())).toBe(2);
    expect(stderr).toContain('--summary: Remove the e-mail address "anna.muster@example.org"');
    expect(stderr).toContain('--join-criteria: The join criteria select people by gender ("Women")');
    expect(stderr).toContain('--website: Remove this channel to a messaging-app group');
  });

  it('judges the name, the managers\' user names and the dates with every rule too, the dates on the day given', async () => {
    const flags = [...zurichFlags, '--last-activity', '2024-01-10', '--plan-year', '2024'];
    flags[flags.indexOf('--name') + 1] = 'CERN Alumni Example Group';
    flags[flags.indexOf('--manager') + 1] = 'Anna Muster:first-manager';
    for (const [index, flag] of flags.entries()) if (flag === '--activity') flags[index + 1] = flags[index + 1]!.replace(/^\d{4}/, '2024');
    expect(await runNewGroup(flags, io())).toBe(2);
    expect(stderr).toContain('--name: Replace the template’s example text "Example Group" in name');
    expect(stderr).toContain('--manager: Replace the template’s example text "first-manager"');
    expect(stderr).toContain('--last-activity: The last activity was on 2024-01-10, more than 12 months ago');
    expect(stderr).toContain('--plan-year: The annual plan is for 2024, which is over.');
  });

  it('keeps the answers given so far in a draft, which a later run offers again', async () => {
    await saveDraft(root, { name: 'CERN Alumni Zürich Group', summary: 'Alumni in and around Zürich meet.' });
    expect(await loadDraft(root)).toEqual({ name: 'CERN Alumni Zürich Group', summary: 'Alumni in and around Zürich meet.' });
    // A group written at last leaves no draft behind.
    expect(await runNewGroup(zurichFlags, io())).toBe(0);
    expect(await loadDraft(root)).toBeUndefined();
  });

  it('exits 2 for an unknown flag, and when there is neither a flag nor a terminal', async () => {
    expect(await runNewGroup(['--colour', 'blue'], io())).toBe(2);
    expect(await runNewGroup([], io())).toBe(2);
    expect(stderr).toContain('no terminal');
  });
});
