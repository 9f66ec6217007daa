/**
 * The directory's words in each language of the site: the labels of its filters keep their English
 * form for the callers that read them directly, and give the other languages when asked for one.
 */
import { describe, expect, it, vi } from 'vitest';

// The labels need no checker run: an empty report stands in for the build's.
vi.mock('astro:content', () => ({ getEntry: async () => ({ data: { today: '2026-11-21', checked: 0, diagnostics: [], excepted: [] } }) }));
vi.mock('../src/integrations/group-content.ts', () => ({ checkReportId: 'report' }));

const { facetLabels, facetOptions, listingUrl, markerListing, optionsIn, regionKey, visibilityLabels } = await import('../src/lib/directory.ts');
const { directoryIndex } = await import('../src/lib/directory-index.ts');
const { groupStateLabels } = await import('../src/lib/report.ts');
type DirectoryEntry = import('../src/lib/directory.ts').DirectoryEntry;

const entry = (slug: string, fields: Partial<DirectoryEntry>): DirectoryEntry => ({ slug, name: slug, type: 'regional', visibility: 'public', state: 'plan-current', managers: 2, summary: '', ...fields });
const entries = [
  entry('geneva', { region: 'Geneva, Switzerland', regionKey: 'geneva-switzerland', country: 'ch' }),
  entry('berlin', { region: 'Berlin, Germany', regionKey: 'berlin-germany', country: 'de', visibility: 'private', state: 'inactive' }),
  entry('washington', { region: 'Washington, United States', regionKey: 'washington-united-states', country: 'us', state: 'plan-overdue' }),
  entry('atlantis', { region: 'Atlantis', regionKey: 'atlantis', type: 'other' }),
];

describe('the directory’s labels', () => {
  it('are English by default, as the command line and the data files need', () => {
    expect(groupStateLabels()).toEqual({ 'plan-current': 'Plan current', 'plan-overdue': 'Plan overdue', inactive: 'Inactive' });
    expect(Object.entries(visibilityLabels())).toEqual([['public', 'Public'], ['private', 'Private']]);
    expect(facetLabels().visibility).toBe('Joining');
  });

  it('are given in French when asked for', () => {
    expect(groupStateLabels('fr')).toEqual({ 'plan-current': 'Plan à jour', 'plan-overdue': 'Plan en retard', inactive: 'Inactif' });
    expect(visibilityLabels('fr').private).toBe('Privé');
    expect(facetLabels('fr').country).toBe('Pays');
  });

  it('label and order the filter values in the page’s language, regions under their country', () => {
    const english = facetOptions(entries);
    expect(english.country.map((option) => option.label)).toEqual(['Germany', 'Switzerland', 'United States']);
    const french = facetOptions(entries, 'fr');
    expect(french.country.map((option) => option.label)).toEqual(['Allemagne', 'États-Unis', 'Suisse']);
    expect(french.region.map((option) => option.value)).toEqual(['berlin-germany', 'washington-united-states', 'geneva-switzerland', 'atlantis']);
    expect(french.type.map((option) => option.label)).toEqual(['Régional', 'Autre']);
    expect(french.status.map((option) => option.label)).toEqual(['Plan à jour', 'Plan en retard', 'Inactif']);
    expect(optionsIn(english, 'fr')).toEqual(french);
    // Worked out once per options and language.
    expect(optionsIn(english, 'fr')).toBe(optionsIn(english, 'fr'));
    expect(optionsIn(english, 'en')).toBe(english);
  });

  it('keep the English addresses of the listings, under the language', () => {
    expect(listingUrl({ facet: 'type', value: 'regional', label: 'Régional' }, 1, 'fr')).toBe('/fr/groups/type/regional/');
    expect(listingUrl(undefined, 2, 'fr')).toBe('/fr/groups/page/2/');
    expect(listingUrl(undefined, 2)).toBe('/groups/page/2/');
  });

  it('give the compact index in English unless told', () => {
    expect(directoryIndex(entries).labels.country).toEqual({ ch: 'Switzerland', de: 'Germany', us: 'United States' });
    expect(directoryIndex(entries).labels.status).toEqual({ 'plan-current': 'Plan current', 'plan-overdue': 'Plan overdue', inactive: 'Inactive' });
    expect(directoryIndex(entries, 'fr').labels).toMatchObject({ country: { ch: 'Suisse' }, visibility: { private: 'Privé' }, type: { regional: 'Régional' } });
  });
});

describe('a map marker of several groups', () => {
  const groupAt = (slug: string, region: string) => ({ slug, name: slug, region });

  it('leads to a listing that holds them all: their region\'s when they write it alike, else their country\'s', () => {
    // Geneva and Genève are one place on the map (world-map.ts), but two regions in the directory.
    const geneva = { country: 'CH', groups: [groupAt('geneva', 'Geneva, Switzerland'), groupAt('geneve', 'Genève, Suisse')] };
    expect(markerListing(geneva)).toBe('/groups/country/ch/');
    expect(markerListing(geneva, 'fr')).toBe('/fr/groups/country/ch/');
    const tokyo = { country: 'JP', groups: [groupAt('tokyo', 'Tokyo, Japan'), groupAt('tokyo-2', 'Tokyo, Japan')] };
    expect(markerListing(tokyo)).toBe(`/groups/region/${regionKey('Tokyo, Japan')}/`);
  });
});
