/**
 * The built site in headless Chromium, used as a reader would: search, filters with and without
 * JavaScript, the theme, print, accessibility (axe) of every kind of page, and no request to any
 * other host. Skipped, with a warning, where there is no Chromium.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserMissing, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const { outDir } = inject('site');
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(browserMissing !== undefined)('the site in a browser', () => {
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

  /** A fresh page; every request to another host is recorded and refused, every script error and CSP report kept. */
  async function open(address: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    await page.goto(server.url + address);
    return page;
  }

  it('finds a group from the home page with the search box', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: 'Search the handbook, rules and groups' }).fill('Nairobi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Nairobi$/);
    const result = page.locator('[data-search-results] a', { hasText: 'CERN Alumni Nairobi Group' });
    await result.click();
    await page.waitForURL(/\/groups\/nairobi\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CERN Alumni Nairobi Group');
  });

  it('shows search results as text, never as markup', async () => {
    const page = await open('/search/?q=Quoted');
    const result = page.locator('[data-search-results] li').first();
    await expect(result.locator('a').textContent()).resolves.toContain('<script>');
    expect(await page.locator('[data-search-results] script, [data-search-results] b, [data-search-results] img').count()).toBe(0);
  });

  it('filters the directory by type without JavaScript, through static pages', async () => {
    const page = await open('/groups/', { javaScriptEnabled: false });
    await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: /^Regional/ }).click();
    await page.waitForURL(/\/groups\/type\/regional\/$/);
    const meta = await page.locator('.card .card-meta').allTextContents();
    expect(meta.length).toBeGreaterThan(1);
    expect(meta.every((text) => text.startsWith('Regional'))).toBe(true);
    expect(await page.locator('[data-name-filter]').isVisible()).toBe(false);
  });

  it('filters the directory in place with JavaScript, combining filters and the name box', async () => {
    const page = await open('/groups/');
    const allCards = await page.locator('.card').count();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: /^Regional/ }).click();
    await page.waitForURL(/\/groups\/\?type=regional$/);
    const regional = await page.locator('.card .card-meta').allTextContents();
    expect(regional.length).toBeGreaterThan(1);
    expect(regional.length).toBeLessThan(allCards);
    expect(regional.every((text) => text.startsWith('Regional'))).toBe(true);
    await page.getByRole('navigation', { name: 'Joining' }).getByRole('link', { name: /^Public/ }).click();
    await page.waitForURL(/\/groups\/\?type=regional&visibility=public$/);
    const both = await page.locator('.card .card-meta').allTextContents();
    expect(both.every((text) => text.startsWith('Regional') && text.endsWith('Public'))).toBe(true);
    await page.getByRole('navigation', { name: 'Joining' }).getByRole('link', { name: 'All' }).click();
    await page.getByLabel('Name').fill('lyon');
    await page.waitForURL(/name=lyon/);
    const names = await page.locator('.card h3').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /lyon/i.test(name))).toBe(true);
    await expect(page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);
    await page.reload();
    // The filters in the address are applied once the index has loaded.
    await expect.poll(() => page.locator('.card h3').allTextContents(), { timeout: 10_000 }).toEqual(names);
  });

  it('dates the group template the day the page is read, not the day the site was built', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.route('**/*', (route) => (route.request().url().startsWith(`${server.url}/`) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-02-03T10:00:00'));
    await page.goto(`${server.url}/add-your-group/`);
    await expect.poll(() => page.locator('[data-group-template]').textContent()).toContain('lastActivity: 2031-02-03');
    expect(await page.locator('[data-group-template]').textContent()).toContain('  year: 2031\n');
    const proposed = new URL((await page.locator('[data-propose-group]').getAttribute('href'))!);
    expect(proposed.searchParams.get('value')).toBe(await page.locator('[data-group-template]').textContent());
  });

  it('switches to the dark theme and remembers it after a reload', async () => {
    const page = await open('/', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await expect(background()).resolves.toBe(dark);
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe('dark');
  });

  it('prints a chapter without the navigation, with the address after external links', async () => {
    const page = await open('/guidelines/websites-and-social-media/');
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.sidebar', '.toc', '.pager', '.site-footer', '.breadcrumbs']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const group = await open('/groups/bay-area/');
    await group.emulateMedia({ media: 'print' });
    const printed = await group.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('article a[href^="https://bayarea"]')!;
      return { href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content };
    });
    expect(printed.after).toContain(printed.href);
  });

  const pageTypes = [
    '/',
    '/guidelines/managing-a-group/',
    '/groups/',
    '/groups/type/regional/',
    '/groups/bay-area/',
    '/groups/zz-escaping-test/',
    '/groups/zz-terminated-test/',
    '/groups/archive/',
    '/rules/',
    '/rules/managers-count/',
    '/dashboard/',
    '/add-your-group/',
    '/search/?q=lyon',
    '/no-such-page/',
    ...(existsSync(path.join(outDir, 'coverage/index.html')) ? ['/coverage/'] : []),
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violation on any kind of page (${colorScheme})`, async () => {
      const page = await open('/', { colorScheme });
      const violations: string[] = [];
      for (const address of pageTypes) {
        await page.goto(server.url + address);
        if (address.startsWith('/search/')) await page.locator('[data-search-results] li').first().waitFor();
        await page.evaluate(await axeSource);
        const found = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
          }),
        );
        for (const violation of found.violations) violations.push(`${address}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
      expect(violations).toEqual([]);
    }, 120_000);
  }

  it('is usable from the keyboard: the skip link comes first and focus is visible', async () => {
    const page = await open('/groups/bay-area/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { text: element.textContent, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused.text).toBe('Skip to content');
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    for (const address of ['/', '/guidelines/the-group-file/', '/groups/', '/groups/bay-area/', '/add-your-group/', '/editor/']) {
      const page = await open(address, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, address).toBeLessThanOrEqual(0);
    }
  });

  it('made no request to another host, and no page reported a script or policy error', () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
