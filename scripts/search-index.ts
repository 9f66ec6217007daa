/**
 * `npm run build`'s last step, after `astro build`: Pagefind indexes the built site's pages that mark
 * their content with `data-pagefind-body` (chapters, rules, groups) and writes its index and script to
 * /pagefind/. It runs once Astro has exited, so the two never hold their memory at the same time, and it
 * reads only the folders the indexed pages are in: the directory's listing pages, thousands with a large
 * network, are never indexed, and reading them would double the time it takes.
 *
 * Usage: search-index.ts [SITE_FOLDER] (default dist).
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { otherLanguages } from '../src/config/organization-type.ts';

/**
 * Where the pages with `data-pagefind-body` are: the chapters, the rules, and each group's own page
 * (/groups/<slug>/), in English and under each other language's folder. Pagefind reads each page's
 * `lang` and writes one index per language; the search page loads the one of its own language.
 */
const pagesOfOneLanguage = ['guidelines/**/*.html', 'rules/**/*.html', 'groups/*/index.html'];
const indexedPages = [...pagesOfOneLanguage, ...otherLanguages.flatMap((language) => pagesOfOneLanguage.map((glob) => `${language}/${glob}`))];

const site = path.resolve(process.argv[2] ?? 'dist');
try {
  const { index, errors: createErrors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  let pageCount = 0;
  const errors: string[] = [];
  for (const glob of indexedPages) {
    const added = await index.addDirectory({ path: site, glob });
    pageCount += added.page_count;
    errors.push(...added.errors);
  }
  errors.push(...(await index.writeFiles({ outputPath: path.join(site, 'pagefind') })).errors);
  if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  console.log(`Search index: ${pageCount} pages.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
