/**
 * The site's search index (Pagefind), made from the pages as `astro build` renders them: the
 * integration hands each rendered page here (handbook.ts), and Pagefind's own process indexes it on
 * the core that Astro's page rendering leaves free. Each of the two bundles is written into the site
 * as soon as it has all of its pages. Only pages that mark their content with `data-pagefind-body`
 * are indexed, and the directory's listing pages, thousands with a large network, are never handed
 * over.
 *
 * - /pagefind/: the handbook's chapters and rules, in English and under each other language's folder.
 *   Pagefind reads each page's `lang` and writes one index per language; the search page loads the one
 *   of its own language.
 * - /pagefind/groups/: each group's own page (/groups/<slug>/), once. A group's text is the same in
 *   every language of the site (its managers write it in theirs); only the labels around it are
 *   translated, so indexing the translated copies too would double the largest part of the work for
 *   nothing a reader searches for. The search page of another language shows these results at its own
 *   copy of the group's page (src/lib/browser/search.ts).
 */
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { otherLanguages } from '../config/organization-type.ts';

const bundles = [
  { folder: 'pagefind', takes: new RegExp(`^/(?:(?:${otherLanguages.join('|')})/)?(?:guidelines|rules)/`) },
  { folder: 'pagefind/groups', takes: /^\/groups\/[^/]+\/$/ },
];

/** A page's address as a key: decoded, with its closing slash, as both Astro's list of paths and its requests give it. */
const pageKey = (pathname: string) => {
  const decoded = decodeURI(pathname);
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
};

/** The bundle that takes the page at this address, if any; never a file such as `/groups/directory.json`. */
const bundleOf = (pathname: string) => (/\.[^/]*$/.test(pathname) ? -1 : bundles.findIndex(({ takes }) => takes.test(pageKey(pathname))));

/** Whether a page at this address goes into one of the search bundles. */
export const isSearchedPage = (pathname: string) => bundleOf(pathname) >= 0;

export interface SearchIndex {
  /** The addresses of every page the build will render, in Astro's order: each bundle takes its pages in that order, and is written as soon as it has them all. */
  expect(pathnames: readonly string[]): void;
  /** Hands a rendered page to its bundle; a page no bundle takes is left out. */
  add(pathname: string, html: string): void;
  /** Tells the page's bundle that this address has no page to index (a redirect, say), so that it waits no more for it. */
  skip(pathname: string): void;
  /** Writes the bundles not written yet, once every page is added; rejects naming what Pagefind could not do. Ends Pagefind's process either way. */
  finish(): Promise<string>;
  /** Ends Pagefind's process without writing (a build that failed). */
  discard(): Promise<void>;
}

/** A rendered page, or an address with no page to index (`html` undefined). */
interface Rendered {
  pathname: string;
  html: string | undefined;
}

/** Starts Pagefind's process, with one index for each bundle, to be written into the site's folder. */
export async function startSearchIndex(siteFolder: string): Promise<SearchIndex> {
  const created = await Promise.all(bundles.map(() => createIndex()));
  const failure = created.find(({ index }) => !index);
  if (failure) {
    await close();
    throw new Error(`Pagefind could not start: ${failure.errors.join('; ')}`);
  }
  const states = created.map(({ index }, number) => ({
    ...(bundles[number] as (typeof bundles)[number]),
    index: index as PagefindIndex,
    /** The bundle's pages in Astro's order, once known, and how many of them Pagefind has. */
    order: undefined as string[] | undefined,
    next: 0,
    /** Pages rendered before one that comes ahead of them: Pagefind numbers pages as they come, and the same site must give the same files. */
    waiting: new Map<string, Rendered>(),
    // Each settles with Pagefind's complaints about the page, never rejects: they are reported together.
    pages: [] as Promise<string[]>[],
    written: undefined as Promise<string> | undefined,
  }));
  type State = (typeof states)[number];
  const send = (state: State, { pathname, html }: Rendered) => {
    if (html === undefined) return;
    state.pages.push(
      state.index.addHTMLFile({ url: pathname, content: html }).then(
        (response) => response.errors.map((error) => `${pathname}: ${error}`),
        (error: unknown) => [`${pathname}: ${error instanceof Error ? error.message : String(error)}`],
      ),
    );
  };
  // Writing adds to the folder and removes nothing from it, so the groups' bundle can live inside the handbook's.
  const write = (state: State) =>
    (state.written ??= (async () => {
      const missing = (state.order ?? []).slice(state.next).filter((key) => !state.waiting.has(key));
      if (missing.length > 0) {
        const named = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '');
        throw new Error(`The search bundle /${state.folder}/ lacks ${missing.length} of the pages Astro listed, which were never rendered (${named}): every page it searches must be rendered in the same build.`);
      }
      // Pages Astro did not list, if any, in a fixed order too.
      for (const key of [...state.waiting.keys()].sort()) send(state, state.waiting.get(key) as Rendered);
      state.waiting.clear();
      const errors = (await Promise.all(state.pages)).flat();
      errors.push(...(await state.index.writeFiles({ outputPath: path.join(siteFolder, state.folder) })).errors);
      // Pagefind's process lets go of the bundle's pages, which it would otherwise hold to the end of the build.
      await state.index.deleteIndex();
      if (errors.length > 0) throw new Error(`Pagefind could not index the site (/${state.folder}/): ${errors.join('; ')}`);
      return `${state.pages.length} pages in /${state.folder}/`;
    })());
  const arrive = (page: Rendered) => {
    const state = states[bundleOf(page.pathname)];
    if (!state) return;
    if (state.written) throw new Error(`The page ${page.pathname} was rendered after its search bundle (/${state.folder}/) was written.`);
    state.waiting.set(pageKey(page.pathname), page);
    const { order } = state;
    if (!order) return;
    for (let key = order[state.next]; key !== undefined && state.waiting.has(key); key = order[++state.next]) {
      send(state, state.waiting.get(key) as Rendered);
      state.waiting.delete(key);
    }
    // The groups' pages are rendered first: their bundle is written while the rest are rendered.
    if (state.next === order.length) write(state).catch(() => undefined);
  };
  return {
    expect(pathnames) {
      for (const [number, state] of states.entries()) state.order = pathnames.filter((pathname) => bundleOf(pathname) === number).map(pageKey);
    },
    add: (pathname, html) => arrive({ pathname, html }),
    skip: (pathname) => arrive({ pathname, html: undefined }),
    async finish() {
      try {
        return `Search index: ${(await Promise.all(states.map(write))).join(', ')}.`;
      } finally {
        await close();
      }
    },
    async discard() {
      await close();
    },
  };
}
