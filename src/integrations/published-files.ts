/**
 * The files the site publishes beside each group's page, made from the check whose groups the site
 * published: the group's calendar (`/groups/<slug>.ics`) and its group file (`/groups/<slug>.mdx`),
 * which the group editor's "Edit this group" starts from. `astro build` writes them (handbook.ts);
 * `astro dev` serves them from its latest content sync, which the group loader records here.
 *
 * The group file is published as the checker read it, with the managers' GitHub user names left
 * blank: the site names managers but never publishes their user names, which they type again.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../checker/parse.ts';
import { groupCalendar } from '../lib/ics.ts';
import type { PublishedGroup } from './site-check.ts';

/** A group's published files, by their path under the site's `/groups/`, with their content types. */
export function publishedFiles(group: PublishedGroup): { name: string; contentType: string; text: string }[] {
  return [
    { name: `${group.id}.ics`, contentType: 'text/calendar; charset=utf-8', text: groupCalendar(group) },
    { name: `${group.id}.mdx`, contentType: 'text/markdown; charset=utf-8', text: editableFile(group.source) },
  ];
}

/** The file with every `github:` value emptied; empty when its front matter is not closed (such a file has errors and is never published). */
export function editableFile(source: string): string {
  const split = splitFrontMatter(source);
  if (!split || split.unclosed) return '';
  return source.slice(0, split.yamlEnd).replace(/^([ \t]*(?:-[ \t]+)?github:)[^\n]*$/gm, '$1') + source.slice(split.yamlEnd);
}

// Many at a time, so the disk is never waited on file by file, but not all at once: each write holds
// its file open, and 10,000 groups would pass the usual limit of 1,024 open files.
const filesAtOnce = 64;

/** Writes every group's files into the built site's `groups/` folder. */
export async function writePublishedFiles(siteFolder: string, groups: readonly PublishedGroup[]): Promise<void> {
  const folder = path.join(siteFolder, 'groups');
  await mkdir(folder, { recursive: true });
  const files = groups.flatMap(publishedFiles);
  for (let start = 0; start < files.length; start += filesAtOnce) {
    await Promise.all(files.slice(start, start + filesAtOnce).map((file) => writeFile(path.join(folder, file.name), file.text)));
  }
}

/**
 * The groups of the dev server's latest sync, by project folder; shared through the global object, as
 * the loaders and the integration are loaded apart (by Vite and by Node).
 */
const latestSyncs = Symbol.for('alumni-handbook.latest-published-groups');
const latest = () => ((globalThis as { [latestSyncs]?: Map<string, ReadonlyMap<string, PublishedGroup>> })[latestSyncs] ??= new Map());

export function recordPublishedGroups(root: string, groups: readonly PublishedGroup[]): void {
  latest().set(root, new Map(groups.map((group) => [group.id, group])));
}

/** The published file at this path under `/groups/` in the latest sync, if there is one. */
export function latestPublishedFile(root: string, name: string): { contentType: string; text: string } | undefined {
  const slug = name.replace(/\.(?:ics|mdx)$/, '');
  const group = latest().get(root)?.get(slug);
  return group && publishedFiles(group).find((file) => file.name === name);
}
