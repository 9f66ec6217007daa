/**
 * Reads the groups' pictures from disk for the checker's shells: what each file's bytes are, and the
 * text of any QR code in it, which the engine then judges as the link it holds. Nothing under the
 * pictures folder is followed out of it: a symbolic link is passed on as refused.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Organization } from '../../config/organization.ts';
import { pictureDimensions, picturesFolder, pictureFormat } from '../pictures.ts';
import { slugOfPath } from '../parse.ts';
import { listFolder } from './group-files.ts';
import type { Picture, SourceFile } from '../types.ts';

/** Formats the QR decoder reads (its image reader knows neither WebP nor AVIF). */
const decodable = new Set(['png', 'jpeg', 'gif', 'bmp']);

let decoder: Promise<typeof import('zxing-wasm/reader')> | undefined;
/**
 * The decoder, loaded when a check first meets a picture (most checks meet none), with its WebAssembly
 * read from the installed package: a check never goes to the network.
 */
function prepareDecoder(): Promise<typeof import('zxing-wasm/reader')> {
  decoder ??= (async () => {
    const zxing = await import('zxing-wasm/reader');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    await zxing.prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
    return zxing;
  })();
  return decoder;
}

/** The text of every QR code (and other two-dimensional code) in a picture. */
async function codesIn(bytes: Uint8Array): Promise<string[]> {
  const { readBarcodes } = await prepareDecoder();
  try {
    const found = await readBarcodes(bytes, { formats: ['QRCode', 'MicroQRCode', 'rMQRCode', 'DataMatrix', 'Aztec'], tryHarder: true, maxNumberOfSymbols: 8 });
    return found.filter((result) => result.isValid && result.text).map((result) => result.text);
  } catch {
    // A picture the decoder cannot read holds no code it could judge; its format is judged on its own.
    return [];
  }
}

/** Every file under public/images/groups/, as the engine's pictures, sorted by path. */
export async function readPictures(root: string, organization: Organization): Promise<Picture[]> {
  // Hidden files are pictures too: they are published with the site like any other.
  const files = await listFolder(root, path.join(root, picturesFolder));
  const pictures = await Promise.all(
    files.map(async (projectPath): Promise<Picture> => {
      const absolute = path.join(root, projectPath);
      const stats = await lstat(absolute);
      const refused = stats.isSymbolicLink() ? 'This is a symbolic link, not a picture. Replace it with the picture itself.' : !stats.isFile() ? 'This is not a regular file.' : undefined;
      if (refused) return { path: projectPath, size: 0, format: undefined, codes: [], hash: '', refused };
      const bytes = new Uint8Array(await readFile(absolute));
      const format = pictureFormat(bytes);
      const dimensions = pictureDimensions(bytes, format);
      // Only a picture within the limits is decoded: a file made to be huge once decoded is refused by its header alone.
      const decode = format && decodable.has(format) && bytes.length <= organization.maxPictureBytes && dimensions && Math.max(dimensions.width, dimensions.height) <= organization.maxPictureSide;
      const codes = decode ? await codesIn(bytes) : [];
      return { path: projectPath, size: bytes.length, format, ...(dimensions ? { dimensions } : {}), codes, hash: hash('sha256', bytes, 'base64url') };
    }),
  );
  return pictures.sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

/** The folder (the group's slug) a picture is in, or undefined for a file directly in the pictures folder. */
const folderOf = (picture: Picture) => {
  const parts = picture.path.slice(picturesFolder.length + 1).split('/');
  return parts.length >= 2 ? parts[0] : undefined;
};

/**
 * Gives each group file the pictures of its folder, and returns the pictures no group file claims:
 * those in a folder of no group, or loose in the pictures folder.
 */
export function attachPictures(files: readonly SourceFile[], pictures: readonly Picture[]): { files: SourceFile[]; unclaimed: Picture[] } {
  const bySlug = new Map<string, Picture[]>();
  for (const picture of pictures) {
    const slug = folderOf(picture) ?? '';
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), picture]);
  }
  const slugs = new Set(files.map((file) => slugOfPath(file.path)));
  const unclaimed = [...bySlug].filter(([slug]) => !slugs.has(slug)).flatMap(([, list]) => list);
  return { files: files.map((file) => ({ ...file, pictures: bySlug.get(slugOfPath(file.path)) ?? [] })), unclaimed };
}
