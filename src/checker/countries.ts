/**
 * Countries by their names in the languages of the network ("Schweiz", "Suisse", "Svizzera",
 * "Switzerland" are all CH), from the i18n-iso-countries list: a group's region names its country,
 * which tells the checker how phone numbers are written there.
 */
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import el from 'i18n-iso-countries/langs/el.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import pl from 'i18n-iso-countries/langs/pl.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import tr from 'i18n-iso-countries/langs/tr.json' with { type: 'json' };
import { fold } from './text/words.ts';

const locales = [en, fr, de, it, es, pt, nl, pl, el, tr];
for (const locale of locales) countries.registerLocale(locale);

/** A place's name as names are compared: folded, punctuation as spaces ("Genève-Ville" → "geneve ville"). */
export const placeNameKey = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every name of every country, folded, to its ISO 3166 alpha-2 code. */
const byName = new Map<string, string>();
/** Every name of each country, as written, by its code. */
const namesByCode = new Map<string, Set<string>>();
for (const { locale } of locales) {
  for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
    for (const name of names) byName.set(placeNameKey(name), code);
    namesByCode.set(code, new Set([...(namesByCode.get(code) ?? []), ...names]));
  }
}

/** Every name the checker knows for a country (CH: "Switzerland", "Suisse", "Schweiz", …; US: "United States", "USA", …). */
export const namesOfCountry = (code: string): string[] => [...(namesByCode.get(code.toUpperCase()) ?? [])];

/** The country a region names ("Lyon, France" → FR, "São Paulo, Brasil" → BR), from its last part. */
export function countryOf(region: string): string | undefined {
  const parts = region.split(/[,/(–—-]/).map(placeNameKey).filter(Boolean);
  for (const part of parts.reverse()) {
    const code = byName.get(part);
    if (code) return code;
  }
  return undefined;
}
