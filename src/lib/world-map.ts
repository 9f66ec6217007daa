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
  /** Where the marker is drawn: at its place, or moved off a marker it would hide (see `at`). */
  x: number;
  y: number;
  /** Where the place is on the map. */
  at: { x: number; y: number };
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
    const [x, y] = [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10];
    const marker = markers.get(at) ?? { x, y, at: { x, y }, place: located.place, country: located.country, groups: [] };
    marker.groups.push({ slug: group.id, name: group.data.name, region });
    markers.set(at, marker);
  }
  const placed = [...markers.values()].sort((a, b) => a.at.y - b.at.y || a.at.x - b.at.x);
  spreadApart(placed);
  return { markers: placed, unplaced };
}

/**
 * The distance, in the map's units, below which two markers are moved apart: Lyon and Geneva are two
 * pixels apart on a world map, and a marker under another could not be clicked. Twice a marker's
 * radius on a phone, where markers are drawn larger for a finger (global.css), so that none covers
 * another there either.
 */
export const markerSpacing = 32;
const spreadRounds = 50;

/**
 * Moves markers that are too close apart, a little at a time, until none is nearer than
 * `markerSpacing` to another (or the rounds are spent); each keeps its place in `at`. Only neighbours
 * are compared, through a grid of `markerSpacing` cells, so a large network costs no more than linear
 * time a round.
 */
function spreadApart(markers: MapMarker[]): void {
  const cellOf = (value: number) => Math.floor(value / markerSpacing);
  for (let round = 0; round < spreadRounds; round++) {
    const grid = new Map<string, number[]>();
    markers.forEach((marker, index) => {
      const key = `${cellOf(marker.x)} ${cellOf(marker.y)}`;
      const cell = grid.get(key);
      if (cell) cell.push(index);
      else grid.set(key, [index]);
    });
    let moved = false;
    markers.forEach((marker, index) => {
      for (let column = cellOf(marker.x) - 1; column <= cellOf(marker.x) + 1; column++) {
        for (let row = cellOf(marker.y) - 1; row <= cellOf(marker.y) + 1; row++) {
          for (const otherIndex of grid.get(`${column} ${row}`) ?? []) {
            if (otherIndex <= index) continue;
            const other = markers[otherIndex] as MapMarker;
            let [dx, dy] = [other.x - marker.x, other.y - marker.y];
            const distance = Math.hypot(dx, dy);
            if (distance >= markerSpacing) continue;
            // Two markers at one point part along a direction of their own, the same in every build.
            if (distance === 0) [dx, dy] = [Math.cos(otherIndex * 2.4), Math.sin(otherIndex * 2.4)];
            const push = (markerSpacing - distance) / 2 / (Math.hypot(dx, dy) || 1) + 0.01;
            marker.x -= dx * push;
            marker.y -= dy * push;
            other.x += dx * push;
            other.y += dy * push;
            moved = true;
          }
        }
      }
    });
    if (!moved) break;
  }
  for (const marker of markers) {
    marker.x = Math.round(Math.min(Math.max(marker.x, markerSpacing / 2), mapWidth - markerSpacing / 2) * 10) / 10;
    marker.y = Math.round(Math.min(Math.max(marker.y, markerSpacing / 2), mapHeight - markerSpacing / 2) * 10) / 10;
  }
}
