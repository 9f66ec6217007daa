/** Every published group's public fields: what the group pages show, nothing more (no GitHub handles). */
import type { APIRoute } from 'astro';
import { organization } from '../config/organization.ts';
import { groups } from '../lib/content.ts';
import { groupState } from '../lib/report.ts';

export const GET: APIRoute = async () => {
  const published = (await groups()).map((group) => {
    const { managers, ...data } = group.data;
    return {
      slug: group.id,
      url: new URL(`/groups/${group.id}/`, organization.site.url).href,
      ...data,
      managers: managers.map((manager) => ({ name: manager.name })),
      planStatus: data.status === 'active' ? groupState(group) : undefined,
    };
  });
  return new Response(JSON.stringify({ generatedFor: organization.site.url, groups: published }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
