/**
 * Full-text search: after the build, Pagefind indexes the pages that mark their content with
 * `data-pagefind-body` (chapters, rules, groups) and writes its index and script to /pagefind/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'alumni-handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new AstroError(`Pagefind could not start: ${createErrors.join('; ')}`);
          const { errors: indexErrors, page_count } = await index.addDirectory({ path: site });
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
          const errors = [...indexErrors, ...writeErrors];
          if (errors.length > 0) throw new AstroError(`Pagefind could not index the site: ${errors.join('; ')}`);
          logger.info(`Search index: ${page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
