/**
 * Simulated pull requests: a git repository with group files on main and a feature branch, checked as
 * the pull request workflow does (`--changed --author … --format github`).
 */
import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { organization } from '../../src/config/organization.ts';
import { exampleToday } from '../../src/checker/examples.ts';
import { check, groupFile, groups, lineOf, pullRequestRepository, type Repository } from './repository.ts';

const lyon = groupFile('CERN Alumni Lyon Group', ['claire-martin', 'khaddad']);
const stalePlan = 'annualPlan:\n  year: 2025\n  activities:\n    - title: Autumn lecture\n      date: 2025-10\n      kind: event';
const tokyo = groupFile('CERN Alumni Tokyo Group', ['haruka-sato', 'k-morimoto'], stalePlan);
const zurich = groupFile('CERN Alumni Zürich Group', ['anna-muster', 'beat-b']);
const officeStaff = organization.office.staff[0]!;

let repository: Repository;
beforeEach(async () => {
  repository = await pullRequestRepository({ 'lyon.mdx': lyon, 'tokyo.mdx': tokyo });
});
afterEach(() => repository.cleanup());

const checkPullRequest = (author: string, extra: string[] = []) =>
  check(repository.root, ['--changed', '--base', 'main', '--author', author, '--format', 'github', '--today', exampleToday, ...extra]);

/** The workflow commands of one kind in the output, parsed back into their properties. */
function annotations(stdout: string, kind: 'error' | 'warning' = 'error') {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${kind} `))
    .map((line) => {
      const [, properties = '', message = ''] = /^::\w+ ([^:]*)::(.*)$/.exec(line) ?? [];
      return { ...Object.fromEntries(properties.split(',').map((pair) => pair.split('='))), message } as Record<string, string>;
    });
}

describe('a pull request that adds a group', () => {
  it('passes when the group is valid, whoever opens it', async () => {
    await repository.write(`${groups}/zurich.mdx`, zurich);
    await repository.commit('Add the Zürich group');
    const { status, stdout } = await checkPullRequest('someone-new');
    expect(annotations(stdout)).toEqual([]);
    expect(stdout).toContain('1 group file checked, no problems');
    expect(status).toBe(0);
  });

  it('fails when the group is invalid, with an annotation on each offending line', async () => {
    const invalid = groupFile('CERN Alumni Zürich Group', ['anna-muster'], 'type: regonal');
    await repository.write(`${groups}/zurich.mdx`, invalid);
    await repository.commit('Add the Zürich group');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(status).toBe(1);
    const found = annotations(stdout);
    expect(found.map((annotation) => annotation.title).sort()).toEqual(['managers-count', 'schema']);
    for (const annotation of found) expect(annotation.file).toBe(`${groups}/zurich.mdx`);
    expect(found.find((annotation) => annotation.title === 'managers-count')?.line).toBe(String(lineOf(invalid, 'managers:')));
    expect(found.find((annotation) => annotation.title === 'schema')?.line).toBe(String(lineOf(invalid, 'type:')));
    expect(found[0]?.message).toContain(`%0ARule: ${organization.site.url}/rules/`);
  });

  it('holds the new file to the time rules as errors', async () => {
    await repository.write(`${groups}/zurich.mdx`, groupFile('CERN Alumni Zürich Group', ['anna-muster', 'beat-b'], stalePlan));
    await repository.commit('Add the Zürich group');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(annotations(stdout).map((annotation) => annotation.title)).toContain('annual-plan-current');
    expect(status).toBe(1);
  });

  it('does not fail because of an untouched group whose plan is out of date', async () => {
    const everything = await check(repository.root, ['--format', 'json', '--today', exampleToday]);
    expect(JSON.parse(everything.stdout).diagnostics).toContainEqual(expect.objectContaining({ file: `${groups}/tokyo.mdx`, rule: 'annual-plan-current', severity: 'warning' }));

    await repository.write(`${groups}/zurich.mdx`, zurich);
    await repository.commit('Add the Zürich group');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(stdout).not.toContain('tokyo');
    expect(status).toBe(0);
  });

  it('still judges unique names against the groups it did not touch', async () => {
    await repository.write(`${groups}/lyon-2.mdx`, groupFile('CERN Alumni Lyon Group', ['anna-muster', 'beat-b']));
    await repository.commit('Add a second Lyon group');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(annotations(stdout)).toEqual([expect.objectContaining({ file: `${groups}/lyon-2.mdx`, title: 'unique-name' })]);
    expect(status).toBe(1);
  });
});

describe('a pull request that changes a group', () => {
  const updated = lyon.replace(/^summary: .*$/m, 'summary: Alumni around Lyon meet for science evenings and visits to laboratories.');

  it('passes when one of its managers opens it, whatever the capitals', async () => {
    await repository.write(`${groups}/lyon.mdx`, updated);
    await repository.commit('Update the summary');
    const { status, stdout } = await checkPullRequest('KHaddad');
    expect(annotations(stdout)).toEqual([]);
    expect(status).toBe(0);
  });

  it('fails ownership when someone else opens it, on the managers line', async () => {
    await repository.write(`${groups}/lyon.mdx`, updated);
    await repository.commit('Update the summary');
    const { status, stdout } = await checkPullRequest('lucia-romero');
    const [annotation, ...others] = annotations(stdout);
    expect(others).toEqual([]);
    expect(annotation).toMatchObject({ file: `${groups}/lyon.mdx`, title: 'ownership', line: String(lineOf(updated, 'managers:')) });
    expect(annotation?.message).toContain('@claire-martin, @khaddad');
    expect(status).toBe(1);
  });

  it('still fails when the change adds its author as a manager', async () => {
    const withNewManager = lyon.replace('managers:\n', 'managers:\n  - name: Lucía Romero\n    github: lucia-romero\n');
    await repository.write(`${groups}/lyon.mdx`, withNewManager);
    await repository.commit('Add myself as a manager');
    const { status, stdout } = await checkPullRequest('lucia-romero');
    expect(annotations(stdout).map((annotation) => annotation.title)).toEqual(['ownership']);
    expect(status).toBe(1);
  });

  it('passes when office staff open it', async () => {
    await repository.write(`${groups}/lyon.mdx`, updated);
    await repository.commit('Update the summary');
    const { status } = await checkPullRequest(officeStaff);
    expect(status).toBe(0);
  });

  it('treats a renamed file as a change of its new path, owned by the same managers', async () => {
    await repository.git('mv', `${groups}/lyon.mdx`, `${groups}/lyon-group.mdx`);
    await repository.commit('Rename');
    const byOutsider = await checkPullRequest('lucia-romero');
    expect(annotations(byOutsider.stdout)).toEqual([expect.objectContaining({ file: `${groups}/lyon-group.mdx`, title: 'ownership' })]);
    expect(byOutsider.status).toBe(1);
    expect((await checkPullRequest('claire-martin')).status).toBe(0);
  });

  it('counts changes not yet committed, and new files not yet added', async () => {
    await repository.write(`${groups}/lyon.mdx`, updated);
    await repository.write(`${groups}/zurich.mdx`, zurich.replace('type: regional', 'type: regonal'));
    const { status, stdout } = await checkPullRequest('lucia-romero');
    expect(annotations(stdout).map((annotation) => `${annotation.file} ${annotation.title}`).sort()).toEqual([`${groups}/lyon.mdx ownership`, `${groups}/zurich.mdx schema`]);
    expect(status).toBe(1);
  });
});

describe('a pull request that deletes a group', () => {
  beforeEach(async () => {
    await unlink(path.join(repository.root, groups, 'tokyo.mdx'));
    await repository.commit('Delete the Tokyo group');
  });

  it('fails ownership on the deleted file when anyone but office staff opens it, even a manager', async () => {
    const { status, stdout } = await checkPullRequest('haruka-sato');
    expect(annotations(stdout)).toEqual([expect.objectContaining({ file: `${groups}/tokyo.mdx`, line: '1', title: 'ownership' })]);
    expect(status).toBe(1);
  });

  it('passes when office staff open it', async () => {
    expect((await checkPullRequest(officeStaff)).status).toBe(0);
  });
});

describe('the base of the comparison', () => {
  it('defaults to origin/main, then to main', async () => {
    await repository.write(`${groups}/zurich.mdx`, zurich.replace('type: regional', 'type: regonal'));
    await repository.commit('Add the Zürich group');
    const withMain = await check(repository.root, ['--changed', '--format', 'json', '--today', exampleToday]);
    expect(JSON.parse(withMain.stdout).checked).toBe(1);

    // origin/main, when it exists, wins over main: here it already has the new file, so nothing changed.
    await repository.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const withOrigin = await check(repository.root, ['--changed', '--format', 'json', '--today', exampleToday]);
    expect(JSON.parse(withOrigin.stdout)).toMatchObject({ checked: 0, diagnostics: [] });
  });

  it('exits 2 with a clear message when the base does not exist', async () => {
    const { status, stderr } = await check(repository.root, ['--changed', '--base', 'origin/no-such-branch']);
    expect(stderr).toContain('"origin/no-such-branch" was not found');
    expect(status).toBe(2);
  });

  it('exits 2 with a clear message outside a git repository', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'handbook-no-git-'));
    try {
      const { status, stderr } = await check(folder, ['--changed']);
      expect(stderr).toContain('needs a git repository');
      expect(status).toBe(2);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('rejects --author and --base without --changed, and PATHs with it', async () => {
    expect((await check(repository.root, ['--author', 'someone'])).status).toBe(2);
    expect((await check(repository.root, ['--base', 'main'])).status).toBe(2);
    expect((await check(repository.root, ['--changed', `${groups}/lyon.mdx`])).status).toBe(2);
    expect((await check(repository.root, ['--changed', '--author', 'not a user'])).status).toBe(2);
  });
});

describe('the job summary', () => {
  it('is appended to $GITHUB_STEP_SUMMARY, with every problem and full links to the rule pages', async () => {
    await repository.write(`${groups}/zurich.mdx`, groupFile('CERN Alumni Zürich Group', ['anna-muster']));
    await repository.commit('Add the Zürich group');
    const summaryFile = path.join(repository.root, 'summary.md');
    const { status } = await check(
      repository.root,
      ['--changed', '--base', 'main', '--author', 'anna-muster', '--format', 'github', '--today', exampleToday],
      { GITHUB_STEP_SUMMARY: summaryFile },
    );
    expect(status).toBe(1);
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('## Group file check');
    expect(summary).toContain(`| ❌ error | \`${groups}/zurich.mdx\` | ${lineOf(groupFile('CERN Alumni Zürich Group', ['anna-muster']), 'managers:')} | [managers-count](${organization.site.url}/rules/managers-count/) |`);
    expect(summary).toContain(`(${organization.site.url}/guidelines/managing-a-group/#managers)`);
  });
});
