import type { APIRoute, GetStaticPaths } from 'astro';
import { groups, type GroupEntry } from '../../lib/content.ts';
import { groupCalendar } from '../../lib/ics.ts';

// `astro build` writes these calendars itself, from the build's one check (src/integrations/handbook.ts):
// with thousands of groups, an Astro page each cost many times the writing of the file. `astro dev`
// serves them from here.
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? (await groups()).map((group) => ({ params: { slug: group.id }, props: { group } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: GroupEntry }> = ({ props }) => new Response(groupCalendar(props.group), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
