/** The world's land for the map of the groups (src/lib/world-map.ts), one file every page showing the map shares. */
import type { APIRoute } from 'astro';
import { landPath, mapHeight, mapWidth } from '../../lib/world-map.ts';

export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${mapHeight}"><path id="land" fill="currentColor" d="${landPath()}"/></svg>\n`,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
