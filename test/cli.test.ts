import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFiles } from '../src/checker/examples.ts';
import { runCheck } from './helpers/run-check.ts';
import { emptyProject, projectRoot } from './helpers/project.ts';

const groups = 'src/content/groups';
const validGroup = exampleFiles({ title: 'valid' })[0]!.content as string;
const oneManager = validGroup.replace(/ {2}- name: Karim Haddad\n {4}github: khaddad\n/, '');
const stalePlan = validGroup.replace('year: 2026', 'year: 2025').replace('date: 2026-07-04', 'date: 2025-07-04');

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ root, cleanup } = await emptyProject());
  await mkdir(path.join(root, groups), { recursive: true });
});
afterEach(() => cleanup());

const write = (name: string, text: string) => writeFile(path.join(root, groups, name), text);

describe('npm run check', () => {
  it('exits 0 and reports nothing for valid groups', async () => {
    await write('lyon.mdx', validGroup);
    const { status, stdout } = await runCheck(root, ['--today', '2026-06-15']);
    expect(status).toBe(0);
    expect(stdout).toContain('1 group file checked, no problems');
  });

  it('reports managers-count at the managers: line in JSON, and exits 1', async () => {
    await write('lyon.mdx', oneManager);
    const { status, stdout } = await runCheck(root, ['--format', 'json', '--today', '2026-06-15']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['version', 'today', 'checked', 'summary', 'diagnostics']));
    expect(report).toMatchObject({ version: 1, today: '2026-06-15', checked: 1, summary: { errors: 1, warnings: 0 } });
    const managersLine = oneManager.split('\n').indexOf('managers:') + 1;
    expect(report.diagnostics).toEqual([
      {
        file: 'src/content/groups/lyon.mdx',
        line: managersLine,
        column: 1,
        endLine: managersLine,
        endColumn: 9,
        rule: 'managers-count',
        severity: 'error',
        message: 'A group needs 2 or 3 managers; this one lists 1. Add a co-manager.',
        url: '/guidelines/managing-a-group/#managers',
      },
    ]);
  });

  it('refuses a group renamed to a hidden file or moved into a hidden folder, instead of dropping it', async () => {
    await write('.lyon.mdx', validGroup);
    await mkdir(path.join(root, groups, '.old'), { recursive: true });
    await write('.old/paris.mdx', validGroup.replaceAll('Lyon Group', 'Paris Group'));
    const { status, stdout } = await runCheck(root, ['--format', 'json', '--today', '2026-06-15']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).diagnostics.map(({ file, rule }: { file: string; rule: string }) => ({ file, rule }))).toEqual([
      { file: 'src/content/groups/.lyon.mdx', rule: 'slug' },
      { file: 'src/content/groups/.old/paris.mdx', rule: 'slug' },
    ]);
  });

  it('makes time rules warnings over all groups and errors for named files', async () => {
    await write('lyon.mdx', stalePlan);
    const all = await runCheck(root, ['--format', 'json', '--today', '2026-06-15']);
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout).diagnostics).toMatchObject([{ rule: 'annual-plan-current', severity: 'warning' }]);
    const named = await runCheck(root, [`${groups}/lyon.mdx`, '--format', 'json', '--today', '2026-06-15']);
    expect(named.status).toBe(1);
    expect(JSON.parse(named.stdout).diagnostics).toMatchObject([{ rule: 'annual-plan-current', severity: 'error' }]);
  });

  it('reports only on named paths but judges unique names against every group', async () => {
    await write('lyon.mdx', validGroup);
    await write('lyon-too.mdx', validGroup);
    await write('broken.mdx', oneManager.replace('CERN Alumni Lyon Group', 'Another Group'));
    const { status, stdout } = await runCheck(root, [`${groups}/lyon-too.mdx`, '--format', 'json', '--today', '2026-06-15']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.checked).toBe(1);
    expect(report.diagnostics.map((d: { file: string; rule: string }) => [d.file, d.rule])).toEqual([[`${groups}/lyon-too.mdx`, 'unique-name']]);
  });

  it('accepts a folder as PATH', async () => {
    await write('lyon.mdx', oneManager);
    const { status, stdout } = await runCheck(root, [groups, '--format', 'json', '--today', '2026-06-15']);
    expect(status).toBe(1);
    expect(JSON.parse(stdout).checked).toBe(1);
  });

  it('takes today from HANDBOOK_TODAY when --today is absent', async () => {
    await write('lyon.mdx', validGroup);
    const { stdout } = await runCheck(root, ['--format', 'json'], { HANDBOOK_TODAY: '2027-09-30' });
    const report = JSON.parse(stdout);
    expect(report.today).toBe('2027-09-30');
    expect(report.diagnostics.map((d: { rule: string }) => d.rule).sort()).toEqual(['activity-recent', 'annual-plan-current']);
  });

  it.each([
    [['--format', 'xml'], 'Unknown --format'],
    [['--today', '2026-02-30'], 'must be a real date'],
    [['--bogus'], 'Unknown option'],
    [['no/such/file.mdx'], 'No such file or folder'],
  ])('exits 2 on wrong usage: %j', async (args, message) => {
    const { status, stdout, stderr } = await runCheck(root, args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('prints pretty output with file:line:column, severity, rule and the handbook link', async () => {
    await write('lyon.mdx', oneManager);
    const { stdout } = await runCheck(root, ['--today', '2026-06-15']);
    const line = oneManager.split('\n').indexOf('managers:') + 1;
    expect(stdout).toContain(`${groups}/lyon.mdx:${line}:1  error    A group needs 2 or 3 managers`);
    expect(stdout).toContain('managers-count');
    expect(stdout).toContain('/guidelines/managing-a-group/#managers');
    expect(stdout).toMatch(/1 problem \(1 error, 0 warnings\) in 1 of 1 group file/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('runs as a real process with the documented exit status', async () => {
    await write('lyon.mdx', oneManager);
    const checkScript = path.join(projectRoot, 'scripts/check.ts');
    const command = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')).scripts.check.replace('scripts/check.ts', checkScript);
    const [node, ...nodeArgs] = command.split(' ');
    expect(node).toBe('node');
    const result = await promisify(execFile)(process.execPath, [...nodeArgs, '--format', 'json', '--today', '2026-06-15'], { cwd: root }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.errors).toBe(1);
  });
});

describe('the sample groups', () => {
  it('pass with no error and no warning', async () => {
    const { status, stdout } = await runCheck(projectRoot, ['--format', 'json', '--today', '2026-11-21']);
    expect(JSON.parse(stdout).diagnostics).toEqual([]);
    expect(status).toBe(0);
  });
});
