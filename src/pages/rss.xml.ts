/** New and changed groups, newest first, dated by their last activity (or founding): no clock time. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { organization } from '../config/organization.ts';
import { listedGroups } from '../lib/content.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async (context) => {
  const items = (await listedGroups())
    .map((group) => ({ group, date: [group.data.lastActivity, group.data.founded ?? ''].sort().at(-1)! }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.group.id.localeCompare(b.group.id))
    .map(({ group, date }) => ({
      title: group.data.name,
      // Feed readers render a description as HTML: the summary is plain text, so its "<" and "&" are escaped to stay text.
      description: escapeHtml(group.data.summary),
      link: `/groups/${group.id}/`,
      pubDate: new Date(`${date}T00:00:00Z`),
    }));
  return rss({
    title: `${organization.networkName} groups`,
    description: `New and updated groups in the ${organization.networkName} directory.`,
    site: context.site ?? organization.site.url,
    items,
  });
};
