/** The site's languages: reading a page's language from its address, and the words and formats of each. */
import { describe, expect, it } from 'vitest';
import { languageOfPath, localizedPath, pathInDefaultLanguage, textFor } from '../src/i18n/language.ts';
import { counted, formatDate, formatNumber } from '../src/lib/format.ts';

describe('a page’s language', () => {
  it('is read from the first segment of its address only', () => {
    expect(languageOfPath('/fr/groups/lyon/')).toBe('fr');
    expect(languageOfPath('/fr/')).toBe('fr');
    expect(languageOfPath('/groups/lyon/')).toBe('en');
    // A group or a country page named like a language is still an English page.
    expect(languageOfPath('/groups/fr/')).toBe('en');
    expect(languageOfPath('/groups/country/fr/')).toBe('en');
    expect(languageOfPath('/france/')).toBe('en');
  });

  it('turns an address into the same page in another language, and back', () => {
    expect(localizedPath('/groups/', 'fr')).toBe('/fr/groups/');
    expect(localizedPath('/', 'fr')).toBe('/fr/');
    expect(localizedPath('/groups/', 'en')).toBe('/groups/');
    expect(localizedPath('https://example.org/', 'fr')).toBe('https://example.org/');
    expect(pathInDefaultLanguage('/fr/groups/lyon/')).toBe('/groups/lyon/');
    expect(pathInDefaultLanguage('/fr/')).toBe('/');
    expect(pathInDefaultLanguage('/groups/fr/')).toBe('/groups/fr/');
  });
});

describe('a page’s own words', () => {
  const texts = { en: { title: 'Groups' }, fr: { title: 'Groupes' } };
  it('are those of the page’s language', () => {
    expect(textFor(new URL('https://example.org/fr/groups/'), texts).title).toBe('Groupes');
    expect(textFor(new URL('https://example.org/groups/'), texts).title).toBe('Groups');
  });

  it('fail the build when a language misses one', () => {
    const incomplete = { en: { title: 'Groups', lead: 'All groups' }, fr: { title: 'Groupes' } } as unknown as { en: { title: string; lead: string }; fr: { title: string; lead: string } };
    expect(() => textFor(new URL('https://example.org/fr/groups/'), incomplete)).toThrow('Missing Français text for: lead.');
  });
});

describe('dates and counts', () => {
  it('are written the language’s way', () => {
    expect(formatDate('2026-07-12', 'en')).toBe('12 July 2026');
    expect(formatDate('2026-07-12', 'fr')).toBe('12 juillet 2026');
    expect(formatDate('2026-12', 'fr')).toBe('décembre 2026');
    expect(formatDate('2019-04-01', 'fr')).toBe('1er avril 2019');
    expect(formatDate('2019-04-11', 'fr')).toBe('11 avril 2019');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'fr')).toBe('1\u202f234');
  });

  it('take the noun the language’s plural rules choose', () => {
    expect(counted(0, 'en', 'group', 'groups')).toBe('0 groups');
    expect(counted(0, 'fr', 'groupe', 'groupes')).toBe('0 groupe');
    expect(counted(1, 'fr', 'groupe', 'groupes')).toBe('1 groupe');
    expect(counted(2, 'fr', 'groupe', 'groupes')).toBe('2 groupes');
  });
});
