/**
 * Sätteri's native functions, from its WebAssembly build, for the browser: the site's build points
 * Sätteri's own browser binding here (astro.config.mjs), so `satteri` in the editor's bundle is the
 * parser the checker uses everywhere else. Unlike the package's own loader, it starts no worker: the
 * checker only parses and renders, which Sätteri does on the calling thread.
 */
import { getDefaultContext, instantiateNapiModule, WASI } from '@napi-rs/wasm-runtime';
import wasmUrl from 'virtual:alumni-handbook/satteri-wasm';

if (!wasmUrl) throw new Error('The site was built without Sätteri’s WebAssembly file.');

// The module was built for a shared memory of this size; browsers reserve it lazily.
const memory = new WebAssembly.Memory({ initial: 4000, maximum: 65536, shared: true });
const { napiModule } = await instantiateNapiModule(await fetch(wasmUrl).then((response) => response.arrayBuffer()), {
  context: getDefaultContext(),
  asyncWorkPoolSize: 0,
  wasi: new WASI({ version: 'preview1' }),
  overwriteImports(imports: Record<string, Record<string, unknown>>) {
    imports.env = { ...imports.env, ...imports.napi, ...imports.emnapi, memory };
    return imports;
  },
  beforeInit({ instance }: { instance: WebAssembly.Instance }) {
    for (const [name, register] of Object.entries(instance.exports)) if (name.startsWith('__napi_register__')) (register as () => void)();
  },
});
const native = napiModule.exports as Record<string, unknown>;

// The names Sätteri's browser binding (satteri/dist/binding.browser.js) takes from its WebAssembly package.
export const {
  applyCommandsAndCompileHandle,
  applyCommandsAndConvertToHastHandle,
  applyCommandsAndRenderHandle,
  applyCommandsToHandle,
  applyCommandsToMdastHandle,
  applyMdastCommandsAndConvertAndCompile,
  applyMdastCommandsAndConvertAndRender,
  compileHandle,
  compileMdx,
  convertMdastToHastHandle,
  createHastHandle,
  createHastHandleFromHtml,
  createHastHandleWithFrontmatter,
  createMdastHandle,
  createMdxHastHandle,
  createMdxHastHandleWithFrontmatter,
  createMdxMdastHandle,
  dropHandle,
  getHandleSource,
  getMdastFrontmatter,
  getNodeData,
  markdownToHtmlFast,
  markdownToJsFast,
  mdastTextContentHandle,
  mdxToJsFast,
  parseEsm,
  parseExpression,
  parseToHtml,
  renderHandle,
  serializeHandle,
  setNodeData,
  textContentHandle,
  walkHandle,
  walkMdastHandle,
} = native;
