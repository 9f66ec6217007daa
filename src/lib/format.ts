/** How dates and counts read on the site, in each of its languages. Always UTC, so the output never depends on the machine. */
import { defaultLanguage, localeOf, type Language } from '../i18n/language.ts';

const formats = (language: Language) => ({
  day: new Intl.DateTimeFormat(localeOf[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(localeOf[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  number: new Intl.NumberFormat(localeOf[language]),
  plural: new Intl.PluralRules(localeOf[language]),
});
const formatsByLanguage = new Map<Language, ReturnType<typeof formats>>();
const formatsOf = (language: Language) => formatsByLanguage.get(language) ?? formatsByLanguage.set(language, formats(language)).get(language)!;

const isMonthOnly = (date: string) => /^\d{4}-\d{2}$/.test(date);

/** Each date as written in each language: pages write the same few hundred dates thousands of times. */
const writtenDates = new Map<string, string>();

/** "2026-07-12" → "12 July 2026" ("12 juillet 2026"); "2026-12" → "December 2026" ("décembre 2026"). */
export function formatDate(date: string, language: Language = defaultLanguage): string {
  const key = `${language} ${date}`;
  let written = writtenDates.get(key);
  if (written === undefined) {
    written = writeDate(date, language);
    if (writtenDates.size < 100_000) writtenDates.set(key, written);
  }
  return written;
}

function writeDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const { day: dayFormat, month: monthFormat } = formatsOf(language);
  if (isMonthOnly(date)) return monthFormat.format(value);
  // French writes the first of the month as an ordinal: « 1er avril 2019 ».
  return language === 'fr' && day === 1 ? dayFormat.format(value).replace(/^1 /, '1er ') : dayFormat.format(value);
}

/** A number as the language writes it: 1,234 in English, 1 234 in French. */
export const formatNumber = (value: number, language: Language) => formatsOf(language).number.format(value);

/**
 * A count with its noun, by the language's plural rules: `counted(0, 'fr', 'groupe', 'groupes')` →
 * "0 groupe", `counted(1200, 'en', 'group', 'groups')` → "1,200 groups".
 */
export function counted(count: number, language: Language, one: string, many: string): string {
  return `${formatNumber(count, language)} ${formatsOf(language).plural.select(count) === 'one' ? one : many}`;
}

export { isMonthOnly };

/** Whether a plan date (a day, or a month when the day is not fixed) is still to come on `today`. */
export function isUpcoming(date: string, today: string): boolean {
  return isMonthOnly(date) ? date >= today.slice(0, 7) : date >= today;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
