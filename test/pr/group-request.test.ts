/**
 * "Request a new group": the issue form, generated from the configuration and the schema, and the
 * request workflow's script, run on recorded issue events as GitHub would give them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answersFromForm, checkRequest, readIssueForm, requestComment } from '../../scripts/group-request.ts';
import { issueFormFile, renderIssueForm } from '../../scripts/issue-form.ts';
import { exampleFiles } from '../../src/checker/examples.ts';
import { parseGroupFile } from '../../src/checker/parse.ts';
import { groupTypes } from '../../src/config/organization.ts';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const today = '2026-06-15';
const event = async (name: string) => JSON.parse(await readFile(path.join(projectRoot, 'test/fixtures/issue-events', `${name}.json`), 'utf8')) as { issue: { body: string } };
const existing = exampleFiles({ title: 'Lyon' });

describe('the issue form', () => {
  it('is generated from the configuration and the schema (run `npm run issue-form` when this fails)', async () => {
    expect(await readFile(path.join(projectRoot, issueFormFile), 'utf8')).toBe(renderIssueForm());
  });

  it('offers the choices in words, which the request reads back as the ids of the file', () => {
    const form = parse(renderIssueForm()) as { body: { id?: string; attributes: { options?: unknown[] } }[] };
    expect(form.body.find((element) => element.id === 'type')?.attributes.options).toEqual(Object.values(groupTypes));
    const answers = answersFromForm({ type: 'Student programme', managedBy: 'Run by CERN staff', visibility: 'Public: any registered alumnus or alumna may join' });
    expect([answers.type, answers.managedBy, answers.visibility]).toEqual(['student-programme', 'organization', 'public']);
  });
});

describe('a submitted request', () => {
  it('becomes a group file the checker accepts, and the answer says so', async () => {
    const request = checkRequest(readIssueForm((await event('request-opened')).issue.body), existing, today);
    expect(request.path).toBe('src/content/groups/zurich.mdx');
    expect(request.result.diagnostics).toEqual([]);
    const data = parseGroupFile({ path: request.path, content: request.content }).data;
    expect(data).toMatchObject({ name: 'CERN Alumni Zürich Group', type: 'regional', managedBy: 'alumni', visibility: 'private', managers: [{ github: 'anna-muster' }, { github: 'beat-b' }] });
    expect(data?.annualPlan).toEqual({ year: 2026, activities: [{ date: '2026-09', title: 'Autumn lecture', kind: 'event', location: 'ETH Zürich' }, { date: '2026-12-12', title: 'Winter dinner', kind: 'event' }] });
    expect(request.content).toContain('We are alumni who live around Zürich.');
    const comment = requestComment(request);
    expect(comment).toMatch(/^\*\*The checker accepts this request\.\*\*/);
    expect(comment).toContain(request.content.trimEnd());
  });

  it('gets every problem to correct in the checker’s words, with the rule’s link', async () => {
    const request = checkRequest(readIssueForm((await event('request-with-mistakes')).issue.body), existing, today);
    const rules = [...new Set(request.result.diagnostics.map((diagnostic) => diagnostic.rule))].sort();
    expect(rules).toEqual(['join-criteria-fair', 'managers-count', 'personal-data']);
    const comment = requestComment(request);
    expect(comment).toMatch(/^\*\*The checker found 3 problems to correct\.\*\*/);
    for (const diagnostic of request.result.diagnostics) expect(comment).toContain(diagnostic.message);
    expect(comment).toContain('https://handbook.alumni.example.org/guidelines/managing-a-group/#managers');
  });

  it('keeps hostile text as data: no field, no front matter and no element is added by it', async () => {
    const request = checkRequest(readIssueForm((await event('request-hostile')).issue.body), existing, today);
    const parsed = parseGroupFile({ path: request.path, content: request.content });
    expect(parsed.data?.managers).toHaveLength(2);
    expect(String(parsed.data?.name)).toContain('${{ secrets.TOKEN }} `id` $(id)\n---\nmanagers: []');
    expect(request.content.match(/^---$/gm)).toHaveLength(2);
  });
});

describe('the request script, as the workflow runs it', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'handbook-request-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const script = (args: string[], eventName: string) =>
    run(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', path.join(projectRoot, 'scripts/group-request.ts'), ...args], {
      cwd: root,
      env: { ...process.env, GITHUB_EVENT_PATH: path.join(projectRoot, 'test/fixtures/issue-events', `${eventName}.json`), HANDBOOK_TODAY: today },
    });

  it('writes the answer to post, and, once accepted, the group file and the pull request’s text', async () => {
    await script(['comment', '--out', path.join(root, 'comment.md')], 'request-opened');
    expect(await readFile(path.join(root, 'comment.md'), 'utf8')).toMatch(/^\*\*The checker accepts this request\.\*\*/);
    const { stdout } = await script(['propose', '--out', path.join(root, 'pull-request.md')], 'request-opened');
    expect(stdout).toBe('slug=zurich\nbranch=new-group/zurich\n');
    expect(await readFile(path.join(root, 'src/content/groups/zurich.mdx'), 'utf8')).toContain('name: CERN Alumni Zürich Group');
    expect(await readFile(path.join(root, 'pull-request.md'), 'utf8')).toContain('requested in #42 by @anna-muster');
  });

  it('prepares no pull request for a request the checker refuses', async () => {
    await expect(script(['propose', '--out', path.join(root, 'pull-request.md')], 'request-with-mistakes')).rejects.toMatchObject({ code: 1 });
  });
});
