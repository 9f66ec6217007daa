/**
 * A step of `npm run build`, once Astro has written the site (scripts/finish-build.ts): the group
 * editor's script, bundled on its own into the site's `editor/` folder, and its address written into
 * the editor's pages in every language.
 *
 * The script carries the checker's whole engine for the browser (about 1.4 MB, with the parser's
 * WebAssembly file beside it). Bundled with the rest of the site, it held about 120 MB in Astro's
 * process until its last page was written; here it takes its memory in a process of its own, after
 * Astro has exited. `astro dev` serves the same source file directly (src/integrations/editor-script.ts).
 *
 * Usage: editor-script.ts [SITE_FOLDER] (default dist).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { siteLanguages, localizedPath } from '../src/i18n/language.ts';
import { editorEngine } from '../src/integrations/editor-engine.ts';
import { editorScriptPlaceholder, editorScriptSource } from '../src/integrations/editor-script.ts';
import { editorWithoutWasm, satteriWasm } from '../src/integrations/satteri-wasm.ts';

const root = process.cwd();
const site = path.resolve(process.argv[2] ?? 'dist');
try {
  const wasm = await satteriWasm(root);
  if ('problem' in wasm) console.warn(editorWithoutWasm(wasm.problem));
  const bundles = (await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [editorEngine('path' in wasm ? wasm.path : undefined)],
    build: {
      outDir: site,
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
  const entry = [bundles].flat().flatMap((bundle) => bundle.output).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (!entry) throw new Error('Vite wrote no entry for the group editor’s script.');
  for (const language of siteLanguages) {
    const page = path.join(site, localizedPath('/editor/', language), 'index.html');
    const html = await readFile(page, 'utf8');
    // The placeholder, or the address an earlier run of this step wrote there.
    const address = new RegExp(`${editorScriptPlaceholder.replace(/\.js$/, '')}(?:\\.[\\w-]+)?\\.js`, 'g');
    if (!address.test(html)) throw new Error(`${page} does not load the group editor’s script (${editorScriptPlaceholder}).`);
    await writeFile(page, html.replace(address, `/${entry.fileName}`));
  }
  console.log(`Group editor: /${entry.fileName}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
