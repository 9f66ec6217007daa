/** The compact index the directory's script filters in place: one row per listed group, labels once. */
import { defaultLanguage, type Language } from '../i18n/language.ts';
import { organizationIn } from '../i18n/organization-text.ts';
import type { DirectoryEntry } from './directory.ts';
import { visibilityLabels } from './directory.ts';
import { countryName } from './places.ts';
import { groupStateLabels } from './report.ts';

export type DirectoryRow = [slug: string, name: string, type: string, regionKey: string, visibility: string, state: string, managers: number, summary: string, country: string, language: string];

/** The words the index gives each filter value in (regions as the group files write them). */
export type DirectoryLabels = { type: Record<string, string>; country: Record<string, string>; region: Record<string, string>; visibility: Record<string, string>; status: Record<string, string> };

export interface DirectoryIndex {
  labels: DirectoryLabels;
  groups: DirectoryRow[];
}

/** The labels of the index, in `language` (English unless told). */
export function directoryIndex(entries: DirectoryEntry[], language: Language = defaultLanguage): DirectoryIndex {
  const regions: Record<string, string> = {};
  const countries: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.regionKey && entry.region) regions[entry.regionKey] ??= entry.region;
    if (entry.country) countries[entry.country] ??= countryName(entry.country, language);
  }
  return {
    labels: {
      type: { ...organizationIn(language).groupTypes },
      country: countries,
      region: regions,
      visibility: { ...visibilityLabels(language) },
      status: { ...groupStateLabels(language) },
    },
    groups: entries.map((entry) => [entry.slug, entry.name, entry.type, entry.regionKey ?? '', entry.visibility, entry.state, entry.managers, entry.summary, entry.country ?? '', entry.language ?? '']),
  };
}
