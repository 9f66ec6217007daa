/**
 * A step of `npm run build`, once Astro has written the site (scripts/finish-build.ts): Pagefind
 * indexes the built site's pages that mark their content with `data-pagefind-body` and writes two
 * bundles. It runs once Astro has exited, so the two never hold their memory at the same time, and it
 * reads only the folders the indexed pages are in: the directory's listing pages, thousands with a
 * large network, are never indexed.
 *
 * - /pagefind/: the handbook's chapters and rules, in English and under each other language's folder.
 *   Pagefind reads each page's `lang` and writes one index per language; the search page loads the one
 *   of its own language.
 * - /pagefind/groups/: each group's own page (/groups/<slug>/), once. A group's text is the same in
 *   every language of the site (its managers write it in theirs); only the labels around it are
 *   translated, so indexing the translated copies too would double the largest part of the work for
 *   nothing a reader searches for. The search page of another language shows these results at its own
 *   copy of the group's page.
 *
 * Usage: search-index.ts [SITE_FOLDER] (default dist).
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { otherLanguages } from '../src/config/organization-type.ts';

const handbookPages = ['guidelines/**/*.html', 'rules/**/*.html'];
const bundles = [
  { folder: 'pagefind', pages: [...handbookPages, ...otherLanguages.flatMap((language) => handbookPages.map((glob) => `${language}/${glob}`))] },
  { folder: 'pagefind/groups', pages: ['groups/*/index.html'] },
];

const site = path.resolve(process.argv[2] ?? 'dist');
try {
  const counts: string[] = [];
  // One bundle after the other, each using every core while it writes; the groups' bundle goes inside
  // the handbook's folder, after it, as Pagefind's writer owns the folder it writes to.
  for (const bundle of bundles) {
    const { index, errors: createErrors } = await createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    let pageCount = 0;
    const errors: string[] = [];
    for (const glob of bundle.pages) {
      const added = await index.addDirectory({ path: site, glob });
      pageCount += added.page_count;
      errors.push(...added.errors);
    }
    errors.push(...(await index.writeFiles({ outputPath: path.join(site, bundle.folder) })).errors);
    if (errors.length > 0) throw new Error(`Pagefind could not index the site (/${bundle.folder}/): ${errors.join('; ')}`);
    counts.push(`${pageCount} pages in /${bundle.folder}/`);
  }
  console.log(`Search index: ${counts.join(', ')}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
