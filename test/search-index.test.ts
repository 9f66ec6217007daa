import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSearchedPage, startSearchIndex } from '../src/integrations/search-index.ts';

const page = (title: string, body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

describe('the pages the search index takes', () => {
  it('takes the handbook chapters and rules in every language, and each group page once', () => {
    for (const pathname of ['/guidelines/', '/guidelines/managing-a-group/', '/rules/', '/rules/unsafe-url/', '/fr/guidelines/managing-a-group/', '/fr/rules/slug/', '/groups/geneva-chess/', '/groups/geneva-chess']) {
      expect(isSearchedPage(pathname), pathname).toBe(true);
    }
  });

  it('leaves out listings, translated group pages, files and the rest of the site', () => {
    for (const pathname of ['/groups/', '/groups/region/europe/', '/groups/page/2/', '/fr/groups/geneva-chess/', '/groups/directory.json', '/groups/geneva-chess.ics', '/search/', '/', '/editor/', '/de/rules/slug/']) {
      expect(isSearchedPage(pathname), pathname).toBe(false);
    }
  });
});

describe('the search index', () => {
  let site: string;
  beforeEach(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'search-index-'));
  });
  afterEach(async () => {
    await rm(site, { recursive: true, force: true });
  });

  it('writes a bundle as soon as its last page is added, and the rest when told to finish', async () => {
    const index = await startSearchIndex(site);
    index.expect(['/', '/groups/lyon-chess/', '/groups/nairobi-runners', '/groups/region/europe/', '/rules/slug/', '/groups/directory.json']);
    index.add('/groups/lyon-chess/', page('Lyon Chess', 'We play chess in Lyon.'));
    index.add('/groups/region/europe/', page('Europe', 'Listing.'));
    expect(existsSync(path.join(site, 'pagefind/groups'))).toBe(false);
    index.add('/groups/nairobi-runners/', page('Nairobi Runners', 'We run in Nairobi.'));
    // The groups' bundle is written without waiting for the handbook's.
    await expect.poll(() => existsSync(path.join(site, 'pagefind/groups/pagefind-entry.json')), { timeout: 10_000 }).toBe(true);
    expect(existsSync(path.join(site, 'pagefind/pagefind-entry.json'))).toBe(false);
    index.add('/rules/slug/', page('Slug', 'The file name of a group.'));
    await expect(index.finish()).resolves.toBe('Search index: 1 pages in /pagefind/, 2 pages in /pagefind/groups/.');
    expect(await readdir(path.join(site, 'pagefind/groups/fragment'))).toHaveLength(2);
    expect(await readdir(path.join(site, 'pagefind/fragment'))).toHaveLength(1);
  });

  it('gives the same files whatever order the pages are rendered in', async () => {
    const pathnames = ['/groups/a-chess/', '/groups/b-runners/', '/groups/c-choir/', '/groups/d-sailing/'];
    const files = async (folder: string, rendered: string[]) => {
      const index = await startSearchIndex(path.join(site, folder));
      index.expect(pathnames);
      for (const pathname of rendered) index.add(pathname, page(pathname, `The group at ${pathname} meets weekly.`));
      await index.finish();
      const written = (await readdir(path.join(site, folder), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      return Promise.all(written.map(async (entry) => [path.relative(path.join(site, folder), path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name), 'base64')]).sort());
    };
    const inOrder = await files('in-order', pathnames);
    expect(inOrder.length).toBeGreaterThan(4);
    expect(await files('shuffled', ['/groups/c-choir/', '/groups/a-chess/', '/groups/d-sailing/', '/groups/b-runners/'])).toEqual(inOrder);
  });

  it('waits for no page at an address that has none to index, such as a redirect', async () => {
    const index = await startSearchIndex(site);
    index.expect(['/groups/lyon-chess/', '/groups/old-name/', '/groups/nairobi-runners/']);
    index.add('/groups/nairobi-runners/', page('Nairobi Runners', 'We run in Nairobi.'));
    index.skip('/groups/old-name/');
    index.add('/groups/lyon-chess/', page('Lyon Chess', 'We play chess in Lyon.'));
    await expect.poll(() => existsSync(path.join(site, 'pagefind/groups/pagefind-entry.json')), { timeout: 10_000 }).toBe(true);
    await expect(index.finish()).resolves.toBe('Search index: 0 pages in /pagefind/, 2 pages in /pagefind/groups/.');
  });

  it('fails, naming them, when pages Astro listed were never rendered, and writes no incomplete bundle', async () => {
    const index = await startSearchIndex(site);
    index.expect(['/groups/lyon-chess/', '/groups/geneva-chess/']);
    index.add('/groups/lyon-chess/', page('Lyon Chess', 'We play chess in Lyon.'));
    await expect(index.finish()).rejects.toThrow('The search bundle /pagefind/groups/ lacks 1 of the pages Astro listed, which were never rendered (/groups/geneva-chess/): every page it searches must be rendered in the same build.');
    expect(existsSync(path.join(site, 'pagefind/groups'))).toBe(false);
  });

  it('refuses a page that comes after its bundle was written', async () => {
    const index = await startSearchIndex(site);
    index.expect(['/groups/lyon-chess/']);
    index.add('/groups/lyon-chess/', page('Lyon Chess', 'We play chess in Lyon.'));
    expect(() => index.add('/groups/geneva-chess/', page('Geneva Chess', 'Chess in Geneva.'))).toThrow('The page /groups/geneva-chess/ was rendered after its search bundle (/pagefind/groups/) was written.');
    await index.finish();
  });

  it('writes nothing when the build is given up', async () => {
    const index = await startSearchIndex(site);
    index.add('/rules/slug/', page('Slug', 'The file name of a group.'));
    await index.discard();
    expect(await readdir(site)).toEqual([]);
  });
});
