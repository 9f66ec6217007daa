/** Headless Chromium for the browser tests, or the reason there is none on this machine. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or undefined when they can. */
export const browserMissing = existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath} (set CHROMIUM_PATH to a Chromium or Chrome binary)`;

if (browserMissing) {
  console.warn(`\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: ${browserMissing}.\n!! The site's behaviour in a browser, its accessibility and its requests were NOT tested.\n${'!'.repeat(78)}\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
