/** Each published group's file as the checker read it, from which the group editor starts "Edit this group". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { groups, type GroupEntry } from '../../../lib/content.ts';

export const getStaticPaths = (async () => (await groups()).map((group) => ({ params: { slug: group.id }, props: { group } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: GroupEntry }> = ({ props }) => new Response(props.group.body ?? '', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
