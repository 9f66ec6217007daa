/**
 * The GitHub files: the workflows (least privilege, pinned actions, the pull request check as
 * specified), the issue form that mirrors the group file, the pull request template and the editor
 * settings. A real run needs GitHub; these tests read the files as GitHub would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { groupTypes } from '../../src/config/organization.ts';
import { choiceLabels } from '../../src/lib/choice-labels.ts';
import { activityKinds, groupSchema, managedByValues, visibilityValues } from '../../src/schema/group.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Job {
  name?: string;
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowFiles = readdirSync(path.join(root, '.github/workflows')).filter((file) => /\.ya?ml$/.test(file));
const workflow = (file: string) => parse(read(`.github/workflows/${file}`)) as Workflow;
const pullRequest = workflow('pull-request.yml');
const gate = workflow('gate.yml');
const deploy = workflow('deploy.yml');
const allSteps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const stepIndex = (job: Job, test: (step: Step) => boolean) => job.steps.findIndex(test);

describe('every workflow', () => {
  it.each(workflowFiles)('%s reads the repository only, unless a job says otherwise', (file) => {
    const flow = workflow(file);
    expect(flow.permissions).toEqual({ contents: 'read' });
    // Only the gate runs on pull_request_target, and only because it runs no code of the pull request.
    if (file !== 'gate.yml') expect(Object.keys(flow.on)).not.toContain('pull_request_target');
  });

  it.each(workflowFiles)('%s pins every action to a full commit, with the version in a comment', (file) => {
    const uses = read(`.github/workflows/${file}`).split('\n').filter((line) => /^\s*(?:- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(workflowFiles)('%s installs with npm ci on Node 22.12 or newer, caching npm, then restores the build caches', (file) => {
    const nvmrc = read('.nvmrc').trim();
    const [major = 0, minor = 0] = nvmrc.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
    // The gate trusts no cache: its judge reads the pull request's files afresh (see its own tests below);
    // a group request checks one file, for which no cache is worth keeping.
    for (const job of file === 'gate.yml' || file === 'group-request.yml' ? [] : Object.values(workflow(file).jobs)) {
      const install = stepIndex(job, (step) => step.run === 'npm ci');
      if (install < 0) continue;
      const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
      // npm ci empties node_modules, so caches inside it are restored afterwards.
      const cache = stepIndex(job, (step) => Boolean(step.uses?.startsWith('actions/cache@')));
      expect(cache).toBeGreaterThan(install);
      expect(String(job.steps[cache]?.with?.path)).toContain('node_modules/.cache/alumni-handbook');
    }
  });
});

describe('the pull request workflow', () => {
  it('runs on pull requests', () => {
    expect(Object.keys(pullRequest.on)).toEqual(['pull_request']);
  });

  it('grants no job more than reading', () => {
    for (const job of Object.values(pullRequest.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('fetches the whole history so the checker finds the merge base', () => {
    for (const step of allSteps(pullRequest).filter((candidate) => candidate.uses?.startsWith('actions/checkout@'))) {
      expect(step.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    }
  });


  it('builds the site and runs the tests, with Astro’s cache', () => {
    const runs = allSteps(pullRequest).map((step) => step.run);
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm test');
    const caches = allSteps(pullRequest).filter((step) => step.uses?.startsWith('actions/cache@'));
    expect(caches.some((step) => String(step.with?.path).includes('node_modules/.astro'))).toBe(true);
  });
});

describe('the gate', () => {
  const job = gate.jobs.judge!;

  it('runs on pull_request_target, so GitHub takes the workflow itself from the base branch', () => {
    expect(Object.keys(gate.on)).toEqual(['pull_request_target']);
    expect(job.permissions).toBeUndefined();
  });

  it('checks out only the base branch, as the judge, and installs only the base’s lock file', () => {
    const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((step) => step.with)).toEqual([{ path: 'judge', 'fetch-depth': 0, 'persist-credentials': false }]);
    expect(job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toEqual({ 'node-version-file': 'judge/.nvmrc', cache: 'npm', 'cache-dependency-path': 'judge/package-lock.json' });
    expect(job.steps.filter((step) => step.run === 'npm ci').map((step) => step['working-directory'])).toEqual(['judge']);
  });

  it('runs no code of the pull request: its files are checked out beside the judge and read as data', () => {
    const runs = job.steps.flatMap((step) => (step.run ? [{ run: step.run, where: step['working-directory'] }] : []));
    const fetch = runs.find(({ run }) => run.includes('refs/pull/'));
    expect(fetch?.run).toMatch(/^git -C judge fetch .*\ngit -C judge worktree add --detach \.\.\/pull-request /);
    const judging = runs.at(-1)!;
    expect(judging).toEqual({ run: 'node --experimental-strip-types --no-warnings=ExperimentalWarning ../judge/scripts/check.ts --changed --base "origin/$BASE_REF" --author "$AUTHOR" --format github', where: 'pull-request' });
    // Nothing else runs in the pull request's folder: no npm, no script of its own.
    expect(runs.filter(({ where }) => where === 'pull-request')).toEqual([judging]);
    expect(job.steps.at(-1)?.env).toEqual({ BASE_REF: '${{ github.base_ref }}', AUTHOR: '${{ github.event.pull_request.user.login }}' });
  });

  it('is the status check branch protection requires, with the build', async () => {
    const { protectionSettings } = await import('../../scripts/branch-protection.ts');
    const settings = (await protectionSettings()) as { required_status_checks: { strict: boolean; contexts: string[] }; enforce_admins: boolean; required_pull_request_reviews: Record<string, unknown>; allow_force_pushes: boolean };
    expect(settings.required_status_checks).toEqual({ strict: true, contexts: [job.name, pullRequest.jobs.build!.name] });
    expect(settings.enforce_admins).toBe(true);
    expect(settings.required_pull_request_reviews).toMatchObject({ require_code_owner_reviews: true, dismiss_stale_reviews: true });
    expect(settings.allow_force_pushes).toBe(false);
  });
});

describe('the group request workflow', () => {
  const requests = workflow('group-request.yml');

  it('answers requests on issues, and opens a pull request only when the office adds the label', () => {
    expect(requests.on).toEqual({ issues: { types: ['opened', 'edited', 'labeled'] } });
    expect(requests.jobs.answer?.permissions).toEqual({ issues: 'write' });
    expect(requests.jobs.propose?.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(String((requests.jobs.propose as Job & { if?: string }).if)).toContain("github.event.label.name == 'accepted'");
  });

  it('never writes a value of the issue into a script: it reaches the script through the event file or the environment', () => {
    for (const step of allSteps(requests)) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
    expect(read('.github/workflows/group-request.yml')).not.toMatch(/github\.event\.issue\.(?:body|title)/);
  });
});

describe('the deploy workflow', () => {
  it('runs on pushes to main', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
  });

  it('builds without write access and gives only the deploy job Pages and id-token write access', () => {
    const build = deploy.jobs.build!;
    expect(build.permissions).toBeUndefined();
    expect(build.steps.map((step) => step.run)).toContain('npm run build');
    expect(build.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    const { deploy: job, ...others } = deploy.jobs;
    expect(job?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job?.needs).toBe('build');
    expect(job?.environment?.name).toBe('github-pages');
    expect(job?.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    for (const other of Object.values(others)) expect(other.permissions).toBeUndefined();
  });
});

describe('the issue form for a new group', () => {
  const form = parse(read('.github/ISSUE_TEMPLATE/new-group.yml')) as {
    name: string;
    description: string;
    body: { type: string; id?: string; attributes: { label?: string; options?: unknown[] }; validations?: { required: boolean } }[];
  };
  const fields = form.body.filter((element) => element.type !== 'markdown');
  const field = (id: string) => fields.find((element) => element.id === id);

  it('is a valid issue form: a name, a description, and labelled fields with unique ids', () => {
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const ids = fields.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of fields) {
      expect(['input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
      expect(element.attributes.label).toBeTruthy();
    }
  });

  it('asks for every field of the group file except those the office sets or the handbook generates', () => {
    const keys = Object.keys(groupSchema.shape).filter((key) => key !== 'status' && key !== 'disclaimer');
    // The channels are asked for one by one.
    const ids = keys.flatMap((key) => (key === 'channels' ? Object.keys(groupSchema.shape.channels.unwrap().shape) : [key]));
    for (const id of ids) expect(field(id), id).toBeDefined();
    for (const key of ['name', 'type', 'managedBy', 'visibility', 'summary', 'managers', 'objectives', 'lastActivity', 'annualPlan']) {
      expect(field(key)?.validations?.required, key).toBe(true);
    }
  });

  it('offers exactly the choices the schema allows, in words', () => {
    const labels = choiceLabels();
    expect(field('type')?.attributes.options).toEqual(Object.keys(groupTypes).map((id) => labels.type[id]));
    expect(field('managedBy')?.attributes.options).toEqual(managedByValues.map((id) => labels.managedBy[id]));
    expect(field('visibility')?.attributes.options).toEqual(visibilityValues.map((id) => labels.visibility[id]));
    expect(read('.github/ISSUE_TEMPLATE/new-group.yml')).toContain(activityKinds.join(', ').replace(/, (\w+)$/, ' or $1'));
  });
});

describe('the pull request template and the editor settings', () => {
  it('gives group managers a checklist that needs no terminal, naming the gate’s check', () => {
    const template = read('.github/PULL_REQUEST_TEMPLATE.md');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(5);
    expect(template).toContain(`"${gate.jobs.judge!.name}" check is green`);
    expect(template.split('\n').filter((line) => line.startsWith('- [ ]')).join('\n')).not.toContain('npm run');
  });

  it('maps the published JSON Schema onto group drafts in VS Code', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({ './dist/schema/group.schema.json': ['*.group.yaml', '*.group.yml'] });
  });
});

describe('the lock file', () => {
  interface LockedPackage {
    optionalDependencies?: Record<string, string>;
    resolved?: string;
  }
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockedPackage> };

  it('locks every optional platform package, so npm ci accepts it on any machine and npm install leaves it unchanged', () => {
    const missing: string[] = [];
    for (const [location, locked] of Object.entries(lock.packages)) {
      for (const name of Object.keys(locked.optionalDependencies ?? {})) {
        const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (wanted by ${location || 'the project'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is written the same way on every machine: the project, not the user, says it omits registry addresses', () => {
    expect(read('.npmrc')).toMatch(/^omit-lockfile-registry-resolved=true$/m);
    expect(Object.entries(lock.packages).filter(([, locked]) => locked.resolved !== undefined).map(([location]) => location)).toEqual([]);
  });

  it('is installed by .ci/run with npm ci and nothing else, as the workflows do', () => {
    const script = read('.ci/run');
    expect(script).toMatch(/^npm ci\b/m);
    expect(script).not.toMatch(/npm install --no/);
  });
});
