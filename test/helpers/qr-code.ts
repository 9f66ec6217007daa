/** QR code pictures for tests, made with the library the checker reads them with, from its installed WebAssembly (never the network). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/full';

let ready: Promise<unknown> | undefined;

/** A PNG of a QR code holding `text`. */
export async function qrCode(text: string): Promise<Uint8Array> {
  ready ??= (() => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/full/zxing_full.wasm'));
    return prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
  })();
  await ready;
  const written = await writeBarcode(text, { format: 'QRCode', scale: 4 });
  if (!written.image) throw new Error(`No QR code for "${text}": ${written.error}`);
  return new Uint8Array(await written.image.arrayBuffer());
}
