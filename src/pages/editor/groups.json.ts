/** The name and address of every group, which the group editor compares a new name with (rule unique-name). */
import type { APIRoute } from 'astro';
import { groups } from '../../lib/content.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await groups()).map((group) => ({ slug: group.id, name: group.data.name }))), { headers: { 'Content-Type': 'application/json' } });
