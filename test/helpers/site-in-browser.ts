/**
 * The built site served and opened in headless Chromium, for one describe block: a fresh page per
 * test, every request to another host refused and recorded, every script error and CSP report kept,
 * and axe-core's verdict on a page.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteInBrowser {
  /** The address the site is served at, without a trailing slash. */
  readonly url: string;
  /** Requests the pages made to other hosts. */
  readonly foreignRequests: string[];
  /** Script errors and policy reports the pages gave. */
  readonly problems: string[];
  /** A fresh page at `address`; `prepare` runs before it is loaded (to fix the page's clock, say). */
  open(address: string, options?: BrowserContextOptions, prepare?: (page: Page) => Promise<void>): Promise<Page>;
}

/** Serves `outDir` and starts Chromium before the block's tests, and stops both after them. */
export function siteInBrowser(outDir: string): SiteInBrowser {
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const foreignRequests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(outDir), launchBrowser()]);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      return server.url;
    },
    foreignRequests,
    problems,
    async open(address, options = {}, prepare) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${server.url}/`)) return route.continue();
        foreignRequests.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      await prepare?.(page);
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
      });
      await page.goto(server.url + address);
      return page;
    },
  };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page as it stands, one line each: "rule at selector, …". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const found = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return found.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
