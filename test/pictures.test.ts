/**
 * Group pictures through `npm run check`: each is judged by its bytes, a picture the page shows must be
 * in the group's folder, and a picture of a QR code is judged as the link it holds (the code is made
 * here with the same library the checker reads it with).
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleFiles } from '../src/checker/examples.ts';
import { pictureDimensions, pictureFormat } from '../src/checker/pictures.ts';
import { emptyProject } from './helpers/project.ts';
import { browserMissing, launchBrowser } from './helpers/browser.ts';
import { qrCode } from './helpers/qr-code.ts';
import { serveStatic } from './helpers/static-server.ts';
import { runCheck } from './helpers/run-check.ts';

const validGroup = exampleFiles({ title: 'valid' })[0]!.content as string;
const withBody = (body: string) => validGroup.replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${body}`);

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ root, cleanup } = await emptyProject());
  await mkdir(path.join(root, 'src/content/groups'), { recursive: true });
  await mkdir(path.join(root, 'public/images/groups/lyon'), { recursive: true });
});
afterEach(() => cleanup());

const writeGroup = (body: string) => writeFile(path.join(root, 'src/content/groups/lyon.mdx'), withBody(body));
const writePicture = (name: string, bytes: Uint8Array | string, folder = 'lyon') => writeFile(path.join(root, 'public/images/groups', folder, name), bytes);
const check = async () => {
  const { status, stdout } = await runCheck(root, ['--format', 'json', '--today', '2026-06-15', '--no-cache']);
  return { status, diagnostics: JSON.parse(stdout).diagnostics as { file: string; rule: string; severity: string; message: string; line: number }[] };
};

describe('group pictures', () => {
  it('accepts a picture of the group’s folder that the page shows', async () => {
    await writePicture('picnic.png', await qrCode('https://lyon-alumni.example.org/photos'));
    await writeGroup('![Members at the picnic](/images/groups/lyon/picnic.png)\n');
    expect(await check()).toEqual({ status: 0, diagnostics: [] });
  });

  it('judges a QR code of a chat invitation as the link it holds', async () => {
    await writePicture('join.png', await qrCode('https://chat.whatsapp.com/Hx7pQ2abcDEF'));
    await writeGroup('Scan to join us:\n\n![Our chat](/images/groups/lyon/join.png)\n');
    const imageLine = withBody('Scan to join us:\n\n![Our chat](/images/groups/lyon/join.png)\n').split('\n').findIndex((line) => line.startsWith('![Our chat]')) + 1;
    const { status, diagnostics } = await check();
    expect(status).toBe(1);
    expect(diagnostics).toMatchObject([{ file: 'src/content/groups/lyon.mdx', rule: 'messaging-apps', line: imageLine, message: expect.stringContaining('Remove this QR code picture: it leads to a messaging-app group (chat.whatsapp.com/Hx7pQ2abcDEF)') }]);
  });

  it('judges a QR code of a shortened link and of a contact card', async () => {
    await writePicture('slides.png', await qrCode('https://bit.ly/lyon-slides'));
    await writePicture('contact.png', await qrCode('BEGIN:VCARD\nVERSION:3.0\nFN:Claire Martin\nTEL:+33612345678\nEND:VCARD'));
    await writeGroup('![Slides](/images/groups/lyon/slides.png)\n\n![Contact](/images/groups/lyon/contact.png)\n');
    const { diagnostics } = await check();
    expect(diagnostics.map((diagnostic) => diagnostic.rule).sort()).toEqual(['personal-data', 'shortened-links']);
  });

  it('refuses an SVG whatever its name, by its bytes, on the picture itself', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(pictureFormat(new TextEncoder().encode(svg))).toBe('svg');
    await writePicture('banner.png', svg);
    await writeGroup('![Our banner](/images/groups/lyon/banner.png)\n');
    const { status, diagnostics } = await check();
    expect(status).toBe(1);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'public/images/groups/lyon/banner.png', rule: 'picture-file', severity: 'error', line: 1 })]);
  });

  it('reports a missing picture at the image, and an unshown one as a warning on the picture', async () => {
    await writePicture('old-banner.png', await qrCode('https://lyon-alumni.example.org'));
    await writeGroup('![Members at the picnic](/images/groups/lyon/picnic.png)\n');
    const { status, diagnostics } = await check();
    expect(status).toBe(1);
    expect(diagnostics.map(({ file, rule, severity }) => ({ file, rule, severity }))).toEqual([
      { file: 'public/images/groups/lyon/old-banner.png', rule: 'picture-unused', severity: 'warning' },
      { file: 'src/content/groups/lyon.mdx', rule: 'image-missing', severity: 'error' },
    ]);
  });

  it('warns about pictures in the folder of no group, and refuses a symbolic link', async () => {
    await mkdir(path.join(root, 'public/images/groups/paris'), { recursive: true });
    await writePicture('picnic.png', await qrCode('https://example.org'), 'paris');
    await symlink('/etc/passwd', path.join(root, 'public/images/groups/lyon/secret.png'));
    await writeGroup('![Secret](/images/groups/lyon/secret.png)\n');
    const { diagnostics } = await check();
    expect(diagnostics.map(({ file, rule }) => ({ file, rule }))).toEqual([
      { file: 'public/images/groups/lyon/secret.png', rule: 'picture-file' },
      { file: 'public/images/groups/paris/picnic.png', rule: 'picture-unused' },
    ]);
  });

  it('refuses what is no picture wherever it lies in the pictures folder, as the site publishes all of it', async () => {
    await mkdir(path.join(root, 'public/images/groups/paris'), { recursive: true });
    await writePicture('banner.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>', 'paris');
    await writePicture('page.png', '<!doctype html><script>alert(document.domain)</script>', '.');
    await writeGroup('Nothing to see.\n');
    const { status, diagnostics } = await check();
    expect(status).toBe(1);
    expect(diagnostics.map(({ file, rule, severity }) => ({ file, rule, severity }))).toEqual([
      { file: 'public/images/groups/page.png', rule: 'picture-file', severity: 'error' },
      { file: 'public/images/groups/page.png', rule: 'picture-unused', severity: 'warning' },
      { file: 'public/images/groups/paris/banner.svg', rule: 'picture-file', severity: 'error' },
      { file: 'public/images/groups/paris/banner.svg', rule: 'picture-unused', severity: 'warning' },
    ]);
    expect(diagnostics[0]?.message).toBe('public/images/groups/page.png is not a picture the handbook can read, whatever its name says. Pictures must be PNG, JPEG, WebP or AVIF: export it as one of them.');
    expect(diagnostics[2]?.message).toMatch(/^public\/images\/groups\/paris\/banner\.svg is an SVG file, whatever its name says/);
  });

  it('checks a group again when one of its pictures changes, even with the cache', async () => {
    await writePicture('join.png', await qrCode('https://lyon-alumni.example.org/photos'));
    await writeGroup('![Our photos](/images/groups/lyon/join.png)\n');
    const cached = () => runCheck(root, ['--format', 'json', '--today', '2026-06-15']);
    expect((await cached()).status).toBe(0);
    await writePicture('join.png', await qrCode('https://chat.whatsapp.com/Hx7pQ2abcDEF'));
    const again = await cached();
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stdout).diagnostics).toMatchObject([{ rule: 'messaging-apps' }]);
  });

  it('reads the size in pixels from the header of each published format', async () => {
    const png = await qrCode('https://example.org');
    expect(pictureDimensions(png, 'png')).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    // A JPEG: start of image, an APP0 segment of 16 bytes, then a baseline frame header of 640 × 480.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
    expect(pictureFormat(jpeg)).toBe('jpeg');
    expect(pictureDimensions(jpeg, 'jpeg')).toEqual({ width: 640, height: 480 });
    // A WebP with an extended header: width and height minus one, on three bytes each.
    const webp = Uint8Array.from([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8X'), 10, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0x07, 0x00, 0x37, 0x04, 0x00]);
    expect(pictureFormat(webp)).toBe('webp');
    expect(pictureDimensions(webp, 'webp')).toEqual({ width: 1920, height: 1080 });
    // An AVIF: a file type box, and the image spatial extents property.
    const avif = Uint8Array.from([0, 0, 0, 16, ...ascii('ftypavif'), 0, 0, 0, 0, 0, 0, 0, 20, ...ascii('ispe'), 0, 0, 0, 0, 0, 0, 0x0f, 0xa0, 0, 0, 0x0b, 0xb8]);
    expect(pictureFormat(avif)).toBe('avif');
    expect(pictureDimensions(avif, 'avif')).toEqual({ width: 4000, height: 3000 });
    expect(pictureDimensions(Uint8Array.from([0xff, 0xd8, 0xff]), 'jpeg')).toBeUndefined();
  });
});

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** A PNG of one pixel with a web page and its script after the image's end: a file that is a picture by its bytes and a page to a careless reader. */
function polyglot(): Uint8Array {
  const header = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89];
  const end = [0, 0, 0, 0, ...ascii('IEND'), 0xae, 0x42, 0x60, 0x82];
  return Uint8Array.from([...header, ...end, ...ascii('<html><script>localStorage.setItem("ran", "yes"); document.title = "ran";</script></html>')]);
}

describe.skipIf(browserMissing !== undefined)('a picture in a browser', () => {
  it('cannot run script on the site’s origin, even when its bytes hide a page after the image', async () => {
    // The checker publishes it: by its bytes it is a PNG of 1 × 1 pixels.
    await writePicture('pixel.png', polyglot());
    await writeGroup('![A pixel](/images/groups/lyon/pixel.png)\n');
    expect(await check()).toEqual({ status: 0, diagnostics: [] });

    // Served as the site serves pictures, by their name: as an image, which a browser never runs.
    const site = await mkdtemp(path.join(tmpdir(), 'handbook-pictures-site-'));
    await mkdir(path.join(site, 'images/groups/lyon'), { recursive: true });
    await writeFile(path.join(site, 'images/groups/lyon/pixel.png'), polyglot());
    await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Home</title><img src="/images/groups/lyon/pixel.png" alt="A pixel">');
    await writeFile(path.join(site, '404.html'), '<!doctype html><title>Not found</title>');
    // The probe works: the same bytes served as a page do run.
    await writeFile(path.join(site, 'probe.html'), polyglot());
    const [server, browser] = await Promise.all([serveStatic(site), launchBrowser()]);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.goto(`${server.url}/images/groups/lyon/pixel.png`);
      expect(await page.title()).not.toBe('ran');
      await page.goto(`${server.url}/index.html`);
      expect(await page.evaluate(() => localStorage.getItem('ran'))).toBeNull();
      await page.goto(`${server.url}/probe.html`);
      expect(await page.evaluate(() => localStorage.getItem('ran'))).toBe('yes');
    } finally {
      await browser.close();
      await server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
});

