import { describe, expect, it } from 'vitest';
import { namesOfCountry } from '../src/checker/countries.ts';
import { wholeWordsFirst } from '../src/lib/search-order.ts';

const result = (title: string, content: string) => ({ title, content });

describe('the order of search results', () => {
  const bayArea = result('Bay Area', 'San Francisco Bay Area, United States. Picnics in San Francisco.');
  const lyon = result('Lyon', 'Greater Lyon, France. Talks and visits.');

  it('puts a result holding every word of the query first, keeping the order of the others', () => {
    expect(wholeWordsFirst([bayArea, lyon], 'France').map(({ title }) => title)).toEqual(['Lyon', 'Bay Area']);
    expect(wholeWordsFirst([bayArea, lyon], 'Francisco').map(({ title }) => title)).toEqual(['Bay Area', 'Lyon']);
  });

  it('compares words without capitals or accents, and needs all of them', () => {
    const geneva = result('Geneva', 'Genève, Suisse');
    expect(wholeWordsFirst([lyon, geneva], 'geneve').map(({ title }) => title)).toEqual(['Geneva', 'Lyon']);
    expect(wholeWordsFirst([geneva, bayArea], 'San Francisco').map(({ title }) => title)).toEqual(['Bay Area', 'Geneva']);
    expect(wholeWordsFirst([bayArea, geneva], 'San Genève').map(({ title }) => title)).toEqual(['Bay Area', 'Geneva']);
  });

  it('keeps the order when the query has no words', () => {
    expect(wholeWordsFirst([bayArea, lyon], ' ?! ')).toEqual([bayArea, lyon]);
  });
});

describe('the names of a country', () => {
  it('are every spelling the checker accepts, short forms included', () => {
    expect(namesOfCountry('us')).toEqual(expect.arrayContaining(['United States', 'USA', 'Estados Unidos', 'Vereinigte Staaten']));
    expect(namesOfCountry('CH')).toEqual(expect.arrayContaining(['Switzerland', 'Suisse', 'Schweiz', 'Svizzera']));
    expect(namesOfCountry('ZZ')).toEqual([]);
  });
});
