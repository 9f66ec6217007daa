/**
 * Where a group is, as readers see it: its region as written, and the country the region names,
 * recognised in any spelling the checker accepts ("Suisse", "Schweiz", "USA": src/checker/countries.ts)
 * and named in the reader's language by the browser's and Node's own country names (CLDR).
 */
import { countryOf } from '../checker/countries.ts';
import { defaultLanguage, localeOf, type Language } from '../i18n/language.ts';

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The country's name in a language of the site, from its ISO 3166 code ("CH" → "Switzerland", "Suisse"
 * in French). English names are CLDR's "en" ones ("St. Lucia"), as the pages have always written them.
 */
export function countryName(code: string, language: Language = defaultLanguage): string {
  const locale = language === defaultLanguage ? 'en' : localeOf[language];
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    displayNames.set(locale, names);
  }
  return names.of(code.toUpperCase()) ?? code.toUpperCase();
}

export interface Place {
  region: string;
  /** ISO 3166 alpha-2 code, upper case, when the region names a country. */
  country?: string;
}

export function placeOf(region: string | undefined): Place | undefined {
  if (!region) return undefined;
  const country = countryOf(region);
  return country ? { region, country } : { region };
}
