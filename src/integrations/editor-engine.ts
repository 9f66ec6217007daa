/**
 * What the group editor's browser bundle needs to run the checker's engine unchanged: Sätteri's
 * WebAssembly build in place of its native one, and retext-equality's data file imported plainly.
 * Only the browser ("client") bundle is changed; the build and the command line keep the native parser.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { patternsFile } from '../checker/text/equality-patterns.ts';

const wasmModuleId = 'virtual:alumni-handbook/satteri-wasm';
const browserBinding = fileURLToPath(new URL('../lib/browser/editor/satteri-binding.ts', import.meta.url));
const equalityPatternsModule = fileURLToPath(new URL('../checker/text/equality-patterns.ts', import.meta.url));

/** `wasmPath` is Sätteri's WebAssembly file (satteri-wasm.ts), or undefined when it could not be had. */
export function editorEngine(wasmPath: string | undefined): Plugin {
  return {
    name: 'alumni-handbook:editor-engine',
    enforce: 'pre',
    resolveId(id) {
      if (id === wasmModuleId) return `\0${wasmModuleId}`;
      if (id === '@bruits/satteri-wasm32-wasi' && this.environment.name === 'client') return browserBinding;
      return undefined;
    },
    load(id) {
      if (id === `\0${wasmModuleId}`) return wasmPath ? `export { default } from ${JSON.stringify(`${wasmPath}?url`)};` : 'export default undefined;';
      if (id === equalityPatternsModule && this.environment.name === 'client') return `export { patterns } from ${JSON.stringify(patternsFile)};`;
      return undefined;
    },
  };
}
