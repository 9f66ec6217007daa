/**
 * The static paths of the pages that exist once per group, listing, chapter or rule. The English pages
 * use them as they are; their copies in the other languages (src/pages/[lang]/) add the language.
 */
import { rules } from '../checker/rules/index.ts';
import { inOtherLanguages, translatedLanguages } from '../i18n/language.ts';
import { archivedGroups, chapters, chapterSlug, groups, listedGroups } from './content.ts';
import { directoryEntry, facetOptions, largestRegions, listings, regionLimit } from './directory.ts';

export async function groupPagePaths() {
  return (await groups()).map((group) => ({ params: { slug: group.id }, props: { group } }));
}

export async function directoryPagePaths() {
  const entries = (await listedGroups()).map(directoryEntry);
  const options = facetOptions(entries);
  // Computed once for every page, however many regions and pages there are.
  const largest = largestRegions(options.region, regionLimit);
  const archived = (await archivedGroups()).length;
  return listings(entries, options).map((listing) => ({
    params: { listing: listing.path || undefined },
    props: { listing, options, largest, totalGroups: entries.length, archived },
  }));
}

export function rulePagePaths() {
  return rules.map((rule) => ({ params: { id: rule.id }, props: { rule } }));
}

export async function chapterPagePaths() {
  return (await chapters()).map((chapter) => ({ params: { chapter: chapterSlug(chapter) }, props: { chapter } }));
}

/** Each translated chapter, under its own language: a language has exactly the chapters translated into it. */
export async function translatedChapterPagePaths() {
  const perLanguage = await Promise.all(translatedLanguages.map(async (lang) => (await chapters(lang)).map((chapter) => ({ params: { lang, chapter: chapterSlug(chapter) }, props: { chapter } }))));
  return perLanguage.flat();
}

/** The paths of a page that exists once in each language. */
export const singlePagePaths = () => inOtherLanguages([{ params: {} }]);
