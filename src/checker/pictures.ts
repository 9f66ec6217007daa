/**
 * Group pictures: where they live, what their bytes are, and which picture an image of the body
 * shows. Pure: the shells read the files (src/checker/node/pictures.ts) and hand over what they found.
 */
import type { ParsedGroup, Picture, PictureFormat } from './types.ts';

/** Where a group's pictures live in the repository: public/images/groups/<slug>/. */
export const picturesFolder = 'public/images/groups';
/** The address the site publishes them at. */
export const picturesAddress = '/images/groups/';

/** The formats the site publishes: they hold pixels only (SVG can carry script, and is refused). */
export const publishedFormats: readonly PictureFormat[] = ['png', 'jpeg', 'webp', 'avif'];
/** The file name endings that go with each published format. */
export const extensionsOf: Partial<Record<PictureFormat, readonly string[]>> = { png: ['png'], jpeg: ['jpg', 'jpeg'], webp: ['webp'], avif: ['avif'] };
/** A picture's file name: lower-case letters, digits and hyphens, and its ending. */
export const pictureName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** What the bytes of a file show it is, by their signature, whatever its name says. */
export function pictureFormat(bytes: Uint8Array): PictureFormat | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.slice(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  if (startsWith(bytes, ascii('BM'))) return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const head = new TextDecoder().decode(bytes.slice(0, 1024)).toLowerCase();
  if (/<svg[\s>]/.test(head) || /^\s*(?:\ufeff)?<\?xml/.test(head)) return 'svg';
  return undefined;
}

const u16be = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u16le = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u24le = (bytes: Uint8Array, at: number) => u16le(bytes, at) | ((bytes[at + 2] ?? 0) << 16);
const u32be = (bytes: Uint8Array, at: number) => (u16be(bytes, at) * 65536) + u16be(bytes, at + 2);

/** A picture's width and height in pixels, read from its header; undefined when the header cannot be read (a damaged file). */
export function pictureDimensions(bytes: Uint8Array, format: PictureFormat | undefined): { width: number; height: number } | undefined {
  const found = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
  if (format === 'png') return startsWith(bytes, ascii('IHDR'), 12) ? found(u32be(bytes, 16), u32be(bytes, 20)) : undefined;
  if (format === 'gif') return found(u16le(bytes, 6), u16le(bytes, 8));
  if (format === 'jpeg') {
    // The frame header (a SOF marker, but not DHT, JPG or DAC) holds the size; segments before it are skipped by their lengths.
    for (let at = 2; at + 9 < bytes.length; ) {
      if (bytes[at] !== 0xff) return undefined;
      const marker = bytes[at + 1] ?? 0;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return found(u16be(bytes, at + 7), u16be(bytes, at + 5));
      at += 2 + u16be(bytes, at + 2);
    }
    return undefined;
  }
  if (format === 'webp') {
    const chunk = String.fromCharCode(...bytes.slice(12, 16));
    if (chunk === 'VP8X') return found(u24le(bytes, 24) + 1, u24le(bytes, 27) + 1);
    if (chunk === 'VP8L') {
      const bits = (bytes[21] ?? 0) | ((bytes[22] ?? 0) << 8) | ((bytes[23] ?? 0) << 16) | ((bytes[24] ?? 0) << 24);
      return found((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    if (chunk === 'VP8 ') return found(u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff);
    return undefined;
  }
  if (format === 'avif') {
    // The image spatial extents property ("ispe"): version and flags, then width and height.
    for (let at = 4; at + 16 <= Math.min(bytes.length, 64 * 1024); at++) {
      if (startsWith(bytes, ascii('ispe'), at)) return found(u32be(bytes, at + 8), u32be(bytes, at + 12));
    }
    return undefined;
  }
  return undefined;
}

/** The group folder and file name an image address points into, or undefined for an address outside the pictures folder. */
export function pictureAddressParts(url: string): { slug: string; name: string } | undefined {
  if (!url.startsWith(picturesAddress)) return undefined;
  const rest = url.slice(picturesAddress.length).split(/[?#]/)[0] ?? '';
  const [slug, ...names] = rest.split('/');
  if (!slug || names.length !== 1 || !names[0]) return undefined;
  let name = names[0];
  try {
    name = decodeURIComponent(name);
  } catch {
    // An address that does not decode names no file.
  }
  return { slug, name };
}

/** The file name of a picture. */
export const nameOf = (picture: Picture) => picture.path.slice(picture.path.lastIndexOf('/') + 1);

/** The picture of the group an image address shows, if the group has it. */
export function pictureAt(group: ParsedGroup, url: string): Picture | undefined {
  const parts = pictureAddressParts(url);
  if (!parts || parts.slug !== group.slug) return undefined;
  return group.pictures?.find((picture) => nameOf(picture) === parts.name);
}
