/** Queries the pages share: chapters in reading order, groups by name. */
import { getCollection } from 'astro:content';

export async function chapters() {
  return (await getCollection('guidelines')).sort((a, b) => a.data.order - b.data.order);
}

export async function groups() {
  return (await getCollection('groups')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
