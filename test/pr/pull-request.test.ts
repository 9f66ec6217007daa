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
import { qrCode } from '../helpers/qr-code.ts';
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

  it('treats a renamed file as the deletion of the old one: for office staff only, even when a manager renames it', async () => {
    await repository.git('mv', `${groups}/lyon.mdx`, `${groups}/lyon-group.mdx`);
    await repository.commit('Rename');
    const byManager = await checkPullRequest('claire-martin');
    expect(annotations(byManager.stdout)).toEqual([expect.objectContaining({ file: `${groups}/lyon.mdx`, title: 'ownership' })]);
    expect(byManager.status).toBe(1);
    expect((await checkPullRequest(officeStaff)).status).toBe(0);
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

describe('a pull request that tries to change its own judge', () => {
  const findings = (stdout: string) => [...new Set(annotations(stdout).map((annotation) => `${annotation.file} ${annotation.title}`))].sort();

  it('cannot make its author office staff: the base’s configuration judges, and the configuration is the office’s', async () => {
    await repository.write(`${groups}/lyon.mdx`, lyon.replace('Join the group', 'Come along, and join the group'));
    const configuration = await readFile(path.join(repository.root, 'src/config/organization.ts'), 'utf8');
    await repository.write('src/config/organization.ts', configuration.replace(`staff: ['${officeStaff}'`, `staff: ['${officeStaff}', 'lucia-romero'`));
    await repository.commit('Edit Tokyo, and make me staff');
    const { status, stdout } = await checkPullRequest('lucia-romero');
    expect(findings(stdout)).toEqual(['src/config/organization.ts ownership', `${groups}/lyon.mdx ownership`]);
    expect(status).toBe(1);
  });

  it('cannot grant itself an exception: the base’s exceptions judge, and the exceptions file is the office’s', async () => {
    await repository.write(`${groups}/zurich.mdx`, zurich.replace('Join the group', 'Chip in for the hall: https://www.paypal.me/zurichalumni. Join the group'));
    await repository.write('src/content/exceptions.yaml', `- group: zurich\n  rule: solicitation\n  reason: The office agreed to the fundraiser.\n  expires: 2027-01-01\n`);
    await repository.commit('Add Zürich, with an exception');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(findings(stdout)).toEqual(['src/content/exceptions.yaml ownership', `${groups}/zurich.mdx solicitation`]);
    expect(status).toBe(1);
  });

  it('cannot switch a rule off: the base’s rules judge, and the checker is the office’s', async () => {
    await repository.write(`${groups}/zurich.mdx`, zurich.replace('Join the group', 'Chip in for the hall: https://www.paypal.me/zurichalumni. Join the group'));
    const rules = await readFile(path.join(repository.root, 'src/checker/rules/index.ts'), 'utf8');
    await repository.write('src/checker/rules/index.ts', rules.replace('  solicitation,\n', ''));
    await repository.write('.github/workflows/pull-request.yml', 'on: push\n');
    await repository.commit('Add Zürich, and drop a rule');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(findings(stdout)).toEqual(['.github/workflows/pull-request.yml ownership', 'src/checker/rules/index.ts ownership', `${groups}/zurich.mdx solicitation`]);
    expect(status).toBe(1);
  });

  it('cannot hide a group from the site by renaming it to a hidden file', async () => {
    await repository.git('mv', `${groups}/lyon.mdx`, `${groups}/.lyon.mdx`);
    await repository.commit('Hide Lyon');
    const { status, stdout } = await checkPullRequest('claire-martin');
    expect(findings(stdout)).toEqual([`${groups}/.lyon.mdx ownership`, `${groups}/.lyon.mdx slug`, `${groups}/lyon.mdx ownership`]);
    expect(status).toBe(1);
  });

  it('cannot hide a group from the site by moving it into a hidden folder', async () => {
    await repository.write(`${groups}/.old/lyon.mdx`, lyon);
    await unlink(path.join(repository.root, groups, 'lyon.mdx'));
    await repository.commit('Put Lyon away');
    const { status, stdout } = await checkPullRequest('claire-martin');
    expect(findings(stdout)).toEqual([`${groups}/.old/lyon.mdx ownership`, `${groups}/.old/lyon.mdx slug`, `${groups}/lyon.mdx ownership`]);
    expect(status).toBe(1);
  });

  it('cannot add a group whose name only looks different from another one', async () => {
    // A Cyrillic "о" in "Lyоn", and a zero-width space.
    await repository.write(`${groups}/lyon-alumni.mdx`, groupFile('CERN Alumni Ly\u043en\u200b Group', ['anna-muster', 'beat-b']));
    await repository.commit('Add a Lyon group');
    const { status, stdout } = await checkPullRequest('anna-muster');
    expect(findings(stdout)).toContain(`${groups}/lyon-alumni.mdx unique-name`);
    expect(status).toBe(1);
  });

  it('cannot publish a script from the pictures folder, even when office staff add it outside any group\'s folder', async () => {
    await repository.write('public/images/groups/banner.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await repository.commit('A banner');
    const { status, stdout } = await checkPullRequest(officeStaff);
    expect(findings(stdout)).toEqual(['public/images/groups/banner.svg picture-file']);
    expect(status).toBe(1);
  });

  it('cannot put a script among another group’s pictures', async () => {
    await repository.write('public/images/groups/lyon/banner.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await repository.commit('A picture for Lyon');
    const { status, stdout } = await checkPullRequest('lucia-romero');
    expect(findings(stdout)).toEqual(['public/images/groups/lyon/banner.png ownership', 'public/images/groups/lyon/banner.png picture-file']);
    expect(annotations(stdout, 'warning').map((annotation) => annotation.title)).toEqual(['picture-unused']);
    expect(status).toBe(1);
  });

  it('lets a group’s managers add its pictures, and anyone add a new group with its own', async () => {
    await repository.write('public/images/groups/lyon/picnic.png', await qrCode('https://lyon-alumni.example.org/photos'));
    await repository.write(`${groups}/lyon.mdx`, lyon.replace('Join the group', '![Members at the picnic](/images/groups/lyon/picnic.png)\n\nJoin the group'));
    await repository.write('public/images/groups/zurich/lake.png', await qrCode('https://zurich-alumni.example.org'));
    await repository.write(`${groups}/zurich.mdx`, zurich.replace('Join the group', '![The lake](/images/groups/zurich/lake.png)\n\nJoin the group'));
    await repository.commit('Pictures');
    expect(findings((await checkPullRequest('claire-martin')).stdout)).toEqual([]);
    expect(findings((await checkPullRequest('anna-muster')).stdout)).toEqual(['public/images/groups/lyon/picnic.png ownership', `${groups}/lyon.mdx ownership`]);
  });

  it('lets office staff change the checker and the configuration', async () => {
    const configuration = await readFile(path.join(repository.root, 'src/config/organization.ts'), 'utf8');
    await repository.write('src/config/organization.ts', configuration.replace('inactivityMonths: 12', 'inactivityMonths: 18'));
    await repository.commit('A longer inactivity window');
    const { status, stdout } = await checkPullRequest(officeStaff);
    expect(findings(stdout)).toEqual([]);
    expect(status).toBe(0);
  });
});

