/**
 * The Astro integration: it starts the first content sync's group check as soon as the configuration
 * is read (site-check.ts), unless `npm run build` started it earlier (scripts/build.ts), and `astro
 * build` writes each group's calendar and group file beside its page while Vite bundles the pages
 * (published-files.ts); `astro dev` serves them from its latest sync. `astro build` then renders the
 * pages with the search index and the group editor's script made beside the rendering
 * (prerenderer.ts). While `astro dev` runs, a change to a group file, a group picture or the office's
 * exceptions syncs the group collections again (group-content.ts), so the checker judges the change
 * at once and the pages show it. It also tells the group editor's page where its script is
 * (editor-script.ts), and gives `astro dev` what that script needs to run the checker's engine in the
 * browser (editor-engine.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { exceptionsPath, groupsFolder } from '../checker/paths.ts';
import { picturesFolder } from '../checker/pictures.ts';
import { editorEngine } from './editor-engine.ts';
import { editorScriptAddress } from './editor-script.ts';
import { editorWithoutWasm, satteriWasm } from './satteri-wasm.ts';
import { checkReportLoaderName, groupsLoaderName, syncRoundKey } from './group-content.ts';
import { handbookPrerenderer } from './prerenderer.ts';
import { latestPublishedFile, writePublishedFiles } from './published-files.ts';
import { siteCheckOptions, startEarlySiteCheck, type SiteCheck } from './site-check.ts';

export default function handbook(): AstroIntegration {
  let root = '';
  let firstCheck: Promise<SiteCheck> | undefined;
  let siteFolder = '';
  let publishing: Promise<void> | undefined;
  return {
    name: 'alumni-handbook',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        // The first content sync's group check starts now, in a process of its own, while Astro starts up.
        if (command === 'build' || command === 'dev' || command === 'sync') {
          firstCheck = startEarlySiteCheck(siteCheckOptions(root, config.site));
        }
        const plugins = [editorScriptAddress(command)];
        // `astro build` bundles the editor's script on its own (prerenderer.ts); `astro dev` serves it itself.
        if (command === 'dev') {
          const wasm = await satteriWasm(root);
          if ('problem' in wasm) logger.warn(editorWithoutWasm(wasm.problem));
          plugins.push(editorEngine('path' in wasm ? wasm.path : undefined));
        }
        updateConfig({ vite: { plugins } });
      },
      'astro:config:done': ({ config }) => {
        siteFolder = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        setPrerenderer((standard) => handbookPrerenderer(standard, { root, siteFolder, logger }));
      },
      'astro:build:setup': () => {
        // Astro has emptied the output folder: the groups' files are written while Vite bundles.
        publishing = firstCheck?.then((check) => writePublishedFiles(siteFolder, check.groups));
        publishing?.catch(() => undefined);
      },
      'astro:build:done': async () => {
        // The build has one content sync, so these are the files of the groups it published.
        if (!publishing) throw new Error('The build published groups without the group check having run.');
        await publishing;
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        server.middlewares.use((request, response, next) => {
          const name = /^\/groups\/([^/?#]+\.(?:ics|mdx))(?:[?#]|$)/.exec(request.url ?? '')?.[1];
          const file = name && latestPublishedFile(root, name);
          if (!file) return next();
          response.setHeader('Content-Type', file.contentType);
          response.end(file.text);
        });
        const groups = path.join(root, groupsFolder) + path.sep;
        const pictures = path.join(root, picturesFolder) + path.sep;
        const exceptions = path.join(root, exceptionsPath);
        server.watcher.add([groups, pictures, exceptions]);
        // One sync at a time, and one more after it when files changed meanwhile: a change made while a
        // sync runs would otherwise be lost, and the page would keep showing the earlier verdict.
        let running: Promise<void> | undefined;
        let again = false;
        // Each sync after a change is a new round, so that the two loaders never share a check of earlier files.
        let round = 0;
        const refresh = () => {
          if (running) {
            again = true;
            return;
          }
          running = (async () => {
            do {
              again = false;
              round++;
              await refreshContent?.({ loaders: [groupsLoaderName, checkReportLoaderName], context: { [syncRoundKey]: round } });
            } while (again);
            await new Promise((resolve) => setTimeout(resolve, storeSettleMs));
            reloadContentStore(server);
          })().finally(() => (running = undefined));
        };
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(groups) || file.startsWith(pictures) || file === exceptions) refresh();
        });
      },
    },
  };
}

/** Longer than Astro's 500 ms debounce before it writes the content store to disk. */
const storeSettleMs = 1500;
const contentStoreModule = '\0astro:data-layer-content';

/**
 * Has the dev server's pages read the content store afresh, once Astro has written it. Astro does the
 * same when it writes the store, but its pages keep the store in a module-level singleton, and a page
 * rendered while the store was being written can keep the earlier one: a group taken down by its
 * errors went on being served (seen under load). Doing it again once the store has settled closes that
 * window.
 */
function reloadContentStore(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    if (environment.name === 'client') continue;
    const module = environment.moduleGraph.getModuleById(contentStoreModule);
    if (module) environment.moduleGraph.invalidateModule(module, new Set(), Date.now(), true);
    const { runner } = environment as Partial<RunnableDevEnvironment>;
    const evaluated = runner?.evaluatedModules.getModuleById(contentStoreModule);
    if (evaluated) runner?.evaluatedModules.invalidateModule(evaluated);
    environment.hot.send('astro:content-changed', {});
  }
}
