/**
 * The group editor's script, and where its pages load it from: src/pages/editor.astro imports the
 * address as `virtual:alumni-handbook/editor-script`. `astro dev` serves the source itself. `astro
 * build` renders a placeholder, and meanwhile bundles the script on its own, in a process of its own
 * (editor-script-process.ts); the integration writes the bundle's address into each editor page as it
 * is rendered (handbook.ts).
 *
 * The script carries the checker's whole engine for the browser (about 1.4 MB, with the parser's
 * WebAssembly file beside it). Bundled with the pages, it held about 120 MB in Astro's process until
 * its last page was written; on its own, its memory goes back to the system as soon as it is made.
 */
import type { Plugin } from 'vite';
import { runStep } from './process-step.ts';

export const editorScriptSource = 'src/lib/browser/editor/editor.ts';
export const editorScriptPlaceholder = '/editor/editor.js';

const moduleId = 'virtual:alumni-handbook/editor-script';

/** `command` is Astro's: "dev" serves the source, any other leaves the placeholder. */
export function editorScriptAddress(command: string): Plugin {
  return {
    name: 'alumni-handbook:editor-script',
    resolveId: (id) => (id === moduleId ? `\0${moduleId}` : undefined),
    load: (id) => (id === `\0${moduleId}` ? `export default ${JSON.stringify(command === 'dev' ? `/${editorScriptSource}` : editorScriptPlaceholder)};` : undefined),
  };
}

export interface EditorBundle {
  /** The bundle's address in the site ("/editor/editor.<hash>.js"). */
  address: string;
  /** Why the editor will not check files itself, when the parser's WebAssembly file could not be had. */
  warning?: string;
}

/** Bundles the editor's script into the site's `editor/` folder, in a process of its own. */
export function bundleEditorScript(root: string, siteFolder: string): Promise<EditorBundle> {
  return runStep(new URL('./editor-script-process.ts', import.meta.url), { root, siteFolder }, {
    couldNot: "The group editor's script could not be bundled",
    stopped: "Bundling the group editor's script stopped",
  });
}

/** An editor page's HTML with the bundle's address in place of the placeholder. */
export function withEditorScript(html: string, pathname: string, address: string): string {
  if (!html.includes(editorScriptPlaceholder)) throw new Error(`The page ${pathname} does not load the group editor's script (${editorScriptPlaceholder}).`);
  return html.replaceAll(editorScriptPlaceholder, address);
}
