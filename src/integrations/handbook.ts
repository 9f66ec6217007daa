/**
 * The Astro integration: while `astro dev` runs, a change to a group file, a group picture or the
 * office's exceptions syncs the group collections again (group-content.ts), so the checker judges the change
 * at once and the pages show it. It also gives the group editor's page the checker's engine for the browser
 * (editor-engine.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { exceptionsPath } from '../checker/exceptions.ts';
import { groupsFolder } from '../checker/node/group-files.ts';
import { picturesFolder } from '../checker/pictures.ts';
import { editorEngine } from './editor-engine.ts';
import { satteriWasm } from './satteri-wasm.ts';
import { checkReportLoaderName, groupsLoaderName } from './group-content.ts';

export default function handbook(): AstroIntegration {
  let root = '';
  return {
    name: 'alumni-handbook',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        const wasm = await satteriWasm(root);
        if ('problem' in wasm) logger.warn(`The group editor will check files only on the pull request: ${wasm.problem}.`);
        updateConfig({ vite: { plugins: [editorEngine('path' in wasm ? wasm.path : undefined)] } });
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        const groups = path.join(root, groupsFolder) + path.sep;
        const pictures = path.join(root, picturesFolder) + path.sep;
        const exceptions = path.join(root, exceptionsPath);
        server.watcher.add([groups, pictures, exceptions]);
        // One sync at a time, and one more after it when files changed meanwhile: a change made while a
        // sync runs would otherwise be lost, and the page would keep showing the earlier verdict.
        let running: Promise<void> | undefined;
        let again = false;
        const refresh = () => {
          if (running) {
            again = true;
            return;
          }
          running = (async () => {
            do {
              again = false;
              await refreshContent?.({ loaders: [groupsLoaderName, checkReportLoaderName] });
            } while (again);
          })().finally(() => (running = undefined));
        };
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(groups) || file.startsWith(pictures) || file === exceptions) refresh();
        });
      },
    },
  };
}
