import type { APIRoute } from 'astro';
import { organization } from '../config/organization.ts';
import { listedGroups } from '../lib/content.ts';
import { calendar } from '../lib/ics.ts';

export const GET: APIRoute = async () =>
  new Response(calendar(`${organization.networkName} groups`, await listedGroups()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
