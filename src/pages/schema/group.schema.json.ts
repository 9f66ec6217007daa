/** The front matter's JSON Schema, for editors' YAML support. */
import type { APIRoute } from 'astro';
import { organization } from '../../config/organization.ts';
import { groupJsonSchema } from '../../lib/group-template.ts';

export const GET: APIRoute = () => {
  const schema = {
    ...groupJsonSchema(),
    $id: new URL('/schema/group.schema.json', organization.site.url).href,
    title: `${organization.networkName} group file front matter`,
  };
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
