/**
 * The directory's listings: every listed group, and one listing per filter value (type, region,
 * visibility, status), each split into pages. Static pages make filtering work without JavaScript;
 * the script on those pages filters in place from the compact index instead.
 */
import { slug as slugify } from 'github-slugger';
import { groupTypes, type GroupType } from '../config/organization.ts';
import type { GroupEntry } from './content.ts';
import { countryName, placeOf } from './places.ts';
import { groupState, groupStateLabels, type GroupState } from './report.ts';

export const pageSize = 24;

export interface DirectoryEntry {
  slug: string;
  name: string;
  type: GroupType;
  region?: string;
  regionKey?: string;
  /** The country the region names, as a lower-case ISO 3166 code ("ch"). */
  country?: string;
  visibility: 'public' | 'private';
  state: GroupState;
  managers: number;
  summary: string;
}

export const facets = ['type', 'country', 'region', 'visibility', 'status'] as const;
export type Facet = (typeof facets)[number];

export const facetLabels: Record<Facet, string> = { type: 'Type', country: 'Country', region: 'Region', visibility: 'Joining', status: 'Status' };

export const visibilityLabels = { public: 'Public', private: 'Private' } as const;

export const regionKey = (region: string) => slugify(region);

export function directoryEntry(group: GroupEntry): DirectoryEntry {
  const data = group.data;
  const place = placeOf(data.region);
  return {
    slug: group.id,
    name: data.name,
    type: data.type,
    ...(data.region && { region: data.region, regionKey: regionKey(data.region) }),
    ...(place?.country && { country: place.country.toLowerCase() }),
    visibility: data.visibility,
    state: groupState(group),
    managers: data.managers.length,
    summary: data.summary,
  };
}

const facetValue: Record<Facet, (entry: DirectoryEntry) => string | undefined> = {
  type: (entry) => entry.type,
  country: (entry) => entry.country,
  region: (entry) => entry.regionKey,
  visibility: (entry) => entry.visibility,
  status: (entry) => entry.state,
};

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** For a region: the country it is in, as a `country` option's value. */
  country?: string;
}

/** For each facet, the values that occur, in a stable order, with how many groups have each: one pass over the entries. */
export function facetOptions(entries: DirectoryEntry[]): Record<Facet, FacetOption[]> {
  const counts = new Map<string, number>();
  const regions = new Map<string, string>();
  const regionCountries = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const entry of entries) {
    for (const facet of facets) {
      const value = facetValue[facet](entry);
      if (value !== undefined) counts.set(`${facet}\0${value}`, (counts.get(`${facet}\0${value}`) ?? 0) + 1);
    }
    if (entry.regionKey && entry.region && !regions.has(entry.regionKey)) regions.set(entry.regionKey, entry.region);
    if (entry.regionKey && entry.country) regionCountries.set(entry.regionKey, entry.country);
    if (entry.country && !countries.has(entry.country)) countries.set(entry.country, countryName(entry.country));
  }
  const options = (facet: Facet, labels: [string, string][]) =>
    labels.map(([value, label]) => ({ value, label, count: counts.get(`${facet}\0${value}`) ?? 0 })).filter((option) => option.count > 0);
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'en');
  return {
    type: options('type', Object.entries(groupTypes)),
    country: options('country', [...countries].sort(byName)),
    // Regions in the order of their countries' names, then their own; those in no known country last.
    region: options('region', [...regions].sort(byName))
      .map((option): FacetOption => {
        const country = regionCountries.get(option.value);
        return country ? { ...option, country } : option;
      })
      .sort((a, b) => (a.country ? 0 : 1) - (b.country ? 0 : 1) || (countries.get(a.country ?? '') ?? '').localeCompare(countries.get(b.country ?? '') ?? '', 'en')),
    visibility: options('visibility', Object.entries(visibilityLabels)),
    status: options('status', Object.entries(groupStateLabels)),
  };
}

/** With many regions, the filter offers the largest ones (and the current one); the rest are one link away. */
export const regionLimit = 12;

/** The regions with the most groups, in the order `facetOptions` gives them: the ones the filter shows when there are many. */
export function largestRegions(regions: readonly FacetOption[], limit: number): Set<string> {
  return new Set([...regions].sort((a, b) => b.count - a.count).slice(0, limit).map((option) => option.value));
}

export interface Listing {
  /** The path below /groups/, without slashes at either end; '' for the first page of all groups. */
  path: string;
  filter?: { facet: Facet; value: string; label: string };
  page: number;
  pages: number;
  entries: DirectoryEntry[];
  /** How many groups the listing has over all its pages. */
  total: number;
}

export const listingUrl = (filter: Listing['filter'] | undefined, page: number) =>
  `/groups/${filter ? `${filter.facet}/${filter.value}/` : ''}${page > 1 ? `page/${page}/` : ''}`;

function paginate(entries: DirectoryEntry[], filter: Listing['filter']): Listing[] {
  const pages = Math.max(1, Math.ceil(entries.length / pageSize));
  return Array.from({ length: pages }, (_, index) => ({
    path: listingUrl(filter, index + 1).slice('/groups/'.length, -1),
    ...(filter && { filter }),
    page: index + 1,
    pages,
    entries: entries.slice(index * pageSize, (index + 1) * pageSize),
    total: entries.length,
  }));
}

export function listings(entries: DirectoryEntry[], options: Record<Facet, FacetOption[]>): Listing[] {
  const byValue = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    for (const facet of facets) {
      const value = facetValue[facet](entry);
      if (value === undefined) continue;
      const key = `${facet}\0${value}`;
      const list = byValue.get(key);
      if (list) list.push(entry);
      else byValue.set(key, [entry]);
    }
  }
  return [
    ...paginate(entries, undefined),
    ...facets.flatMap((facet) =>
      options[facet].flatMap((option) => paginate(byValue.get(`${facet}\0${option.value}`) ?? [], { facet, value: option.value, label: option.label })),
    ),
  ];
}
