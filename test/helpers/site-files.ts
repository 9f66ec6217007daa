/** Reading the built site in tests: its files, its HTML pages, and the elements a page contains. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

export async function htmlPages(root: string): Promise<string[]> {
  return (await listFiles(root)).filter((file) => file.endsWith('.html'));
}

export const readText = (root: string, file: string) => readFile(path.join(root, file), 'utf8');

export interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** The text of a <script> or <style> element. */
  content?: string;
}

const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const tokenPattern =
  /<!--[\s\S]*?-->|<(script|style)\b((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(attributePattern)) attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attributes;
}

/** The start tags of an HTML document, read the way a browser tokenizes them (quoted values may hold `<` and `>`). */
export function tags(html: string): Tag[] {
  const found: Tag[] = [];
  for (const match of html.matchAll(tokenPattern)) {
    if (match[1]) found.push({ name: match[1].toLowerCase(), attributes: parseAttributes(match[2] ?? ''), content: match[3] ?? '' });
    else if (match[4]) found.push({ name: match[4].toLowerCase(), attributes: parseAttributes(match[5] ?? '') });
  }
  return found;
}

/** The text between tags, with entities left as written. */
export const textOutsideTags = (html: string) => html.replace(tokenPattern, ' ');
