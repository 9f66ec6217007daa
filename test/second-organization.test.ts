/**
 * Another alumni office adopts the handbook by replacing src/config/organization.ts and the chapters.
 * With a fictional second organization's configuration (test/fixtures/second-organization/), every
 * rule's examples hold exactly as they do for the default one, and the site builds with nothing of the
 * default organization in it.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGroups } from '../src/checker/engine.ts';
import { exampleChange, exampleExceptions, exampleFiles, exampleGroupName, exampleToday, fillExample } from '../src/checker/examples.ts';
import { rules } from '../src/checker/rules/index.ts';
import type { Diagnostic, RuleExample } from '../src/checker/types.ts';
import { organization as defaultOrganization } from '../src/config/organization.ts';
import { disclaimerStatement, organization } from './fixtures/second-organization/organization.ts';
import { buildCopy, copyProject } from './helpers/build-site.ts';
import { pointedAt } from './helpers/pointed-at.ts';
import { htmlPages, listFiles, readText } from './helpers/site-files.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/second-organization');

function check(example: RuleExample) {
  const files = exampleFiles(example, organization);
  const exceptions = exampleExceptions(example, organization);
  const { diagnostics } = checkGroups(files, { today: exampleToday, organization, isStrict: () => true, isReported: (path) => path === files[0]?.path, change: exampleChange(example, organization), exceptions });
  const contentOf = (diagnostic: Diagnostic) => (diagnostic.file === exceptions?.path ? exceptions.text : String(files.find((file) => file.path === diagnostic.file)?.content ?? ''));
  return { diagnostics, contentOf };
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s, for the second organization', (id, rule) => {
  it.each(rule.examples.valid.map((example) => [example.title, example] as const))('passes the valid example "%s"', (_title, example) => {
    expect(check(example).diagnostics.filter((diagnostic) => diagnostic.rule === id)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example) => [example.title, example] as const))('reports the invalid example "%s" where and as it pins', (_title, example) => {
    const { diagnostics, contentOf } = check(example);
    const reported = diagnostics.filter((diagnostic) => diagnostic.rule === id).map((diagnostic) => ({ at: pointedAt(contentOf(diagnostic), diagnostic), message: diagnostic.message }));
    expect(reported).toEqual(example.reports.map(({ at, message }) => ({ at: fillExample(at, organization), message: fillExample(message, organization) })));
  });
});

describe('the second organization’s names in the checker', () => {
  const body = (text: string) => exampleFiles({ title: 'names', body: `${text}\n` }, organization);
  const claims = (text: string) => checkGroups(body(text), { today: exampleToday, organization }).diagnostics.filter((diagnostic) => diagnostic.rule === 'official-claims');

  it('reads its other names as the organization, and not the default organization’s', () => {
    expect(claims('At the fair we speak on behalf of the Institute.')).toHaveLength(1);
    expect(claims('Sur notre stand, nous parlons au nom de l’Institut.')).toHaveLength(1);
    expect(claims('At the fair we speak on behalf of the Laboratory.')).toEqual([]);
  });
});

/** A folder's files, as the copy's path (from the project root) → text. */
async function filesOf(folder: string, into: string): Promise<Record<string, string>> {
  const names = await readdir(path.join(fixtures, folder));
  return Object.fromEntries(await Promise.all(names.map(async (name) => [`${into}/${name}`, await readFile(path.join(fixtures, folder, name), 'utf8')] as const)));
}

/**
 * The configuration module as an office would write it into src/config/: the fixture's own text, its
 * imports of the shared type pointing to the same folder there.
 */
async function configurationModule(): Promise<string> {
  const text = await readFile(path.join(fixtures, 'organization.ts'), 'utf8');
  expect(text).toContain("from '../../../src/config/organization-type.ts'");
  return text.replaceAll("from '../../../src/config/organization-type.ts'", "from './organization-type.ts'");
}

describe('the site built for the second organization', () => {
  let workDir: string;
  let outDir: string;
  let pages: string[];
  beforeAll(async () => {
    workDir = await copyProject({
      emptied: ['src/content/groups', 'src/content/guidelines', 'public/images/groups'],
      files: {
        'src/config/organization.ts': await configurationModule(),
        'src/content/exceptions.yaml': '# Exceptions granted by the Alumni Engagement Office.\n[]\n',
        ...(await filesOf('guidelines', 'src/content/guidelines')),
        ...(await filesOf('groups', 'src/content/groups')),
      },
    });
    ({ outDir } = await buildCopy(workDir, path.join(workDir, 'dist')));
    pages = await htmlPages(outDir);
  }, 180_000);
  afterAll(() => (workDir ? rm(workDir, { recursive: true, force: true }) : undefined));

  it('builds its own chapters and groups, and none of the default ones', async () => {
    const files = await listFiles(outDir);
    for (const page of ['guidelines/starting-a-group/index.html', 'guidelines/websites-and-social-media/index.html', 'groups/harbour-city/index.html', 'groups/robotics-circle/index.html', 'groups/engineering/index.html']) {
      expect(files).toContain(page);
    }
    expect(files.filter((file) => file.startsWith('guidelines/')).length).toBe(2);
    // It publishes in English only: no page under another language's folder, and no language switch.
    expect(files.filter((file) => file.startsWith('fr/'))).toEqual([]);
    expect(await readText(outDir, 'index.html')).not.toContain('hreflang');
    expect(files).not.toContain('groups/lyon/index.html');
    expect(JSON.parse(await readText(outDir, 'groups.json')).groups).toHaveLength(3);
  });

  it('opens the handbook at its own first chapter from every page', async () => {
    for (const page of pages) {
      const html = await readText(outDir, page);
      expect(html, page).toContain('<a href="/guidelines/starting-a-group/"');
      expect(html, page).not.toContain('href="/guidelines/about-groups/"');
    }
  });

  it('has no page that names CERN', async () => {
    const naming: string[] = [];
    for (const page of pages) if ((await readText(outDir, page)).includes('CERN')) naming.push(page);
    expect(pages.length).toBeGreaterThan(40);
    expect(naming).toEqual([]);
  });

  it('carries nothing of the default organization’s configuration in any page, feed or data file', async () => {
    const values = [
      defaultOrganization.name,
      defaultOrganization.networkName,
      defaultOrganization.office.name,
      defaultOrganization.office.team,
      defaultOrganization.alumniPlatform.name,
      defaultOrganization.alumniPlatform.url,
      defaultOrganization.site.title,
      new URL(defaultOrganization.site.url).host,
      defaultOrganization.repository.url,
      ...defaultOrganization.office.staff,
    ];
    const textFiles = (await listFiles(outDir)).filter((file) => /\.(?:html|json|xml|ics|txt)$/.test(file) && !file.startsWith('pagefind/'));
    const found: string[] = [];
    for (const file of textFiles) {
      const text = await readText(outDir, file);
      for (const value of values) if (text.includes(value)) found.push(`${file}: ${value}`);
    }
    expect(found).toEqual([]);
  });

  it('names the second organization’s site, network, office and platform', async () => {
    const home = await readText(outDir, 'index.html');
    expect(home).toContain(`<title>${organization.site.title}</title>`);
    expect(home).toContain(organization.networkName);
    expect(home).toContain(organization.office.name);
    for (const page of pages) expect(await readText(outDir, page), page).toContain(organization.site.title);
    expect(await readText(outDir, 'groups/harbour-city/index.html')).toContain(organization.alumniPlatform.url);
    expect(await readText(outDir, 'sitemap-index.xml')).toContain(new URL(organization.site.url).host);
  });

  it('shows its disclaimer statements in its chapter, on its rule pages and in the template', async () => {
    const chapter = await readText(outDir, 'guidelines/websites-and-social-media/index.html');
    for (const template of Object.values(organization.disclaimers)) expect(chapter).toContain(template);
    expect(await readText(outDir, 'rules/disclaimer-text/index.html')).toContain(disclaimerStatement('independence', exampleGroupName(organization)));
    const addYourGroup = await readText(outDir, 'add-your-group/index.html');
    expect(addYourGroup).toContain(`name: ${organization.networkName} Example Group`);
    expect(addYourGroup).toContain(`Talk to the ${organization.office.name}`);
  });
});
