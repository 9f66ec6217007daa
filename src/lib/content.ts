/** Queries the pages share: chapters in reading order, groups by name, listed and archived groups. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'guidelines'>;
export type GroupEntry = CollectionEntry<'groups'>;

export async function chapters(): Promise<Chapter[]> {
  return (await getCollection('guidelines')).sort((a, b) => a.data.order - b.data.order);
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

export const chapterPath = (id: string) => `/guidelines/${id}/`;

/** Where the handbook starts: its first chapter, whatever the organization's chapters are called. */
export async function handbookPath(): Promise<string> {
  const [first] = await chapters();
  if (!first) throw new Error('The handbook has no chapter: add one to src/content/guidelines/.');
  return chapterPath(first.id);
}
