/** Queries the pages share: chapters in reading order, groups by name, listed and archived groups. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLanguage, localizedPath, type Language } from '../i18n/language.ts';

export type Chapter = CollectionEntry<'guidelines'>;
export type GroupEntry = CollectionEntry<'groups'>;

/** The language a chapter is written in: English at the top of the folder, others in a folder of their code. */
export const chapterLanguage = (chapter: Chapter): Language => (chapter.id.includes('/') ? (chapter.id.split('/')[0] as Language) : defaultLanguage);

/** A chapter's name in its address, the same in every language ("managing-a-group"). */
export const chapterSlug = (chapter: Chapter) => chapter.id.split('/').at(-1)!;

/** The chapters in one language, in reading order. */
export async function chapters(language: Language = defaultLanguage): Promise<Chapter[]> {
  return (await getCollection('guidelines')).filter((chapter) => chapterLanguage(chapter) === language).sort((a, b) => a.data.order - b.data.order);
}

const byName = (a: GroupEntry, b: GroupEntry) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id);

export async function groups(): Promise<GroupEntry[]> {
  return (await getCollection('groups')).sort(byName);
}

/** Groups shown in the directory: active and inactive ones. */
export async function listedGroups(): Promise<GroupEntry[]> {
  return (await groups()).filter((group) => group.data.status !== 'terminated');
}

/** Terminated groups: they leave the directory for the archive but keep their page. */
export async function archivedGroups(): Promise<GroupEntry[]> {
  return (await groups()).filter((group) => group.data.status === 'terminated');
}

/** A chapter's address, in its own language. */
export const chapterPath = (chapter: Chapter) => localizedPath(`/guidelines/${chapterSlug(chapter)}/`, chapterLanguage(chapter));

/** Where the handbook starts in a language: its first chapter, whatever the organization's chapters are called. */
export async function handbookPath(language: Language = defaultLanguage): Promise<string> {
  const [first] = await chapters(language);
  if (!first) throw new Error(`The handbook has no chapter in ${language}: add one to src/content/guidelines/${language === defaultLanguage ? '' : `${language}/`}.`);
  return chapterPath(first);
}
