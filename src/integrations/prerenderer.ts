/**
 * How `astro build` renders the site's pages: Astro's own renderer, with the two steps that need the
 * rendered pages done as each page comes, beside the rendering rather than after it:
 *
 * - the search index takes the pages it searches (search-index.ts); Pagefind's process indexes them
 *   on the core that the rendering, which runs on one, leaves free;
 * - each editor page gets the address of the editor's script, which is bundled meanwhile in a
 *   process of its own (editor-script.ts).
 *
 * Both start once Vite has bundled the pages, so they never compete with its bundling, and every page
 * is written once, as it is published.
 */
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { pathInDefaultLanguage } from '../i18n/language.ts';
import { bundleEditorScript, withEditorScript, type EditorBundle } from './editor-script.ts';
import { isSearchedPage, startSearchIndex, type SearchIndex } from './search-index.ts';

export function handbookPrerenderer(standard: AstroPrerenderer, options: { root: string; siteFolder: string; logger: AstroIntegrationLogger }): AstroPrerenderer {
  let editor: Promise<EditorBundle> | undefined;
  let search: Promise<SearchIndex> | undefined;
  let failed = false;
  /** Runs a step of Astro's rendering, noting when it fails: the search index is then not written. */
  const noting = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  return {
    name: 'alumni-handbook:prerenderer',
    async setup() {
      await standard.setup?.();
      editor = bundleEditorScript(options.root, options.siteFolder);
      search = startSearchIndex(options.siteFolder);
      // Awaited where a page needs them, and at the end.
      editor.catch(() => undefined);
      search.catch(() => undefined);
    },
    getStaticPaths: () =>
      noting(async () => {
        const paths = await standard.getStaticPaths();
        (await started(search)).expect(paths.map(({ pathname }) => pathname));
        return paths;
      }),
    render: (request, renderOptions) =>
      noting(async () => {
        const result = await standard.render(request, renderOptions);
        const response = result instanceof Response ? result : result.response;
        const { pathname } = new URL(request.url);
        const isEditor = pathInDefaultLanguage(pathname) === '/editor/';
        const isPage = response.status === 200 && response.headers.get('content-type')?.startsWith('text/html');
        if (!isEditor && !isSearchedPage(pathname)) return result;
        if (!isPage) {
          if (!isEditor) (await started(search)).skip(pathname);
          return result;
        }
        let html = await response.text();
        if (isEditor) html = withEditorScript(html, pathname, (await started(editor)).address);
        else (await started(search)).add(pathname, html);
        const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? page : { ...result, response: page };
      }),
    ...(standard.collectStaticImages && { collectStaticImages: standard.collectStaticImages.bind(standard) }),
    // Astro calls this once the pages are rendered, or when rendering failed; it must not hide that failure with one of its own.
    async teardown() {
      await standard.teardown?.();
      const index = await search?.catch(() => undefined);
      if (failed) {
        await index?.discard();
        return;
      }
      const bundle = await started(editor);
      if (bundle.warning) options.logger.warn(bundle.warning);
      options.logger.info(`Group editor: ${bundle.address}.`);
      options.logger.info(await (await started(search)).finish());
    },
  };
}

function started<T>(step: Promise<T> | undefined): Promise<T> {
  if (!step) throw new Error('A page was rendered before the renderer was set up.');
  return step;
}
