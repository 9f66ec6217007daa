/**
 * The directory's listings: every listed group, and one listing per filter value (type, region,
 * visibility, status), each split into pages. Static pages make filtering work without JavaScript;
 * the script on those pages filters in place from the compact index instead.
 */
import { slug as slugify } from 'github-slugger';
import { groupTypes, type GroupType } from '../config/organization.ts';
import { defaultLanguage, localizedPath, type Language } from '../i18n/language.ts';
import { organizationIn } from '../i18n/organization-text.ts';
import type { GroupEntry } from './content.ts';
import { groupLanguage } from './group-language.ts';
import { countryName, placeOf } from './places.ts';
import { groupState, groupStateLabels, type GroupState } from './report.ts';
import type { MapMarker } from './world-map.ts';

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
  /** The language the group's text is written in (a `lang` value), when the checker could tell. */
  language?: string | undefined;
}

export const facets = ['type', 'country', 'region', 'visibility', 'status'] as const;
export type Facet = (typeof facets)[number];

const facetLabelsIn: Record<Language, Record<Facet, string>> = {
  en: { type: 'Type', country: 'Country', region: 'Region', visibility: 'Joining', status: 'Status' },
  fr: { type: 'Type', country: 'Pays', region: 'Région', visibility: 'Accès', status: 'Statut' },
};

/** The name of each filter in a language. */
export const facetLabels = (language: Language = defaultLanguage): Record<Facet, string> => facetLabelsIn[language];

type Visibility = DirectoryEntry['visibility'];
const visibilityLabelsIn: Record<Language, Record<Visibility, string>> = {
  en: { public: 'Public', private: 'Private' },
  fr: { public: 'Public', private: 'Privé' },
};

/** How a group is joined, in a language. */
export const visibilityLabels = (language: Language = defaultLanguage): Record<Visibility, string> => visibilityLabelsIn[language];

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
    language: groupLanguage(group),
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

/**
 * For each facet, the values that occur, in a stable order, with how many groups have each: one pass over
 * the entries. Labelled in `language`, and countries and regions in the order of its country names.
 */
export function facetOptions(entries: DirectoryEntry[], language: Language = defaultLanguage): Record<Facet, FacetOption[]> {
  const english = englishFacetOptions(entries);
  return language === defaultLanguage ? english : optionsIn(english, language);
}

function englishFacetOptions(entries: DirectoryEntry[]): Record<Facet, FacetOption[]> {
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
    visibility: options('visibility', Object.entries(visibilityLabels())),
    status: options('status', Object.entries(groupStateLabels())),
  };
}

const translatedOptions = new WeakMap<Record<Facet, FacetOption[]>, Map<Language, Record<Facet, FacetOption[]>>>();

/**
 * The options `facetOptions` gave (in English) with their labels in `language`: types, countries,
 * joining and status in that language, regions as the group files write them. Countries, and the
 * regions under them, follow that language's order of the country names. Worked out once per options
 * and language, however many pages show them.
 */
export function optionsIn(options: Record<Facet, FacetOption[]>, language: Language): Record<Facet, FacetOption[]> {
  if (language === defaultLanguage) return options;
  const known = translatedOptions.get(options) ?? translatedOptions.set(options, new Map()).get(options)!;
  const found = known.get(language);
  if (found) return found;
  const types = organizationIn(language).groupTypes;
  const visibility: Record<string, string> = visibilityLabels(language);
  const status: Record<string, string> = groupStateLabels(language);
  const country = (code: string | undefined) => (code ? countryName(code, language) : '');
  const compare = (a: string, b: string) => a.localeCompare(b, language);
  const relabel = (list: FacetOption[], label: (value: string) => string | undefined) => list.map((option) => ({ ...option, label: label(option.value) ?? option.label }));
  const translated: Record<Facet, FacetOption[]> = {
    type: relabel(options.type, (value) => types[value]),
    country: relabel(options.country, country).sort((a, b) => compare(a.label, b.label)),
    region: [...options.region].sort((a, b) => (a.country ? 0 : 1) - (b.country ? 0 : 1) || compare(country(a.country), country(b.country)) || compare(a.label, b.label)),
    visibility: relabel(options.visibility, (value) => visibility[value]),
    status: relabel(options.status, (value) => status[value]),
  };
  known.set(language, translated);
  return translated;
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

/** A listing's address; in another language than English, under that language (`/fr/groups/type/regional/`). */
export const listingUrl = (filter: Listing['filter'] | undefined, page: number, language: Language = defaultLanguage) =>
  localizedPath(`/groups/${filter ? `${filter.facet}/${filter.value}/` : ''}${page > 1 ? `page/${page}/` : ''}`, language);

/**
 * The listing a marker of several groups leads to: their region's, when they all give the same one,
 * or else their country's, which lists them all ("Geneva, Switzerland" and "Genève" are one place).
 */
export function markerListing(marker: Pick<MapMarker, 'country' | 'groups'>, language: Language = defaultLanguage): string {
  const regions = new Set(marker.groups.map((group) => regionKey(group.region)));
  const [region] = marker.groups;
  return regions.size === 1 && region
    ? listingUrl({ facet: 'region', value: regionKey(region.region), label: region.region }, 1, language)
    : listingUrl({ facet: 'country', value: marker.country.toLowerCase(), label: countryName(marker.country, language) }, 1, language);
}

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
