/** The built site's files: security, escaping, machine-readable outputs, directory listings, page weight. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkGroups } from '../../src/checker/engine.ts';
import { reservedSlugs } from '../../src/checker/rules/slug.ts';
import { groupTypes, organization } from '../../src/config/organization.ts';
import { groupTemplate, proposeGroupUrl } from '../../src/lib/template-file.ts';
import { groupSchema } from '../../src/schema/group.ts';
import { fixtureGroups, hostileName, hostileSummary } from '../helpers/fixtures.ts';
import { htmlPages, listFiles, readText, tags, textOutsideTags, type Tag } from '../helpers/site-files.ts';

const { outDir, workDir } = inject('site');
const read = (file: string) => readText(outDir, file);
const groupsFolder = path.join(workDir, 'src/content/groups');

interface GroupFile {
  slug: string;
  data: Record<string, any>;
}
let groupFiles: GroupFile[];
let pages: string[];

beforeAll(async () => {
  pages = await htmlPages(outDir);
  const files = (await listFiles(groupsFolder)).filter((file) => file.endsWith('.mdx'));
  groupFiles = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(groupsFolder, file), 'utf8');
      return { slug: file.replace(/\.mdx$/, ''), data: parseYaml(text.split(/^---$/m)[1]!) as Record<string, any> };
    }),
  );
});

const scriptsOf = (pageTags: Tag[]) => pageTags.filter((tag) => tag.name === 'script');
const isDataBlock = (tag: Tag) => tag.attributes.type === 'application/ld+json';

describe('security', () => {
  it('gives every page a Content-Security-Policy that allows no inline script and no other host', async () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const meta = tags(await read(page)).find((tag) => tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
      expect(meta, page).toBeDefined();
      const directives = Object.fromEntries(
        meta!.attributes.content!.split(';').map((directive) => directive.trim().split(/\s+/)).filter((parts) => parts[0]).map(([name, ...values]) => [name, values]),
      );
      expect(directives['default-src'], page).toEqual(["'self'"]);
      expect(directives['script-src'], page).toContain("'self'");
      for (const value of Object.values(directives).flat()) {
        expect(value, page).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^https?:|^\*$/);
      }
    }
  });

  it('loads scripts, styles, images and fonts only from the site itself', async () => {
    for (const page of pages) {
      for (const tag of tags(await read(page))) {
        const address = tag.name === 'link' && tag.attributes.rel !== 'canonical' && tag.attributes.rel !== 'alternate' ? tag.attributes.href : tag.attributes.src;
        if (address) expect(address, `${page}: <${tag.name}>`).toMatch(/^\/(?!\/)/);
      }
    }
    for (const css of (await listFiles(outDir)).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind/'))) {
      expect(await read(css), css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
      expect(await read(css), css).not.toMatch(/@import/);
    }
  });

  it('runs no render-blocking script: every script is a module, deferred or a data block', async () => {
    for (const page of pages) {
      for (const script of scriptsOf(tags(await read(page)))) {
        const nonBlocking = script.attributes.type === 'module' || 'defer' in script.attributes || 'async' in script.attributes || isDataBlock(script);
        expect(nonBlocking, `${page}: ${JSON.stringify(script.attributes)}`).toBe(true);
      }
    }
  });

  it('escapes a group whose name, summary, region and plan carry markup', async () => {
    const page = await read('groups/zz-escaping-test/index.html');
    const pageTags = tags(page);
    expect(pageTags.filter((tag) => ['b', 'img'].includes(tag.name))).toEqual([]);
    for (const script of scriptsOf(pageTags)) {
      if (isDataBlock(script)) expect(script.content).not.toContain('<');
      else expect(script.content, 'a script element holds group text').not.toMatch(/alert\(/);
    }
    const text = textOutsideTags(page);
    expect(text).toContain('&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;');
    expect(text).not.toMatch(/<\/?(script|b|img)\b/);
    const jsonLd = JSON.parse(scriptsOf(pageTags).find(isDataBlock)!.content!);
    expect(jsonLd.name).toBe(hostileName);
    expect(jsonLd.description).toBe(hostileSummary);
  });

  it('escapes the hostile group wherever it is listed', async () => {
    for (const page of ['groups/index.html', 'groups/type/regional/index.html', 'groups/region/lyon-img-srcx-france/index.html']) {
      const html = await read(page);
      expect(html, page).toContain('Quoted');
      expect(tags(html).filter((tag) => ['b', 'img'].includes(tag.name)), page).toEqual([]);
      expect(textOutsideTags(html), page).not.toMatch(/<\/?(script|b|img)\b/);
    }
    const rss = await read('rss.xml');
    expect(rss).not.toContain('<script>');
    // A feed reader unescapes the XML, then renders the description as HTML: the summary must arrive as text.
    const descriptions = [...rss.matchAll(/<description>([^<]*)<\/description>/g)].map((match) => unescapeXml(match[1]!));
    const hostile = descriptions.find((description) => description.includes('alert('));
    expect(hostile).toContain('&lt;script&gt;alert(');
    expect(hostile).not.toMatch(/<\/?(script|b|img)\b/);
  });
});

describe('groups.json', () => {
  it('lists every group with the fields its page shows, and never a GitHub handle', async () => {
    const { groups } = JSON.parse(await read('groups.json')) as { groups: Record<string, any>[] };
    expect(groups.map((group) => group.slug).sort()).toEqual(groupFiles.map((file) => file.slug).sort());
    const text = await read('groups.json');
    for (const { data } of groupFiles) {
      for (const manager of data.managers) expect(text).not.toContain(`"${manager.github}"`);
    }
    const lyon = groups.find((group) => group.slug === 'lyon')!;
    expect(lyon.managers.every((manager: object) => Object.keys(manager).join() === 'name')).toBe(true);
    expect(Object.keys(lyon)).not.toContain('github');
    expect(lyon.url).toBe(`${organization.site.url}/groups/lyon/`);
  });
});

describe('the JSON Schema', () => {
  it('validates every group file front matter and rejects broken ones', async () => {
    const schema = JSON.parse(await read('schema/group.schema.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const { slug, data } of groupFiles) {
      expect(validate(data) ? [] : validate.errors, slug).toEqual([]);
    }
    const lyon = groupFiles.find((file) => file.slug === 'lyon')!.data;
    expect(validate({ ...lyon, colour: 'blue' })).toBe(false);
    expect(validate({ ...lyon, type: 'club' })).toBe(false);
    const { name: _name, ...nameless } = lyon;
    expect(validate(nameless)).toBe(false);
  });
});

describe('calendars', () => {
  it('publishes every plan activity as one valid, folded, stable VEVENT', async () => {
    const ics = await read('calendar.ics');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const listed = groupFiles.filter((file) => (file.data.status ?? 'active') !== 'terminated');
    const activities = listed.flatMap((file) => file.data.annualPlan.activities.map((activity: any) => ({ file, activity })));
    expect(events).toHaveLength(activities.length);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const { file, activity } of activities) {
      const title = activity.title as string;
      const event = events.find((candidate) => candidate.summary.startsWith(title) && candidate.description.includes(file.data.name));
      expect(event, `${file.slug}: ${title}`).toBeDefined();
      const date = String(activity.date);
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(date.length === 7 ? `${date}-01` : date);
      if (date.length === 7) expect(event!.summary).toMatch(/day to be confirmed/);
      expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${file.data.lastActivity}T00:00:00Z`);
    }
    const hostile = events.find((event) => event.description.includes(hostileName))!;
    expect(hostile.summary).toBe('Talk </script> "quoted" (December 2026, day to be confirmed)');
  });

  it('publishes one calendar per group with the same events', async () => {
    const whole = await read('calendar.ics');
    for (const { slug, data } of groupFiles) {
      const ics = await read(`groups/${slug}.ics`);
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
      expect(events, slug).toHaveLength(data.annualPlan.activities.length);
      if ((data.status ?? 'active') !== 'terminated') for (const event of events) expect(whole).toContain(`UID:${event.getFirstPropertyValue('uid')}`);
    }
  });
});

describe('each group\'s file beside its page', () => {
  it('is the file as written, with the managers\' GitHub user names left blank, and no page carries the file', async () => {
    for (const { slug, data } of groupFiles) {
      const source = await readFile(path.join(groupsFolder, `${slug}.mdx`), 'utf8');
      const published = await read(`groups/${slug}.mdx`);
      expect(published).toBe(source.replace(/^([ \t]*(?:-[ \t]+)?github:).*$/gm, '$1'));
      for (const manager of data.managers) expect(published, slug).not.toContain(`github: ${manager.github}`);
      const page = await read(`groups/${slug}/index.html`);
      expect(page, slug).not.toContain('github:');
    }
  });
});

describe('feeds, sitemap, structured data, 404', () => {
  it('dates RSS items by the groups’ own dates, newest first', async () => {
    const rss = await read('rss.xml');
    const dates = [...rss.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => new Date(match[1]!).toISOString());
    expect(dates.length).toBe(groupFiles.filter((file) => (file.data.status ?? 'active') !== 'terminated').length);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates.every((date) => date.endsWith('T00:00:00.000Z'))).toBe(true);
    expect(rss).not.toMatch(/lastBuildDate/);
  });

  it('lists the pages in the sitemap, without the dashboard', async () => {
    const index = await read('sitemap-index.xml');
    const sitemap = await read(index.match(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/)![1]!);
    expect(sitemap).toContain(`${organization.site.url}/groups/lyon/`);
    expect(sitemap).toContain(`${organization.site.url}/guidelines/about-groups/`);
    expect(sitemap).not.toContain('/dashboard/');
  });

  it('describes a group page as an Organization with its events', async () => {
    const page = await read('groups/bay-area/index.html');
    const data = JSON.parse(scriptsOf(tags(page)).find(isDataBlock)!.content!);
    const group = groupFiles.find((file) => file.slug === 'bay-area')!.data;
    expect(data['@type']).toBe('Organization');
    expect(data.parentOrganization.name).toBe(organization.networkName);
    expect(data.sameAs).toEqual([group.channels.website, ...group.channels.social.map((social: { url: string }) => social.url)]);
    expect(data.event.map((event: { startDate: string }) => event.startDate)).toEqual(group.annualPlan.activities.map((activity: { date: unknown }) => String(activity.date)));
  });

  it('has a 404 page', async () => {
    expect(await read('404.html')).toContain('Page not found');
  });
});

describe('the directory', () => {
  const cardsOf = (html: string) => [...html.matchAll(/<li class="card"[^>]*>\s*<h3><a href="\/groups\/([^/]+)\/">/g)].map((match) => match[1]!);

  it('lists every active and inactive group once over its pages, and no terminated group', async () => {
    const listingPages = pages.filter((page) => page === 'groups/index.html' || /^groups\/page\/\d+\/index\.html$/.test(page));
    const listed = (await Promise.all(listingPages.map(async (page) => cardsOf(await read(page))))).flat();
    const expected = groupFiles.filter((file) => file.data.status !== 'terminated').map((file) => file.slug);
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed).not.toContain('zz-terminated-test');
  });

  it('has a page per filter value holding exactly the matching groups', async () => {
    for (const [type, label] of Object.entries(groupTypes)) {
      const expected = groupFiles.filter((file) => file.data.type === type && file.data.status !== 'terminated').map((file) => file.slug);
      const page = `groups/type/${type}/index.html`;
      if (expected.length === 0) {
        expect(existsSync(path.join(outDir, page)), page).toBe(false);
        continue;
      }
      const html = await read(page);
      expect(cardsOf(html).sort(), page).toEqual(expected.sort());
      expect(html).toContain(`Type: ${label}`);
    }
    expect(cardsOf(await read('groups/status/plan-overdue/index.html'))).toEqual(['zz-overdue-test']);
    expect(cardsOf(await read('groups/status/inactive/index.html'))).toEqual(['zz-inactive-test']);
    expect(cardsOf(await read('groups/visibility/public/index.html')).length).toBe(groupFiles.filter((file) => file.data.visibility === 'public' && file.data.status !== 'terminated').length);
  });

  it('ships a compact index for filtering in place', async () => {
    const index = JSON.parse(await read('groups/directory.json'));
    expect(index.groups.map((row: string[]) => row[0]).sort()).toEqual(groupFiles.filter((file) => file.data.status !== 'terminated').map((file) => file.slug).sort());
    expect(index.labels.type.regional).toBe('Regional');
  });

  it('archives terminated groups and keeps their page', async () => {
    expect(cardsOf((await read('groups/archive/index.html')).replaceAll('<h2>', '<h3>'))).toEqual(['zz-terminated-test']);
    expect(await read('groups/zz-terminated-test/index.html')).toContain('This group has ended.');
    expect(await read('groups/zz-inactive-test/index.html')).toContain('This group is inactive.');
  });
});

describe('group pages', () => {
  it('name the managers but never their GitHub handles', async () => {
    for (const { slug, data } of groupFiles) {
      const html = await read(`groups/${slug}/index.html`);
      for (const manager of data.managers) {
        expect(html, slug).toContain(manager.name.replaceAll("'", '&#39;'));
        expect(html, slug).not.toContain(manager.github);
      }
    }
  });

  it('list upcoming activities first and grey out past ones, relative to the build’s today', async () => {
    const page = await read('groups/bay-area/index.html');
    const html = page.slice(page.indexOf('id="plan"'));
    const order = ['Review of the year', 'Autumn hike', 'Summer picnic', 'Spring talk'].map((title) => html.indexOf(title));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<li class="activity activity-past"[^>]*>\s*<time datetime="2026-10-24">/);
    expect(html).not.toMatch(/<li class="activity activity-past"[^>]*>\s*<time datetime="2026-12">/);
  });

  it('explain how to join: directly for public groups, by request with the criteria for private ones', async () => {
    const privateGroup = groupFiles.find((file) => file.data.visibility === 'private' && file.data.status !== 'terminated')!;
    const publicGroup = groupFiles.find((file) => file.data.visibility === 'public')!;
    const privatePage = await read(`groups/${privateGroup.slug}/index.html`);
    expect(privatePage).toContain('Request to join');
    expect(textOutsideTags(privatePage)).toContain(privateGroup.data.joinCriteria.replaceAll("'", '&#39;'));
    expect(await read(`groups/${publicGroup.slug}/index.html`)).toContain('join directly');
  });

  it('weigh at most 25 KB gzipped with every stylesheet, script and font they load, in either language', async () => {
    for (const page of ['groups/bay-area/', 'groups/lyon/', 'fr/groups/bay-area/', 'fr/groups/lyon/']) {
      const html = await read(`${page}index.html`);
      const assets = tags(html).flatMap((tag) =>
        (tag.name === 'link' && ['stylesheet', 'modulepreload', 'preload'].includes(tag.attributes.rel ?? '') && tag.attributes.href) ||
        (tag.name === 'script' && tag.attributes.src)
          ? [(tag.attributes.href ?? tag.attributes.src)!]
          : [],
      );
      const files = await Promise.all(assets.map((asset) => readFile(path.join(outDir, asset))));
      const fonts = files.flatMap((file) => [...file.toString('utf8').matchAll(/url\(\s*['"]?(\/[^'")]+\.(?:woff2?|ttf|otf))/g)].map((match) => match[1]!));
      const fontFiles = await Promise.all(fonts.map((font) => readFile(path.join(outDir, font))));
      const total = [Buffer.from(html), ...files, ...fontFiles].reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
      expect(assets.length, 'the page loads its stylesheet').toBeGreaterThan(0);
      expect(total, `${page}: ${total} bytes gzipped`).toBeLessThanOrEqual(25 * 1024);
    }
  });
});

describe('the directory’s own pages', () => {
  it('use only folder names that no group may take as its slug', async () => {
    const groupSlugs = new Set([...Object.keys(fixtureGroups), ...(await readdir(path.join(import.meta.dirname, '../../src/content/groups'))).map((name) => name.replace(/\.mdx$/, ''))]);
    const folders = (await readdir(path.join(outDir, 'groups'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const ownPages = folders.filter((name) => !groupSlugs.has(name));
    expect(ownPages.length).toBeGreaterThan(0);
    for (const name of ownPages) expect(reservedSlugs).toContain(name);
  });
});

describe('office dashboard', () => {
  it('shows overdue plans, groups due for deactivation and warnings from the build’s checker run', async () => {
    const html = await read('dashboard/index.html');
    const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('<h2', html.indexOf(`id="${id}"`) + 1));
    expect(section('overdue')).toContain('CERN Alumni Overdue Test Group');
    expect(section('overdue')).not.toContain('CERN Alumni Lyon Group');
    expect(section('warnings')).toContain('annual-plan-current');
    expect(section('counts')).toContain('Regional');
  });

  it('lists the exception in force instead of the problem it covers', async () => {
    const html = await read('dashboard/index.html');
    const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('<h2', html.indexOf(`id="${id}"`) + 1));
    expect(section('deactivation')).not.toContain('CERN Alumni Overdue Test Group');
    expect(section('exceptions')).toContain('CERN Alumni Overdue Test Group');
    expect(section('exceptions')).toContain('activity-recent');
    expect(section('exceptions')).toContain('restarting under new managers');
  });
});

describe('add your group', () => {
  it('offers a template that the checker accepts once its example text is replaced, prefilled in GitHub’s editor', async () => {
    const today = '2026-11-21';
    const template = groupTemplate(today);
    const result = await checkGroups([{ path: 'src/content/groups/your-group.mdx', content: template }], { today, organization });
    // As it is, only its example words are refused: every one of them, and nothing else.
    expect(new Set(result.diagnostics.map((diagnostic) => diagnostic.rule))).toEqual(new Set(['placeholder']));
    const filled = template
      .replaceAll('Example Group', 'Lyon Group')
      .replaceAll('Example City, Country', 'Lyon, France')
      .replaceAll('Example City', 'Lyon')
      .replace('First Manager', 'Claire Martin')
      .replace('first-manager', 'claire-martin')
      .replace('Second Manager', 'Karim Haddad')
      .replace('second-manager', 'khaddad')
      .replace('First get-together', 'Winter talk')
      .replace(/\n\n[^\n]+\n$/, '\n\nWe are alumni who live around Lyon and meet for talks.\n');
    const filledResult = await checkGroups([{ path: 'src/content/groups/lyon.mdx', content: filled }], { today, organization });
    expect(filledResult.diagnostics).toEqual([]);
    const url = new URL(proposeGroupUrl(today));
    expect(url.origin + url.pathname).toBe(`${organization.repository.url}/new/${organization.repository.branch}`);
    expect(url.searchParams.get('filename')).toBe('src/content/groups/your-group.mdx');
    expect(url.searchParams.get('value')).toBe(template);
    const html = await read('add-your-group/index.html');
    expect(html).toContain(`href="${proposeGroupUrl(today).replaceAll('&', '&amp;')}"`);
  });

  it('lists every field of the schema', async () => {
    const html = await read('add-your-group/index.html');
    for (const field of Object.keys(groupSchema.shape)) expect(html).toContain(`<td><code>${field}</code></td>`);
    expect(html).toContain('<td><code>managers[].github</code></td>');
    expect(html).toContain('/schema/group.schema.json');
  });
});

describe('search index', () => {
  it('indexes the chapters and the rules in each language, and each group once', async () => {
    const handbook = JSON.parse(await read('pagefind/pagefind-entry.json'));
    const groups = JSON.parse(await read('pagefind/groups/pagefind-entry.json'));
    const marked = [];
    for (const page of pages) if ((await read(page)).includes('data-pagefind-body')) marked.push(page);
    const inFrench = (page: string) => page.startsWith('fr/');
    const isHandbook = (page: string) => /^(guidelines|rules)\/[^/]+\/index\.html$/.test(page);
    const isGroup = (page: string) => /^groups\/[^/]+\/index\.html$/.test(page) && !/^groups\/(archive|page|type|region|visibility|status)\//.test(page);
    const english = marked.filter((page) => !inFrench(page));
    const french = marked.filter(inFrench).map((page) => page.slice('fr/'.length));
    // Every page marked for search is one of these, in both languages.
    expect(english.every((page) => isHandbook(page) || isGroup(page))).toBe(true);
    expect(french).toEqual(english);
    expect(handbook.languages.en.page_count).toBe(english.filter(isHandbook).length);
    expect(handbook.languages.fr.page_count).toBe(french.filter(isHandbook).length);
    expect(Object.keys(groups.languages)).toEqual(['en']);
    expect(groups.languages.en.page_count).toBe(pages.filter(isGroup).length);
    expect(groups.languages.en.page_count).toBe(groupFiles.length);
  });
});

it('fixtures are in the test site', () => {
  expect(groupFiles.map((file) => file.slug)).toEqual(expect.arrayContaining(Object.keys(fixtureGroups)));
});

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_entity, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string);
}
