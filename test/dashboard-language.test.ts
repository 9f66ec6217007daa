/**
 * The office dashboard's chart labels in each language of the site: months and countries named by Intl
 * in the page's language, the charts' own words translated, English unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { GroupEntry } from '../src/lib/content.ts';
import { activitiesByMonth, groupsByCountry, groupsByType, overduePlansAhead } from '../src/lib/dashboard-charts.ts';

function group(id: string, data: { region?: string; type?: string; planYear?: number; activities?: { title: string; date: string; kind: string }[] }): GroupEntry {
  return {
    id,
    collection: 'groups',
    data: {
      name: `CERN Alumni ${id} Group`,
      type: data.type ?? 'regional',
      status: 'active',
      ...(data.region && { region: data.region }),
      managers: [{ name: 'A Person', github: 'a-person' }],
      lastActivity: '2026-10-01',
      annualPlan: { year: data.planYear ?? 2026, activities: data.activities ?? [{ title: 'Picnic', date: '2026-07-04', kind: 'event' }] },
    },
  } as unknown as GroupEntry;
}

const network = [
  group('geneva', { region: 'Geneva, Switzerland' }),
  group('zurich', { region: 'Zürich, Schweiz' }),
  group('boston', { region: 'Boston, USA' }),
  group('somewhere', { region: 'Somewhere nice' }),
  group('school', { type: 'school', activities: [{ title: 'Reunion', date: '2027-02', kind: 'event' }] }),
];

describe('the dashboard’s charts in French', () => {
  it('name countries in French and sort them in French order', () => {
    expect(groupsByCountry(network, 'fr')).toEqual([
      { label: 'Suisse', value: 2 },
      { label: 'États-Unis', value: 1 },
      { label: 'Région sans pays reconnu', value: 1 },
      { label: 'Sans région', value: 1 },
    ]);
  });

  it('keep the English labels on English pages', () => {
    expect(groupsByCountry(network).map((bar) => bar.label)).toEqual(['Switzerland', 'No region', 'Region without a known country', 'United States']);
    expect(groupsByType(network).map((bar) => bar.label)).toEqual(['Regional', 'School']);
  });

  it('name the types of group in French', () => {
    expect(groupsByType(network, 'fr').map((bar) => bar.label)).toEqual(['Régional', 'École']);
  });

  it('name the months in French', () => {
    expect(overduePlansAhead(network, '2026-11-21', 3, 'fr').map((bar) => bar.label)).toEqual(['Aujourd’hui (21 novembre 2026)', 'décembre 2026', 'janvier 2027']);
    expect(activitiesByMonth(network, 'fr').map((bar) => bar.label)).toEqual(['juillet 2026', 'février 2027']);
  });
});
