/**
 * The files the site publishes beside each group's page, made from the check whose groups the site
 * published: the group's calendar (`/groups/<slug>.ics`) and its group file (`/groups/<slug>.mdx`),
 * which the group editor's "Edit this group" starts from. `astro build` writes them (handbook.ts);
 * `astro dev` serves them from its latest content sync, which the group loader records here.
 *
 * The group file is published as the checker read it, with the managers' GitHub user names left
 * blank: the site names managers but never publishes their user names, which they type again.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

/**
 * Writes every group's files into the built site's `groups/` folder, on a thread of its own, while
 * Vite bundles the site. Thousands of small files wait on the disk, not the CPU: on this thread they
 * would hold up the bundling (Node's file system calls share a few threads), and written after the
 * pages they would add their whole time to the build. The thread makes plain blocking calls, so it
 * needs none of those shared threads. Settles once every file is written, or with the first failure.
 */
export function writePublishedFiles(siteFolder: string, groups: readonly PublishedGroup[]): Promise<void> {
  const folder = path.join(siteFolder, 'groups');
  const files = groups.flatMap(publishedFiles).map((file) => [path.join(folder, file.name), file.text]);
  return new Promise((resolve, reject) => {
    const writer = new Worker(writerThread, { eval: true, workerData: { folder, files } });
    const failed = (why: string) => reject(new Error(`The groups' files could not be written into ${folder}: ${why}.`));
    writer.once('error', (error) => failed(error.message));
    writer.once('exit', (code) => (code === 0 ? resolve() : failed(`the writer stopped (exit ${code})`)));
  });
}

const writerThread = `
const { mkdirSync, writeFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
mkdirSync(workerData.folder, { recursive: true });
for (const [file, text] of workerData.files) writeFileSync(file, text);
`;

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
