/**
 * The languages of the site's own text. English is the handbook's first language and has no prefix
 * (`/groups/`); every other language the organization publishes (organization.translations) lives under
 * its code (`/fr/groups/`), page for page. Group files stay in whatever language their managers write.
 */
import { organization } from '../config/organization.ts';
import { otherLanguages, type Language } from '../config/organization-type.ts';

export { otherLanguages, type Language, type OtherLanguage } from '../config/organization-type.ts';

export const defaultLanguage = 'en' satisfies Language;

/** The languages this organization's site is published in besides English, each under its own prefix. */
export const translatedLanguages: readonly Language[] = otherLanguages.filter((language) => organization.translations?.[language]);

/** The languages this organization's site is published in, English first. */
export const siteLanguages: readonly Language[] = [defaultLanguage, ...translatedLanguages];

/** How each language names itself, for the language switch. */
export const languageNames: Record<Language, string> = { en: 'English', fr: 'Français' };

/** The BCP 47 tag dates and numbers are formatted with. */
export const localeOf: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The language of a page, read from the first segment of its path. */
export function languageOfPath(pathname: string): Language {
  const first = pathname.split('/')[1];
  return translatedLanguages.find((language) => language === first) ?? defaultLanguage;
}

/** A site path ("/groups/") as it is in the given language ("/fr/groups/"). */
export function localizedPath(path: string, language: Language): string {
  return language === defaultLanguage || !path.startsWith('/') ? path : `/${language}${path}`;
}

/** A page's path without its language prefix: the same page in English. */
export function pathInDefaultLanguage(pathname: string): string {
  const language = languageOfPath(pathname);
  return language === defaultLanguage ? pathname : pathname.slice(language.length + 1) || '/';
}

/**
 * A page's or component's own words in the language of the page at `url`. Every language must give the
 * same keys as English: a missing one fails the build instead of showing an empty place.
 */
export function textFor<T extends Record<string, unknown>>(url: URL, texts: { en: T } & Record<Exclude<Language, 'en'>, NoInfer<T>>): T {
  const language = languageOfPath(url.pathname);
  const text = texts[language];
  const missing = Object.keys(texts.en).filter((key) => !(key in text));
  if (missing.length > 0) throw new Error(`Missing ${languageNames[language]} text for: ${missing.join(', ')}.`);
  return text;
}

/** The static paths of a page in each language other than English: its English paths with the `lang` parameter. */
export function inOtherLanguages<P extends { params: Record<string, string | number | undefined>; props?: Record<string, unknown> }>(paths: readonly P[]) {
  return translatedLanguages.flatMap((lang) => paths.map((path) => ({ ...path, params: { ...path.params, lang } })));
}
