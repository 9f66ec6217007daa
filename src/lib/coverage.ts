/**
 * The clauses of the source documents, as the chapters trace them in their front matter: each with the
 * section that states it and the rules that check it (or why none can), in the words of the chapters of
 * the given language.
 */
import { render } from 'astro:content';
import type { RuleId } from '../checker/rule-ids.ts';
import { defaultLanguage, type Language } from '../i18n/language.ts';
import { chapters, chapterSlug } from './content.ts';

export interface TracedClause {
  source: string;
  says: string;
  /** "chapter#anchor", the same in every language */
  section: string;
  rules?: readonly RuleId[];
  notCheckable?: string;
}

export async function clauses(language: Language = defaultLanguage): Promise<TracedClause[]> {
  return (await chapters(language)).flatMap((chapter) => chapter.data.clauses.map(({ section, ...clause }) => ({ ...clause, section: `${chapterSlug(chapter)}#${section}` })));
}

const namesByLanguage = new Map<Language, Promise<ReadonlyMap<string, string>>>();

/**
 * What readers call each section in a language, "Chapter title § Section heading" from the chapters
 * written in it, by "chapter#anchor" (the anchors are the same in every language). Read once per build.
 */
export function sectionNames(language: Language = defaultLanguage): Promise<ReadonlyMap<string, string>> {
  let names = namesByLanguage.get(language);
  if (!names) {
    names = chapters(language).then(async (all) => {
      const headings = await Promise.all(all.map(async (chapter) => (await render(chapter)).headings.map((heading) => [`${chapterSlug(chapter)}#${heading.slug}`, `${chapter.data.title} § ${heading.text}`] as const)));
      return new Map(headings.flat());
    });
    namesByLanguage.set(language, names);
  }
  return names;
}
