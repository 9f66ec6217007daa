import type { APIRoute } from 'astro';
import { listedGroups } from '../../lib/content.ts';
import { directoryEntry } from '../../lib/directory.ts';
import { directoryIndex } from '../../lib/directory-index.ts';

export const GET: APIRoute = async () => {
  const entries = (await listedGroups()).map(directoryEntry);
  return new Response(JSON.stringify(directoryIndex(entries)), { headers: { 'Content-Type': 'application/json' } });
};
