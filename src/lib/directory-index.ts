/** The compact index the directory's script filters in place: one row per listed group, labels once. */
import { groupTypes } from '../config/organization.ts';
import type { DirectoryEntry } from './directory.ts';
import { visibilityLabels } from './directory.ts';
import { countryName } from './places.ts';
import { groupStateLabels } from './report.ts';

export type DirectoryRow = [slug: string, name: string, type: string, regionKey: string, visibility: string, state: string, managers: number, summary: string, country: string];

export interface DirectoryIndex {
  labels: { type: Record<string, string>; country: Record<string, string>; region: Record<string, string>; visibility: Record<string, string>; status: Record<string, string> };
  groups: DirectoryRow[];
}

export function directoryIndex(entries: DirectoryEntry[]): DirectoryIndex {
  const regions: Record<string, string> = {};
  const countries: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.regionKey && entry.region) regions[entry.regionKey] ??= entry.region;
    if (entry.country) countries[entry.country] ??= countryName(entry.country);
  }
  return {
    labels: { type: { ...groupTypes }, country: countries, region: regions, visibility: { ...visibilityLabels }, status: { ...groupStateLabels } },
    groups: entries.map((entry) => [entry.slug, entry.name, entry.type, entry.regionKey ?? '', entry.visibility, entry.state, entry.managers, entry.summary, entry.country ?? '']),
  };
}
