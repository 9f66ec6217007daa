/**
 * What readers get beyond one group's page, without a browser: where a region is (the gazetteers),
 * the map's markers, the network's upcoming activities, and the dashboard's figures. The directory's
 * countries are tried in a browser (test/site/browser.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { GroupEntry } from '../src/lib/content.ts';
import { upcomingActivities } from '../src/lib/activities.ts';
import { activitiesByMonth, groupsByCountry, groupsByType, overduePlansAhead } from '../src/lib/dashboard-charts.ts';
import { locate } from '../src/lib/gazetteer.ts';
import { groupMap, mapHeight, mapWidth, markerSpacing, type MapMarker } from '../src/lib/world-map.ts';

/** A published group as the content collection gives it, with only what these pages read. */
function group(id: string, data: { region?: string; type?: string; status?: string; planYear?: number; activities?: { title: string; date: string; kind: string }[] }): GroupEntry {
  return {
    id,
    collection: 'groups',
    data: {
      name: `CERN Alumni ${id} Group`,
      type: data.type ?? 'regional',
      managedBy: 'alumni',
      visibility: 'public',
      status: data.status ?? 'active',
      summary: 'A group of the alumni network.',
      ...(data.region && { region: data.region }),
      managers: [{ name: 'A Person', github: 'a-person' }],
      objectives: ['Meet.'],
      lastActivity: '2026-10-01',
      annualPlan: { year: data.planYear ?? 2026, activities: data.activities ?? [{ title: 'Picnic', date: '2026-07-04', kind: 'event' }] },
    },
  } as unknown as GroupEntry;
}

describe('the gazetteers', () => {
  it('place a region by its city, in English or in the country’s own words, within the region’s country', () => {
    expect(locate('Geneva, Switzerland')).toMatchObject({ country: 'CH', latitude: expect.closeTo(46.2, 1), longitude: expect.closeTo(6.14, 1) });
    expect(locate('Genève, Suisse')).toMatchObject({ country: 'CH', latitude: expect.closeTo(46.2, 1) });
    expect(locate('Zürich, Schweiz')).toMatchObject({ country: 'CH', latitude: expect.closeTo(47.4, 1) });
    expect(locate('São Paulo, Brasil')).toMatchObject({ country: 'BR', latitude: expect.closeTo(-23.55, 1) });
    // The San Francisco of the United States, not of Argentina.
    expect(locate('San Francisco Bay Area, United States')).toMatchObject({ place: 'San Francisco', country: 'US', latitude: expect.closeTo(37.7, 1) });
    expect(locate('Greater Lyon, France')).toMatchObject({ place: 'Lyon', country: 'FR' });
    // A city-state, named by its country's name alone or twice.
    expect(locate('Singapore, Singapore')).toMatchObject({ country: 'SG', latitude: expect.closeTo(1.29, 1) });
    expect(locate('Luxembourg')).toMatchObject({ country: 'LU', latitude: expect.closeTo(49.6, 1) });
  });

  it('leave a region they cannot place, or that names no country, unplaced', () => {
    expect(locate('Atlantis, France')).toBeUndefined();
    expect(locate('Somewhere nice')).toBeUndefined();
    // A country alone is no place to put a marker.
    expect(locate('Germany')).toBeUndefined();
  });
});

describe('the map of the groups', () => {
  it('puts one marker per place, however it is spelt, inside the map, and lists the regions it cannot place', () => {
    const { markers, unplaced } = groupMap([
      group('geneva', { region: 'Geneva, Switzerland' }),
      group('geneve', { region: 'Genève, Suisse' }),
      group('tokyo', { region: 'Tokyo, Japan' }),
      group('atlantis', { region: 'Atlantis, France' }),
      group('cms', { type: 'scientific-collaboration' }),
    ]);
    // Geneva and Genève are one place, with one marker for both groups.
    expect(markers.map((marker) => marker.groups.map((entry) => entry.slug)).sort()).toEqual([['geneva', 'geneve'], ['tokyo']]);
    for (const marker of markers) {
      expect(marker.x).toBeGreaterThan(0);
      expect(marker.x).toBeLessThan(mapWidth);
      expect(marker.y).toBeGreaterThan(0);
      expect(marker.y).toBeLessThan(mapHeight);
    }
    const tokyo = markers.find((marker) => marker.place === 'Tokyo');
    const geneva = markers.find((marker) => marker.groups.some((entry) => entry.slug === 'geneva'));
    // East is right, north is up.
    expect(tokyo!.x).toBeGreaterThan(geneva!.x);
    expect(tokyo!.y).toBeGreaterThan(geneva!.y);
    expect(unplaced).toEqual([{ slug: 'atlantis', region: 'Atlantis, France' }]);
  });

  it('moves markers too close to click apart, each tied to its place, and leaves the others where they are', () => {
    const { markers } = groupMap([
      group('lyon', { region: 'Lyon, France' }),
      group('geneva', { region: 'Geneva, Switzerland' }),
      group('annecy', { region: 'Annecy, France' }),
      group('tokyo', { region: 'Tokyo, Japan' }),
    ]);
    const bySlug = (slug: string) => markers.find((marker) => marker.groups.some((entry) => entry.slug === slug))!;
    const [lyon, geneva, annecy, tokyo] = ['lyon', 'geneva', 'annecy', 'tokyo'].map(bySlug) as [MapMarker, MapMarker, MapMarker, MapMarker];
    // The three places are a few pixels apart on a world map.
    expect(Math.hypot(lyon.at.x - geneva.at.x, lyon.at.y - geneva.at.y)).toBeLessThan(markerSpacing / 2);
    for (const [one, other] of [[lyon, geneva], [lyon, annecy], [geneva, annecy]] as const) {
      expect(Math.hypot(one.x - other.x, one.y - other.y)).toBeGreaterThanOrEqual(markerSpacing - 0.2);
    }
    // Each stays near its place, and the place is kept for the line that ties them.
    for (const marker of [lyon, geneva, annecy]) expect(Math.hypot(marker.x - marker.at.x, marker.y - marker.at.y)).toBeLessThan(markerSpacing);
    expect(geneva.x).toBeGreaterThan(lyon.x);
    expect([tokyo.x, tokyo.y]).toEqual([tokyo.at.x, tokyo.at.y]);
  });
});

describe('the network’s upcoming activities', () => {
  it('are those of active groups from today on, soonest first, with their group', () => {
    const activities = upcomingActivities(
      [
        group('lyon', { region: 'Lyon, France', activities: [{ title: 'Past picnic', date: '2026-06-01', kind: 'event' }, { title: 'Winter talk', date: '2026-12-10', kind: 'event' }] }),
        group('tokyo', { region: 'Tokyo, Japan', activities: [{ title: 'Year-end party', date: '2026-12', kind: 'event' }, { title: 'New year seminar', date: '2027-01-23', kind: 'meeting' }] }),
        group('asleep', { status: 'inactive', activities: [{ title: 'Never held', date: '2026-12-24', kind: 'event' }] }),
      ],
      '2026-12-02',
    );
    expect(activities.map((activity) => activity.title)).toEqual(['Year-end party', 'Winter talk', 'New year seminar']);
    expect(activities[0]?.group).toEqual({ slug: 'tokyo', name: 'CERN Alumni tokyo Group', type: 'regional', region: 'Tokyo, Japan', country: 'jp' });
  });
});

describe('the dashboard’s groups by country', () => {
  it('recognise every spelling of a country', () => {
    const groups = [group('geneva', { region: 'Geneva, Switzerland' }), group('zurich', { region: 'Zürich, Schweiz' }), group('lyon', { region: 'Lyon, France' })];
    expect(groupsByCountry(groups)).toEqual([
      { label: 'Switzerland', value: 2 },
      { label: 'France', value: 1 },
    ]);
  });
});

describe('the dashboard’s plans overdue ahead', () => {
  it('counts the plans that will be overdue at each month’s start if none is renewed', () => {
    const bars = overduePlansAhead([group('a', { planYear: 2026 }), group('b', { planYear: 2027 }), group('c', { planYear: 2025 })], '2026-11-21', 3);
    expect(bars.map((bar) => bar.value)).toEqual([1, 1, 2]);
    expect(bars.map((bar) => bar.label)).toEqual(['Today (21 November 2026)', 'December 2026', 'January 2027']);
  });
});

const frenchNetwork = [
  group('geneva', { region: 'Geneva, Switzerland' }),
  group('zurich', { region: 'Zürich, Schweiz' }),
  group('boston', { region: 'Boston, USA' }),
  group('somewhere', { region: 'Somewhere nice' }),
  group('school', { type: 'school', activities: [{ title: 'Reunion', date: '2027-02', kind: 'event' }] }),
];

describe('the dashboard’s charts in French', () => {
  it('name countries in French and sort them in French order', () => {
    expect(groupsByCountry(frenchNetwork, 'fr')).toEqual([
      { label: 'Suisse', value: 2 },
      { label: 'États-Unis', value: 1 },
      { label: 'Région sans pays reconnu', value: 1 },
      { label: 'Sans région', value: 1 },
    ]);
  });

  it('keep the English labels on English pages', () => {
    expect(groupsByCountry(frenchNetwork).map((bar) => bar.label)).toEqual(['Switzerland', 'No region', 'Region without a known country', 'United States']);
    expect(groupsByType(frenchNetwork).map((bar) => bar.label)).toEqual(['Regional', 'School']);
  });

  it('name the types of group in French', () => {
    expect(groupsByType(frenchNetwork, 'fr').map((bar) => bar.label)).toEqual(['Régional', 'École']);
  });

  it('name the months in French', () => {
    expect(overduePlansAhead(frenchNetwork, '2026-11-21', 3, 'fr').map((bar) => bar.label)).toEqual(['Aujourd’hui (21 novembre 2026)', 'décembre 2026', 'janvier 2027']);
    expect(activitiesByMonth(frenchNetwork, 'fr').map((bar) => bar.label)).toEqual(['juillet 2026', 'février 2027']);
  });
});
