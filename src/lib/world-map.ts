/**
 * The map of the groups, drawn at build time: the world's land from Natural Earth (world-atlas,
 * 1:110 million) in the Equal Earth projection (d3-geo), and a marker for each place a regional group
 * is (gazetteer.ts). No tiles and no request to another host: the land is one SVG file of the site,
 * and the markers are part of the page.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json' with { type: 'json' };
import type { GroupEntry } from './content.ts';
import { locate } from './gazetteer.ts';

export const mapWidth = 960;
export const mapHeight = 470;
/** Where the land's drawing is, for pages to show it with <use>. */
export const landAddress = '/map/land.svg';

const topology = land as unknown as Topology<{ land: GeometryCollection }>;
const landShape = feature(topology, topology.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
const projection = geoEqualEarth().fitSize([mapWidth, mapHeight], landShape);

/** The land as one SVG path, to one decimal of a pixel. */
export function landPath(): string {
  return geoPath(projection).digits(1)(landShape) ?? '';
}

export interface MapMarker {
  x: number;
  y: number;
  place: string;
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  groups: { slug: string; name: string; region: string }[];
}

export interface GroupMap {
  markers: MapMarker[];
  /** Regions no gazetteer could place: a warning for the office, never a failure. */
  unplaced: { slug: string; region: string }[];
}

/** The markers of the groups that name a region, one per place, and the regions that could not be placed. */
export function groupMap(groups: readonly GroupEntry[]): GroupMap {
  const markers = new Map<string, MapMarker>();
  const unplaced: GroupMap['unplaced'] = [];
  for (const group of groups) {
    const region = group.data.region;
    if (!region) continue;
    const located = locate(region);
    const point = located && projection([located.longitude, located.latitude]);
    if (!located || !point) {
      unplaced.push({ slug: group.id, region });
      continue;
    }
    const at = `${located.place} ${located.country}`;
    const marker = markers.get(at) ?? { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10, place: located.place, country: located.country, groups: [] };
    marker.groups.push({ slug: group.id, name: group.data.name, region });
    markers.set(at, marker);
  }
  return { markers: [...markers.values()].sort((a, b) => a.y - b.y || a.x - b.x), unplaced };
}
