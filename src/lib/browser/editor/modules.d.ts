declare module 'virtual:alumni-handbook/editor-script' {
  /** Where the editor's pages load its script from (src/integrations/editor-script.ts). */
  const address: string;
  export default address;
}

declare module 'virtual:alumni-handbook/satteri-wasm' {
  /** The address of Sätteri's WebAssembly file in the built site, or undefined when the build could not have it. */
  const url: string | undefined;
  export default url;
}

/** The part of napi-rs's WebAssembly runtime the editor uses (the package ships no types). */
declare module '@napi-rs/wasm-runtime' {
  export class WASI {
    constructor(options: { version: 'preview1' });
  }
  export function getDefaultContext(): unknown;
  export function instantiateNapiModule(
    wasm: ArrayBuffer,
    options: {
      context: unknown;
      asyncWorkPoolSize: number;
      wasi: WASI;
      overwriteImports(imports: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>>;
      beforeInit(module: { instance: WebAssembly.Instance }): void;
    },
  ): Promise<{ napiModule: { exports: unknown } }>;
}
