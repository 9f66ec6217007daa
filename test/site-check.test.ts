/**
 * The build's group check and what it publishes beside the pages: a check started before Astro
 * (scripts/build.ts) is the one the integration and the loaders take, and the groups' files are
 * written whole, or the build is told why not.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePublishedFiles } from '../src/integrations/published-files.ts';
import { siteCheckOptions, startEarlySiteCheck, takeEarlySiteCheck } from '../src/integrations/site-check.ts';
import { testToday } from './helpers/build-site.ts';
import { emptyProject, projectRoot } from './helpers/project.ts';

const slug = 'lyon';

let project: Awaited<ReturnType<typeof emptyProject>>;
const today = process.env.HANDBOOK_TODAY;
beforeAll(async () => {
  // The check's process takes the day the group file was written for from its environment.
  process.env.HANDBOOK_TODAY = testToday;
  project = await emptyProject();
  await mkdir(path.join(project.root, 'src/content/groups'), { recursive: true });
  await writeFile(path.join(project.root, `src/content/groups/${slug}.mdx`), await readFile(path.join(projectRoot, `src/content/groups/${slug}.mdx`)));
});
afterAll(async () => {
  if (today === undefined) delete process.env.HANDBOOK_TODAY;
  else process.env.HANDBOOK_TODAY = today;
  await project.cleanup();
});

describe('the check started ahead of the first content sync', () => {
  it('is started once for the same project and options, and taken once', async () => {
    const options = siteCheckOptions(`${project.root}/`, 'https://alumni.example.org');
    const first = startEarlySiteCheck(options);
    expect(startEarlySiteCheck(siteCheckOptions(project.root, 'https://alumni.example.org'))).toBe(first);
    expect(takeEarlySiteCheck(`${project.root}/`)).toBe(first);
    expect(takeEarlySiteCheck(project.root)).toBeUndefined();
    const check = await first;
    expect(check.report.checked).toBe(1);
    expect(check.groups.map((group) => group.id)).toEqual([slug]);
  });

  it('is started afresh when the options differ: another site address prints other links', async () => {
    const first = startEarlySiteCheck(siteCheckOptions(project.root, 'https://alumni.example.org'));
    const second = startEarlySiteCheck(siteCheckOptions(project.root, 'https://handbook.example.org'));
    expect(second).not.toBe(first);
    expect(takeEarlySiteCheck(project.root)).toBe(second);
    await Promise.all([first, second]);
  });
});

describe('the groups\u2019 files written beside their pages', () => {
  it('writes each group\u2019s calendar and group file, with GitHub user names left blank', async () => {
    const check = await startEarlySiteCheck(siteCheckOptions(project.root, undefined));
    takeEarlySiteCheck(project.root);
    const site = path.join(project.root, 'dist');
    await writePublishedFiles(site, check.groups);
    expect((await readdir(path.join(site, 'groups'))).sort()).toEqual([`${slug}.ics`, `${slug}.mdx`]);
    expect(await readFile(path.join(site, `groups/${slug}.ics`), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const file = await readFile(path.join(site, `groups/${slug}.mdx`), 'utf8');
    expect(file).toMatch(/^[ \t]*(?:-[ \t]+)?github:$/m);
    expect(file).not.toMatch(/^[ \t]*(?:-[ \t]+)?github:[ \t]*\S/m);
    expect(file.slice(file.indexOf('\n---', 3))).toBe(check.groups[0]?.source.slice(check.groups[0].source.indexOf('\n---', 3)));
  });

  it('fails, naming the folder, when the files cannot be written', async () => {
    const check = await startEarlySiteCheck(siteCheckOptions(project.root, undefined));
    takeEarlySiteCheck(project.root);
    const notAFolder = path.join(project.root, 'a-file');
    await writeFile(notAFolder, '');
    await expect(writePublishedFiles(notAFolder, check.groups)).rejects.toThrow(/a-file/);
  });
});
