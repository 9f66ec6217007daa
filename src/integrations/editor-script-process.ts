/**
 * Bundles the group editor's script with Vite, in a process of its own (editor-script.ts starts it
 * while `astro build` renders the pages), into the site's `editor/` folder, and reports the bundle's
 * address. Node runs this module directly, never through Vite's module runner.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { editorEngine } from './editor-engine.ts';
import { editorScriptSource, type EditorBundle } from './editor-script.ts';
import { answerStep } from './process-step.ts';
import { editorWithoutWasm, satteriWasm } from './satteri-wasm.ts';

async function bundle({ root, siteFolder }: { root: string; siteFolder: string }): Promise<EditorBundle> {
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
  if (!entry) throw new Error('Vite wrote no entry for it');
  return { address: `/${entry.fileName}`, ...('problem' in wasm ? { warning: editorWithoutWasm(wasm.problem) } : {}) };
}

await answerStep(bundle, (error) => error.message);
