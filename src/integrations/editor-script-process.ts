/**
 * Bundles the group editor's script with Vite, in a process of its own (editor-script.ts starts it
 * while `astro build` renders the pages), into the site's `editor/` folder, and reports the bundle's
 * address. Node runs this module directly, never through Vite's module runner.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { editorEngine } from './editor-engine.ts';
import { editorScriptSource, type EditorBundleMessage } from './editor-script.ts';
import { editorWithoutWasm, satteriWasm } from './satteri-wasm.ts';

async function bundle(root: string, siteFolder: string): Promise<EditorBundleMessage> {
  const wasm = await satteriWasm(root);
  const outputs = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [editorEngine('path' in wasm ? wasm.path : undefined)],
    build: {
      outDir: siteFolder,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'esnext',
      modulePreload: { polyfill: false },
      // The checker's engine is one chunk of about 1.4 MB, loaded by the editor's page only.
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        input: { editor: path.join(root, editorScriptSource) },
        output: { entryFileNames: 'editor/[name].[hash].js', chunkFileNames: 'editor/[name].[hash].js', assetFileNames: 'editor/[name].[hash][extname]' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const entry = [outputs].flat().flatMap((output) => output.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (!entry) return { error: 'Vite wrote no entry for it' };
  return { bundle: { address: `/${entry.fileName}`, ...('problem' in wasm ? { warning: editorWithoutWasm(wasm.problem) } : {}) } };
}

// A build that stops (an error, Ctrl-C) closes the channel: the bundling stops with it.
process.once('disconnect', () => process.exit());
const { root, siteFolder } = JSON.parse(process.argv[2] ?? '{}') as { root: string; siteFolder: string };
const message = await bundle(root, siteFolder).catch((error: unknown): EditorBundleMessage => ({ error: error instanceof Error ? error.message : String(error) }));
process.send?.(message, () => process.disconnect());
