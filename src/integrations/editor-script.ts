/**
 * Where the group editor's pages load their script from: src/pages/editor.astro imports it as
 * `virtual:alumni-handbook/editor-script`. `astro dev` serves the source itself. `astro build` writes a
 * placeholder, which scripts/editor-script.ts replaces with the address of the bundle it makes once
 * the site is built.
 */
import type { Plugin } from 'vite';

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
