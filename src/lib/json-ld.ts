/** schema.org data for a group page: the group as an Organization, its dated plan activities as Events. */
import { organization } from '../config/organization.ts';
import type { GroupEntry } from './content.ts';

export function groupJsonLd(group: GroupEntry): Record<string, unknown> {
  const data = group.data;
  const url = new URL(`/groups/${group.id}/`, organization.site.url).href;
  const sameAs = [data.channels?.website, ...(data.channels?.social ?? []).map((channel) => channel.url)].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: data.name,
    description: data.summary,
    url,
    ...(data.founded && { foundingDate: data.founded }),
    ...(data.region && { areaServed: data.region }),
    parentOrganization: { '@type': 'Organization', name: organization.networkName, url: organization.alumniPlatform.url },
    ...(sameAs.length > 0 && { sameAs }),
    event: data.annualPlan.activities.map((activity) => ({
      '@type': 'Event',
      name: activity.title,
      startDate: activity.date,
      ...(activity.location && { location: { '@type': 'Place', name: activity.location } }),
      organizer: { '@type': 'Organization', name: data.name, url },
    })),
  };
}

/**
 * JSON that is safe inside a <script> element: `<` and `>` (so no text can close the element or open a
 * comment), `&`, and the two line separators JavaScript once rejected are written as \u escapes.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
