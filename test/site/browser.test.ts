/**
 * The built site in headless Chromium, used as a reader would: search, filters with and without
 * JavaScript, the theme, print, accessibility (axe) of every kind of page, and no request to any
 * other host. Skipped, with a warning, where there is no Chromium.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserMissing } from '../helpers/browser.ts';
import { axeViolations, siteInBrowser } from '../helpers/site-in-browser.ts';

const { outDir } = inject('site');

describe.skipIf(browserMissing !== undefined)('the site in a browser', () => {
  const site = siteInBrowser(outDir);
  const open = (address: string, options?: BrowserContextOptions) => site.open(address, options);

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

  it('searches the French pages from a French page, groups first', async () => {
    const page = await open('/fr/search/?q=Lyon');
    await page.locator('[data-search-results] li').first().waitFor();
    const links = await page.locator('[data-search-results] li a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links[0]).toBe('/fr/groups/lyon/');
    expect(links.every((link) => link.startsWith('/fr/'))).toBe(true);
    const english = await page.locator('[data-search-results] li .badge').first().textContent();
    expect(english).not.toBe('Group');
  });

  it('finds a group from a French page by its country\'s French name, when its region names the country in English', async () => {
    const page = await open('/fr/search/?q=Suisse');
    await page.locator('[data-search-results] li').first().waitFor();
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('a').getAttribute('href')).resolves.toBe('/fr/groups/geneva-running-club/');
    // The excerpt is the group's own text, without the English page's labels around it.
    expect(await first.locator('p').textContent()).not.toMatch(/Region|Founded|How to join|Details/);
  });

  it('keeps the reader on the same page when they switch language, and back', async () => {
    const page = await open('/groups/bay-area/');
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/groups\/bay-area\/$/);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await page.getByRole('navigation', { name: 'Langues' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/groups\/bay-area\/$/);
    expect(new URL(page.url()).pathname).toBe('/groups/bay-area/');
    // The filters in the address and the section being read come along.
    const directory = await open('/groups/?type=regional');
    await directory.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Français' }).click();
    await directory.waitForURL(/\/fr\/groups\/\?type=regional$/);
    const chapter = await open('/guidelines/managing-a-group/#no-discrimination');
    await chapter.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Français' }).click();
    await chapter.waitForURL(/\/fr\/guidelines\/managing-a-group\/#no-discrimination$/);
  });

  it('names a city\'s groups first when searching for it, then handbook sections, then rules, each saying what it is', async () => {
    const page = await open('/search/?q=Lyon');
    await page.locator('[data-search-results] li').first().waitFor();
    const badges = await page.locator('[data-search-results] li .badge').allTextContents();
    expect(badges[0]).toBe('Group');
    await expect(page.locator('[data-search-results] li').first().locator('a').textContent()).resolves.toBe('CERN Alumni Lyon Group');
    // Groups, then handbook sections, then rules: never a group after another kind of result.
    const order = ['Group', 'Handbook section', 'Rule'];
    expect(badges.map((badge) => order.indexOf(badge))).toEqual([...badges.map((badge) => order.indexOf(badge))].sort((a, b) => a - b));
    expect(badges.every((badge) => order.includes(badge))).toBe(true);
    // A country finds the groups in it, however their region spells it.
    const swiss = await open('/search/?q=Switzerland');
    await swiss.locator('[data-search-results] li').first().waitFor();
    await expect(swiss.locator('[data-search-results] li .badge').first().textContent()).resolves.toBe('Group');
  });

  it('puts the groups in a country first when searching for it, by any of its names, before a word that only starts like it', async () => {
    const titles = async (query: string) => {
      const page = await open(`/search/?q=${query}`);
      await page.locator('[data-search-results] li').first().waitFor();
      return page.locator('[data-search-results] li a').allTextContents();
    };
    // "France" also finds "San Francisco" (Pagefind matches stems as prefixes): the groups in France come first.
    const france = await titles('France');
    const [lyon, bayArea] = [france.indexOf('CERN Alumni Lyon Group'), france.indexOf('CERN Alumni San Francisco Bay Area Group')];
    expect(lyon).toBeGreaterThanOrEqual(0);
    if (bayArea >= 0) expect(lyon).toBeLessThan(bayArea);
    expect((await titles('USA'))[0]).toBe('CERN Alumni San Francisco Bay Area Group');
    expect((await titles('Schweiz'))[0]).toBe('CERN Alumni Geneva Running Club');
  });

  it('shows on the directory\'s map a marker for every regional group, each leading to it', async () => {
    const page = await open('/groups/');
    const links = await page.locator('.group-map svg a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const regional = await page.locator('.group-map-list a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);
    expect(new Set(regional).size).toBeGreaterThanOrEqual(links.length);
    await page.locator('.group-map svg a[aria-label*="Tokyo"] circle').click();
    await page.waitForURL(/\/groups\/tokyo\/$/);
    // Lyon and Geneva are a few pixels apart on a world map: no marker covers another's centre, on a
    // computer or on a phone, where markers are larger.
    for (const width of [1280, 375]) {
      const sized = await open('/groups/', { viewport: { width, height: 800 } });
      const covered = await sized.locator('.group-map svg a').evaluateAll((anchors) =>
        anchors
          .filter((anchor) => {
            anchor.scrollIntoView();
            const box = anchor.querySelector('circle')!.getBoundingClientRect();
            return box.width === 0 || document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('a') !== anchor;
          })
          .map((anchor) => anchor.getAttribute('aria-label')),
      );
      expect(covered, `at ${width} px`).toEqual([]);
    }
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
    expect(await page.locator('[data-text-filter]').isVisible()).toBe(false);
  });

  it('filters the directory in place with JavaScript, combining filters and the words box', async () => {
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
    await page.getByLabel('Words').fill('lyon');
    await page.waitForURL(/q=lyon/);
    const names = await page.locator('.card h3').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    // The words box reads names, summaries, regions and countries.
    expect((await page.locator('.card').allTextContents()).every((card) => /lyon/i.test(card))).toBe(true);
    await expect(page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);
    await page.reload();
    // The filters in the address are applied once the index has loaded.
    await expect.poll(() => page.locator('.card h3').allTextContents(), { timeout: 10_000 }).toEqual(names);
  });

  it('narrows the directory by country and then by type, with counts that follow the other filters, and clears them', async () => {
    const page = await open('/groups/');
    const allCards = await page.locator('.card').count();
    const chipCount = async (facet: string, label: RegExp) => Number(await page.getByRole('navigation', { name: facet }).getByRole('link', { name: label }).locator('.count').textContent());
    await page.getByRole('navigation', { name: 'Country' }).getByRole('link', { name: /^Switzerland/ }).click();
    await page.waitForURL(/\/groups\/\?country=ch$/);
    const swiss = await page.locator('.card .card-meta').allTextContents();
    expect(swiss.length).toBeGreaterThan(0);
    expect(swiss.every((meta) => meta.includes('Switzerland'))).toBe(true);
    // The type counts now count Swiss groups only, and add up to them.
    const typeCounts = await page.getByRole('navigation', { name: 'Type' }).locator('.count').allTextContents();
    expect(typeCounts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(swiss.length);
    const typeOfFirst = swiss[0]!.split(' · ')[0]!;
    const expected = await chipCount('Type', new RegExp(`^${typeOfFirst}`));
    await page.getByRole('navigation', { name: 'Type' }).getByRole('link', { name: new RegExp(`^${typeOfFirst}`) }).click();
    await expect.poll(() => page.locator('.card').count()).toBe(expected);
    // A country's name in the words box finds its groups, in any spelling of the region.
    await page.getByRole('link', { name: 'Clear the filters' }).first().click();
    await expect.poll(() => page.locator('.card').count()).toBe(allCards);
    await page.getByLabel('Words').fill('switzerland');
    await expect.poll(() => page.locator('.card .card-meta').allTextContents()).toEqual(swiss);
    await page.getByLabel('Words').fill('no such place anywhere');
    await expect.poll(() => page.locator('[data-results-empty]').isVisible()).toBe(true);
    await page.locator('[data-results-empty]').getByRole('link', { name: 'Clear the filters' }).click();
    await expect.poll(() => page.locator('.card').count()).toBe(allCards);
  });

  it('narrows the French directory by country, with type counts that follow, in French words, staying on French pages', async () => {
    const page = await open('/fr/groups/');
    const allCards = await page.locator('.card').count();
    await page.getByRole('navigation', { name: 'Pays' }).getByRole('link', { name: /^Suisse/ }).click();
    await page.waitForURL(/\/fr\/groups\/\?country=ch$/);
    const swiss = await page.locator('.card').count();
    expect(swiss).toBeGreaterThan(0);
    expect(swiss).toBeLessThan(allCards);
    const typeCounts = await page.getByRole('navigation', { name: 'Type' }).locator('.count').allTextContents();
    expect(typeCounts.map(Number).reduce((sum, count) => sum + count, 0)).toBe(swiss);
    await expect(page.locator('[data-results-heading]').textContent()).resolves.toBe(`${swiss} ${swiss > 1 ? 'groupes' : 'groupe'}`);
    const links = await page.locator('.card h3 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.every((link) => link.startsWith('/fr/groups/'))).toBe(true);
    await page.getByRole('link', { name: 'Effacer les filtres' }).first().click();
    await expect.poll(() => page.locator('.card').count()).toBe(allCards);
  });

  it('lists the network\'s upcoming activities by month, filters them by kind, and links each to its group', async () => {
    const page = await open('/activities/');
    const all = await page.locator('.activity').count();
    expect(all).toBeGreaterThan(1);
    const dates = await page.locator('.activity time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    await page.getByLabel('Kind').selectOption({ label: 'Meeting' });
    await page.waitForURL(/\?kind=meeting$/);
    const meetings = page.locator('.activity:visible');
    expect(await meetings.count()).toBeGreaterThan(0);
    expect(await meetings.count()).toBeLessThan(all);
    expect((await meetings.locator('.activity-detail').allTextContents()).every((detail) => detail.startsWith('Meeting'))).toBe(true);
    await expect(page.locator('[data-activity-count]').textContent()).resolves.toBe(`${await meetings.count()} activities`);
    await meetings.first().locator('a').click();
    await page.waitForURL(/\/groups\/[a-z0-9-]+\/$/);
  });

  it('filters the upcoming activities by region, the regions grouped under their country', async () => {
    const page = await open('/activities/');
    const all = await page.locator('.activity').count();
    const region = page.locator('select[name=region]');
    const countries = await region.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')));
    expect(countries.length).toBeGreaterThan(0);
    const [value, label] = await region.locator('optgroup option').first().evaluate((option) => [(option as HTMLOptionElement).value, option.textContent ?? '']);
    await region.selectOption({ label });
    await page.waitForURL(new RegExp(`\\?region=${value}$`));
    const shown = page.locator('.activity:visible');
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await shown.count()).toBeLessThan(all);
    expect(await shown.evaluateAll((items) => items.map((item) => item.closest('li')?.dataset.region))).toEqual(Array(await shown.count()).fill(value));
  });

  it('folds the directory\'s filters away on a phone', async () => {
    const page = await open('/groups/', { viewport: { width: 375, height: 740 } });
    await expect(page.locator('[data-filters-panel]').evaluate((panel) => (panel as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.getByText('Filter the directory').click();
    await expect(page.getByRole('navigation', { name: 'Type' }).isVisible()).resolves.toBe(true);
  });

  it('dates the group template the day the page is read, not the day the site was built', async () => {
    const page = await site.open('/add-your-group/', {}, (page) => page.clock.setFixedTime(new Date('2031-02-03T10:00:00')));
    await expect.poll(() => page.locator('[data-group-template]').textContent()).toContain('lastActivity: 2031-02-03');
    expect(await page.locator('[data-group-template]').textContent()).toContain('  year: 2031\n');
    const proposed = new URL((await page.locator('[data-propose-group]').getAttribute('href'))!);
    expect(proposed.searchParams.get('value')).toBe(await page.locator('[data-group-template]').textContent());
  });

  it('counts the upcoming activities from the day the page is read, not the day the site was built', async () => {
    const built = await open('/activities/');
    const dates = (await built.locator('.activity').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.date ?? ''))).sort();
    const builtOn = (await built.locator('[data-activities-from]').getAttribute('datetime')) ?? '';
    // The day after the first activity that has a day, with activities still to come after it.
    const first = dates.find((date) => date.length === 10 && dates.some((other) => other.slice(0, 7) > date.slice(0, 7))) ?? '';
    const readOn = new Date(`${first}T12:00:00`);
    readOn.setDate(readOn.getDate() + 1);
    const today = readOn.toISOString().slice(0, 10);
    expect(today > builtOn).toBe(true);
    const page = await site.open('/activities/', {}, (page) => page.clock.setFixedTime(readOn));
    await expect.poll(() => page.locator('[data-activities-from]').getAttribute('datetime')).toBe(today);
    const upcoming = dates.filter((date) => (date.length === 7 ? date >= today.slice(0, 7) : date >= today)).length;
    expect(upcoming).toBeLessThan(dates.length);
    await expect(page.locator('[data-activities-total]').textContent()).resolves.toBe(`${upcoming} ${upcoming === 1 ? 'activity' : 'activities'}`);
    await expect(page.locator('.activity:visible').count()).resolves.toBe(upcoming);
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
    '/groups/region/',
    '/activities/',
    '/rules/',
    '/rules/managers-count/',
    '/dashboard/',
    '/add-your-group/',
    '/search/?q=lyon',
    '/no-such-page/',
    ...(existsSync(path.join(outDir, 'coverage/index.html')) ? ['/coverage/'] : []),
  ];
  // The same pages in French (the one "page not found" page serves both languages).
  const frenchPageTypes = pageTypes.filter((address) => address !== '/no-such-page/').map((address) => `/fr${address}`);

  for (const [colorScheme, language, addresses] of [
    ['light', 'English', pageTypes],
    ['dark', 'English', pageTypes],
    ['light', 'French', frenchPageTypes],
    ['dark', 'French', frenchPageTypes],
  ] as const) {
    it(`has no accessibility violation on any kind of page (${colorScheme}, ${language})`, async () => {
      const page = await open('/', { colorScheme });
      const violations: string[] = [];
      for (const address of addresses) {
        await page.goto(site.url + address);
        if (address.includes('/search/')) await page.locator('[data-search-results] li').first().waitFor();
        for (const violation of await axeViolations(page)) violations.push(`${address}: ${violation}`);
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
    // The address changes once the browser has followed the link, which may be after the key press returns.
    await page.waitForURL(/#main$/, { timeout: 5000 });
    expect(new URL(page.url()).hash).toBe('#main');
  });

  it('fits a 320 px wide screen without sideways scrolling', { timeout: 60_000 }, async () => {
    const addresses = ['/', '/guidelines/the-group-file/', '/groups/', '/groups/bay-area/', '/add-your-group/', '/editor/', '/activities/', '/search/', '/coverage/', '/dashboard/', '/rules/personal-data/'];
    for (const address of [...addresses, ...addresses.map((english) => `/fr${english}`)]) {
      const page = await open(address, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, address).toBeLessThanOrEqual(0);
    }
  });

  it('keeps a wide picture and a wide table in a group\'s text within a phone\'s screen', async () => {
    const page = await open('/groups/bay-area/', { viewport: { width: 375, height: 740 } });
    await page.locator('.group-text').evaluate((text) => {
      const picture = document.createElement('img');
      picture.alt = 'A panorama';
      picture.width = 3000;
      picture.height = 400;
      const table = document.createElement('table');
      table.innerHTML = `<tr>${'<td>a-long-unbroken-cell-of-the-table</td>'.repeat(12)}</tr>`;
      text.append(picture, table);
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pictureWidth = await page.locator('.group-text img').evaluate((picture) => picture.getBoundingClientRect().width);
    const columnWidth = await page.locator('.group-text').evaluate((text) => text.getBoundingClientRect().width);
    expect(pictureWidth).toBeLessThanOrEqual(columnWidth);
  });

  it('made no request to another host, and no page reported a script or policy error', () => {
    expect(site.foreignRequests).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
