import type { APIRoute, GetStaticPaths } from 'astro';
import { groups, type GroupEntry } from '../../lib/content.ts';
import { calendar } from '../../lib/ics.ts';

export const getStaticPaths = (async () => (await groups()).map((group) => ({ params: { slug: group.id }, props: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: GroupEntry }> = ({ props }) =>
  new Response(calendar(props.group.data.name, [props.group]), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
