/**
 * The site in English and French: every page exists in both at the same address under /fr/, says
 * which language it is in and where its other version is, and a French reader stays on French pages.
 * The chapters are the same document in both languages: the same sections, under the same ids.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, readText, tags, textOutsideTags } from '../helpers/site-files.ts';

const { outDir } = inject('site');
const site = 'https://handbook.alumni.example.org';

let english: string[];
let french: string[];
beforeAll(async () => {
  const pages = (await htmlPages(outDir)).filter((page) => page !== '404.html');
  french = pages.filter((page) => page.startsWith('fr/'));
  english = pages.filter((page) => !page.startsWith('fr/'));
});

const addressOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;

describe('the site in English and French', () => {
  it('has every page in both languages, at the same address under /fr/', () => {
    expect(english.length).toBeGreaterThan(40);
    expect(french.map((page) => page.slice('fr/'.length))).toEqual(english);
  });

  it('says each page’s language and links each version to the other', async () => {
    for (const page of [...english.slice(0, 60), ...french.slice(0, 60)]) {
      const isFrench = page.startsWith('fr/');
      const html = await readText(outDir, page);
      const all = tags(html);
      expect(all.find((tag) => tag.name === 'html')?.attributes.lang, page).toBe(isFrench ? 'fr' : 'en');
      const alternates = Object.fromEntries(all.filter((tag) => tag.name === 'link' && tag.attributes.rel === 'alternate' && tag.attributes.hreflang).map((tag) => [tag.attributes.hreflang, tag.attributes.href]));
      const englishAddress = addressOf(isFrench ? page.slice('fr/'.length) : page);
      expect(alternates, page).toEqual({ en: site + englishAddress, fr: `${site}/fr${englishAddress}`, 'x-default': site + englishAddress });
    }
  });

  it('keeps a French reader on French pages, except the switch back to English and the data files', async () => {
    const leaving: string[] = [];
    for (const page of french) {
      for (const tag of tags(await readText(outDir, page))) {
        const href = tag.name === 'a' ? tag.attributes.href : undefined;
        if (!href?.startsWith('/') || href.startsWith('/fr/') || tag.attributes.hreflang === 'en') continue;
        if (/\.(?:ics|xml|json|png|jpe?g|webp|avif)$/.test(href) || href.startsWith('/images/')) continue;
        leaving.push(`${page}: ${href}`);
      }
    }
    expect(leaving).toEqual([]);
  });

  it('has the same sections, in the same order and under the same ids, in each chapter of both languages', async () => {
    const chapters = english.filter((page) => page.startsWith('guidelines/'));
    expect(chapters.length).toBeGreaterThan(3);
    const sectionIds = (html: string) => tags(html).filter((tag) => /^h[2-6]$/.test(tag.name) && tag.attributes.id).map((tag) => tag.attributes.id);
    for (const chapter of chapters) {
      const inEnglish = sectionIds(await readText(outDir, chapter));
      expect(inEnglish.length, chapter).toBeGreaterThan(0);
      expect(sectionIds(await readText(outDir, `fr/${chapter}`)), chapter).toEqual(inEnglish);
    }
  });

  it('marks a group’s own text with the language its managers wrote it in, on pages of either language', async () => {
    for (const page of ['groups/bay-area/index.html', 'fr/groups/bay-area/index.html']) {
      const marked = tags(await readText(outDir, page)).filter((tag) => tag.attributes.lang === 'en' && /\b(?:lead|group-text)\b/.test(tag.attributes.class ?? ''));
      expect(marked.map((tag) => tag.attributes.class), page).toEqual(['lead', 'group-text']);
    }
  });

  it('writes dates in the page’s language', async () => {
    const months = (locale: string) => Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, 1))));
    const englishMonths = new RegExp(`\\b(?:${months('en-GB').join('|')}) \\d{4}\\b`);
    const frenchMonths = new RegExp(`\\b(?:${months('fr-FR').join('|')}) \\d{4}\\b`);
    for (const page of ['activities/index.html', 'groups/bay-area/index.html']) {
      const inEnglish = textOutsideTags(await readText(outDir, page));
      const inFrench = textOutsideTags(await readText(outDir, `fr/${page}`));
      expect(inEnglish, page).toMatch(englishMonths);
      expect(inFrench, page).toMatch(frenchMonths);
      expect(inFrench, page).not.toMatch(englishMonths);
    }
  });

  it('lists both versions of each page in the sitemap', async () => {
    const sitemap = await readText(outDir, 'sitemap-0.xml');
    const entry = sitemap.split('<url>').find((url) => url.startsWith(`<loc>${site}/groups/bay-area/</loc>`));
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${site}/groups/bay-area/"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${site}/fr/groups/bay-area/"/>`);
  });

  it('has a search index for each language', () => {
    for (const language of ['en', 'fr']) expect(existsSync(path.join(outDir, 'pagefind', `wasm.${language}.pagefind`)), language).toBe(true);
  });
});
