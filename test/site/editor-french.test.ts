/**
 * The group editor in French, in headless Chromium: the form and what its script writes are in French,
 * the checker's messages stay in English (and say so to the browser), each links to the French chapter,
 * and the file it writes is the same as in English. Skipped, with a warning, where there is no Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserMissing } from '../helpers/browser.ts';
import { testToday } from '../helpers/build-site.ts';
import { axeViolations, siteInBrowser } from '../helpers/site-in-browser.ts';

const { outDir } = inject('site');

describe.skipIf(browserMissing !== undefined)('the group editor in French', () => {
  const site = siteInBrowser(outDir);

  async function openEditor(address: string): Promise<Page> {
    const page = await site.open(address, {}, (page) => page.clock.setFixedTime(new Date(`${testToday}T10:00:00`)));
    await checked(page);
    return page;
  }

  async function checked(page: Page) {
    await page.waitForFunction(() => {
      const summary = document.querySelector('[data-summary]')?.textContent ?? '';
      return !summary.startsWith('Loading') && !summary.startsWith('Chargement') && document.querySelector('[data-file-text]')?.textContent !== '';
    });
    await page.waitForTimeout(400);
  }

  const problemBeside = (page: Page, field: string) => page.locator(`[data-problem-for="${field}"]`);

  /** The same answers, by the labels of each language. */
  async function fill(page: Page, labels: { name: string; join: string; summary: string; website: string }) {
    await page.getByLabel(labels.name).fill('CERN Alumni Lausanne Group');
    await page.getByLabel(labels.join).selectOption('private');
    await page.getByLabel(labels.summary).fill('Alumni around Lausanne meet; write to anna.muster@example.org to join.');
    await page.getByLabel(labels.website).fill('https://lausanne-alumni.example.org');
    await checked(page);
  }

  it('speaks French around the checker’s English messages, links to the French chapters, and writes the same file as in English', async () => {
    const page = await openEditor('/fr/editor/');
    await fill(page, { name: 'Nom du groupe', join: 'Qui peut rejoindre le groupe', summary: 'Résumé', website: 'Site web' });
    await expect(page.locator('[data-summary]').textContent()).resolves.toMatch(/^\d+ problèmes? à corriger avant de proposer le fichier/);
    const problem = problemBeside(page, 'summary');
    await expect(problem.locator('[lang="en"]').textContent()).resolves.toContain('Remove the e-mail address "anna.muster@example.org"');
    await expect(problem.getByRole('link', { name: 'Lire la ligne directrice' }).getAttribute('href')).resolves.toMatch(/^\/fr\/guidelines\/[a-z-]+\/#/);
    // The disclaimer statements are the file's words, in English.
    await expect(page.locator('[data-statements]').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('[data-propose-note]').textContent()).resolves.toContain('GitHub ouvre un nouveau fichier');
    await page.getByRole('button', { name: 'Ajouter un gestionnaire' }).click();
    await expect(page.getByRole('group', { name: 'Gestionnaire 3' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Supprimer ce gestionnaire' }).last().click();
    await checked(page);
    const french = await page.locator('[data-file-text]').textContent();
    const proposal = new URL((await page.getByRole('link', { name: 'Proposer sur GitHub' }).getAttribute('href')) ?? '');
    expect(proposal.searchParams.get('value')).toBe(french);

    const english = await openEditor('/editor/');
    await fill(english, { name: 'Group name', join: 'Who may join', summary: 'Summary', website: 'Website' });
    await expect(english.locator('[data-file-text]').textContent()).resolves.toBe(french);
  }, 90_000);

  it('says in French when a pasted file cannot fill the form, with each line’s problem', async () => {
    const page = await openEditor('/fr/editor/');
    await page.getByRole('tab', { name: 'Coller votre fichier' }).click();
    await page.getByLabel('Le fichier de votre groupe, en entier').fill('---\nname: CERN Alumni Lausanne Group\n\ttype: regional\n---\n\nOur page.\n');
    await checked(page);
    const listed = await page.locator('[data-other-problems] li').allTextContents();
    expect(listed.filter((problem) => problem.startsWith('Ligne 3\u00a0: '))).toHaveLength(1);
    await page.getByRole('tab', { name: 'Remplir le formulaire' }).click();
    await expect(page.locator('[data-summary]').textContent()).resolves.toContain('Impossible de remplir le formulaire à partir de ce fichier');
  }, 60_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation in French, with problems shown (${colorScheme})`, async () => {
      const page = await site.open('/fr/editor/', { colorScheme }, (page) => page.clock.setFixedTime(new Date(`${testToday}T10:00:00`)));
      await checked(page);
      await fill(page, { name: 'Nom du groupe', join: 'Qui peut rejoindre le groupe', summary: 'Résumé', website: 'Site web' });
      expect(await axeViolations(page)).toEqual([]);
    }, 60_000);
  }

  it('made no request to another host, and reported no script or policy error', () => {
    expect(site.foreignRequests).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
