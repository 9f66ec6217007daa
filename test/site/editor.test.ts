/**
 * The group editor in headless Chromium, used as a group manager would: the form, the checker's
 * messages beside each field, the file and its GitHub link, editing a published group, drafts, the
 * "paste your file" tab, the keyboard, a phone's width and accessibility. Skipped, with a warning,
 * where there is no Chromium.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkGroups } from '../../src/checker/engine.ts';
import { browserMissing } from '../helpers/browser.ts';
import { copyProject, testToday } from '../helpers/build-site.ts';
import { runCheck } from '../helpers/run-check.ts';
import { axeViolations, siteInBrowser } from '../helpers/site-in-browser.ts';

const { outDir, workDir } = inject('site');

describe.skipIf(browserMissing !== undefined)('the group editor in a browser', () => {
  const site = siteInBrowser(outDir);

  /** The editor on the test site's "today". */
  async function openEditor(query = '', options: BrowserContextOptions = {}): Promise<Page> {
    const page = await site.open(`/editor/${query}`, options, (page) => page.clock.setFixedTime(new Date(`${testToday}T10:00:00`)));
    await checked(page);
    return page;
  }

  /** Waits for the checker to have judged the latest change. */
  async function checked(page: Page) {
    await page.waitForFunction(() => {
      const summary = document.querySelector('[data-summary]')?.textContent ?? '';
      return !summary.startsWith('Loading') && document.querySelector('[data-file-text]')?.textContent !== '';
    });
    await page.waitForTimeout(400);
  }

  const fileOf = (page: Page) => page.locator('[data-file-text]').textContent() as Promise<string>;
  const problemBeside = (page: Page, field: string) => page.locator(`[data-problem-for="${field}"]`);

  /** What the checker run by Node says of the same file, as a pull request would judge it. */
  function nodeMessages(text: string, slug: string): string[] {
    const file = `src/content/groups/${slug}.mdx`;
    return checkGroups([{ path: file, content: text }], { today: testToday, isStrict: () => true }).diagnostics.map((diagnostic) => diagnostic.message);
  }

  async function fillNewGroup(page: Page, answers: { summary: string; joinCriteria: string; website: string }) {
    await page.getByLabel('Group name').fill('CERN Alumni Lausanne Group');
    await page.getByLabel('Type of group').selectOption({ label: 'Regional' });
    await page.getByLabel('Who may join').selectOption('private');
    await page.getByLabel('Summary').fill(answers.summary);
    await page.getByLabel('Region').fill('Lausanne, Switzerland');
    await page.getByLabel('Full name').nth(0).fill('Claire Martin');
    await page.getByLabel('GitHub user name').nth(0).fill('claire-martin');
    await page.getByLabel('Full name').nth(1).fill('Karim Haddad');
    await page.getByLabel('GitHub user name').nth(1).fill('khaddad');
    await page.getByLabel('Objective 1').fill('Keep alumni around Lausanne in touch with each other and with CERN.');
    await page.getByLabel('Who may ask to join').fill(answers.joinCriteria);
    await page.getByLabel('Title').fill('Winter talk at the university');
    await page.getByLabel('Date', { exact: true }).fill('2026-12');
    await page.getByLabel('Website').fill(answers.website);
    await page.getByLabel("The group's page").fill('We meet every month around Lausanne for talks, visits and a summer picnic.');
    await checked(page);
  }

  it('takes a new group from three typical mistakes to a file the checker accepts, and a GitHub link that holds it', async () => {
    const page = await openEditor();
    await fillNewGroup(page, {
      summary: 'Alumni around Lausanne meet; write to anna.muster@example.org to join.',
      joinCriteria: 'Women who live or work around Lausanne.',
      website: 'https://chat.whatsapp.com/Hx7pQ2abcDEF',
    });
    await expect(problemBeside(page, 'summary').textContent()).resolves.toContain('Remove the e-mail address "anna.muster@example.org"');
    await expect(problemBeside(page, 'joinCriteria').textContent()).resolves.toContain('The join criteria select people by gender ("Women")');
    await expect(problemBeside(page, 'channels.website').textContent()).resolves.toContain('Remove this channel to a messaging-app group');
    for (const field of ['Summary', 'Who may ask to join', 'Website']) await expect(page.getByLabel(field).getAttribute('aria-invalid')).resolves.toBe('true');
    // The same words as the command line, for the same file.
    const shown = (await page.locator('.field-problem:not([hidden]) .problem, [data-other-problems] .problem').allTextContents()).map((text) => text.replace(/ Read the guideline$/, ''));
    expect(shown.sort()).toEqual(nodeMessages(await fileOf(page), 'cern-alumni-lausanne-group').sort());
    expect(shown).toHaveLength(3);

    await page.getByLabel('Summary').fill('Alumni around Lausanne meet for talks, visits and a summer picnic.');
    await page.getByLabel('Who may ask to join').fill('Alumni who live or work around Lausanne.');
    await page.getByLabel('Website').fill('https://lausanne-alumni.example.org');
    await checked(page);
    await expect(page.locator('[data-summary]').textContent()).resolves.toBe('No problems: the file is ready to propose.');
    expect(await page.locator('.field-problem:not([hidden])').count()).toBe(0);

    const file = await fileOf(page);
    expect(file).toContain('Responsibility for its website');
    const project = await copyProject({ files: { 'src/content/groups/cern-alumni-lausanne-group.mdx': file } });
    try {
      const result = await runCheck(project, ['src/content/groups/cern-alumni-lausanne-group.mdx', '--today', testToday, '--no-cache', '--format', 'json']);
      expect(result.status, result.stdout).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
    const proposal = new URL((await page.getByRole('link', { name: 'Propose on GitHub' }).getAttribute('href')) ?? '');
    expect(proposal.pathname).toMatch(/\/new\/main$/);
    expect(proposal.searchParams.get('filename')).toBe('src/content/groups/cern-alumni-lausanne-group.mdx');
    expect(proposal.searchParams.get('value')).toBe(file);
  }, 90_000);

  it('edits a published group from its file, keeping what the form does not show, without publishing GitHub user names', async () => {
    const page = await openEditor('?group=bay-area');
    const published = await readFile(path.join(workDir, 'src/content/groups/bay-area.mdx'), 'utf8');
    const frontMatter = (text: string) => parseYaml(text.split(/^---$/m)[1] ?? '') as { managers: { github: string | null }[] } & Record<string, unknown>;
    const handles = frontMatter(published).managers.map((manager) => manager.github);
    // The page carried the file with the managers' GitHub user names left blank.
    const loaded = await fileOf(page);
    expect(loaded).toBe(published.replace(/^([ \t]*(?:-[ \t]+)?github:).*$/gm, '$1'));
    for (const handle of handles) expect(loaded).not.toContain(String(handle));
    await expect(page.getByLabel('Short name for the page').inputValue()).resolves.toBe('bay-area');
    for (const [index, handle] of handles.entries()) await page.getByLabel('GitHub user name').nth(index).fill(String(handle));
    await page.getByLabel('Summary').fill('Alumni living around the San Francisco Bay meet for talks, hikes and picnics.');
    await checked(page);
    const edited = await fileOf(page);
    expect(frontMatter(edited)).toEqual({ ...frontMatter(published), summary: 'Alumni living around the San Francisco Bay meet for talks, hikes and picnics.' });
    expect(edited.slice(edited.lastIndexOf('\n---\n'))).toBe(published.slice(published.lastIndexOf('\n---\n')));
    await expect(page.getByRole('link', { name: 'Propose on GitHub' }).getAttribute('href')).resolves.toMatch(/\/edit\/main\/src\/content\/groups\/bay-area\.mdx$/);
  }, 60_000);

  it('keeps a draft in the browser, which a reload brings back and which can be set aside and brought back', async () => {
    const page = await openEditor();
    await page.getByLabel('Group name').fill('CERN Alumni Draft Group');
    await page.getByLabel('Summary').fill('A summary typed before the page was closed.');
    await checked(page);
    await page.reload();
    await checked(page);
    await expect(page.getByLabel('Summary').inputValue()).resolves.toBe('A summary typed before the page was closed.');
    await expect(page.locator('[data-draft-notice]').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start again with an empty form' }).click();
    await checked(page);
    await expect(page.getByLabel('Summary').inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Bring the draft back' }).click();
    await checked(page);
    await expect(page.getByLabel('Summary').inputValue()).resolves.toBe('A summary typed before the page was closed.');
  }, 60_000);

  it('checks a pasted file line by line, and never drops a file whose front matter cannot be read', async () => {
    const page = await openEditor();
    await page.getByRole('tab', { name: 'Paste your file' }).click();
    const broken = '---\nname: CERN Alumni Lausanne Group\n\ttype: regional\n---\n\nOur page.\n';
    await page.getByLabel('Your group file, whole').fill(broken);
    await checked(page);
    const listed = await page.locator('[data-other-problems] li').allTextContents();
    expect(listed.filter((problem) => problem.startsWith('Line 3: '))).toEqual([expect.stringMatching(/tab/i)]);
    await page.getByRole('tab', { name: 'Fill in the form' }).click();
    await expect(page.locator('[data-summary]').textContent()).resolves.toContain('cannot be filled from this file');
    await expect(page.getByLabel('Your group file, whole').inputValue()).resolves.toBe(broken);
    await expect(fileOf(page)).resolves.toBe(broken);
  }, 60_000);

  it('works from the keyboard alone: Tab reaches the form, and Enter adds a manager', async () => {
    const page = await openEditor();
    await page.getByRole('tab', { name: 'Fill in the form' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('field-slug');
    await page.getByRole('button', { name: 'Add a manager' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('field-managers-2-name');
    await expect(page.getByRole('group', { name: 'Manager 3' }).isVisible()).resolves.toBe(true);
  }, 60_000);

  it('fits a 375 px wide screen without sideways scrolling', async () => {
    const page = await openEditor('', { viewport: { width: 375, height: 740 } });
    await fillNewGroup(page, { summary: 'Write to anna.muster@example.org.', joinCriteria: 'Women only.', website: 'https://chat.whatsapp.com/Hx7pQ2abcDEF' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation, with problems shown (${colorScheme})`, async () => {
      const page = await openEditor('', { colorScheme });
      await fillNewGroup(page, { summary: 'Write to anna.muster@example.org.', joinCriteria: 'Women only.', website: 'https://chat.whatsapp.com/Hx7pQ2abcDEF' });
      expect(await axeViolations(page)).toEqual([]);
    }, 60_000);
  }

  it('made no request to another host, and reported no script or policy error', () => {
    expect(site.foreignRequests).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
