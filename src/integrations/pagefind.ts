/**
 * Full-text search: after the build, Pagefind indexes the pages that mark their content with
 * `data-pagefind-body` (chapters, rules, groups) and writes its index and script to /pagefind/.
 * It reads only the folders those pages are in: the directory's listing pages, thousands with a large
 * network, are never indexed, and reading them would double the time it takes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';

/** Where the pages with `data-pagefind-body` are: the chapters, the rules, and each group's own page (/groups/<slug>/). */
const indexedPages = ['guidelines/**/*.html', 'rules/**/*.html', 'groups/*/index.html'];

export default function pagefind(): AstroIntegration {
  return {
    name: 'alumni-handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new AstroError(`Pagefind could not start: ${createErrors.join('; ')}`);
          let pageCount = 0;
          const indexErrors: string[] = [];
          for (const glob of indexedPages) {
            const added = await index.addDirectory({ path: site, glob });
            pageCount += added.page_count;
            indexErrors.push(...added.errors);
          }
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
          const errors = [...indexErrors, ...writeErrors];
          if (errors.length > 0) throw new AstroError(`Pagefind could not index the site: ${errors.join('; ')}`);
          logger.info(`Search index: ${pageCount} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
