/**
 * The rules, the coverage page, the search page and the handbook's generated parts in French: French
 * words around what stays in English (the checker's messages, the disclaimer statements), each
 * marked lang="en"; the examples' titles and the field table wholly in French; and the one 404 page in both.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { rules } from '../../src/checker/rules/index.ts';
import { organization } from '../../src/config/organization.ts';
import { readText, tags } from '../helpers/site-files.ts';

const { outDir } = inject('site');
const read = (file: string) => readText(outDir, file);
/** The text of an HTML fragment, entities decoded as far as these pages use them. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
const elements = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g'))].map((match) => ({ attributes: match[1]!, text: textOf(match[2]!) }));
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('the rules in French', () => {
  const rule = rules.find((candidate) => candidate.id === 'ownership')!;
  let french: string;
  let english: string;
  beforeAll(async () => {
    [french, english] = await Promise.all([read(`fr/rules/${rule.id}/index.html`), read(`rules/${rule.id}/index.html`)]);
  });

  it('gives each rule its French summary and rationale, and its English ones in English', () => {
    const capitalized = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;
    expect(elements(main(french), 'p').map((p) => p.text)).toEqual(expect.arrayContaining([capitalized(rule.translations.fr.summary), rule.translations.fr.rationale]));
    expect(elements(main(english), 'p').map((p) => p.text)).toEqual(expect.arrayContaining([capitalized(rule.summary), rule.rationale]));
  });

  it('links a French rule page to its section of the French handbook, under the same anchor', () => {
    const [chapter, anchor] = rule.guideline.split('#');
    const links = tags(main(french)).filter((tag) => tag.name === 'a').map((tag) => tag.attributes.href);
    expect(links).toContain(`/fr/guidelines/${chapter}/#${anchor}`);
    expect(tags(main(english)).filter((tag) => tag.name === 'a').map((tag) => tag.attributes.href)).toContain(`/guidelines/${chapter}/#${anchor}`);
  });

  it('keeps the checker’s messages in English, marked so, and gives the examples’ titles in French', () => {
    const messages = elements(french, 'ul').filter((list) => list.attributes.includes('example-reports'));
    expect(messages.length).toBe(rule.examples.invalid.length);
    const items = [...french.matchAll(/<ul class="example-reports"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((match) => [...match[1]!.matchAll(/<li([^>]*)>/g)].map((item) => item[1]));
    expect(items.length).toBeGreaterThan(0);
    for (const attributes of items) expect(attributes).toContain('lang="en"');
    const captions = (page: string) => elements(page, 'figcaption').map((caption) => caption.text);
    expect(captions(french)).toEqual([
      ...rule.examples.valid.map((example) => `Conforme ${example.translations.fr.title}`),
      ...rule.examples.invalid.map((example) => `Non conforme ${example.translations.fr.title}`),
    ]);
    for (const caption of french.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)) expect(caption[1]).not.toContain('lang=');
    expect(captions(english)).toEqual([...rule.examples.valid.map((example) => `Passes ${example.title}`), ...rule.examples.invalid.map((example) => `Fails ${example.title}`)]);
    expect(french).not.toMatch(/>(?:Passes|Fails|Severity|Why)</);
    expect(english).toMatch(/>Passes</);
  });

  it('lists every rule with its French summary on the French catalogue', async () => {
    const catalogue = await read('fr/rules/index.html');
    const rows = elements(main(catalogue), 'tr').slice(1);
    expect(rows.map((row) => row.text)).toEqual(rules.map((each) => expect.stringContaining(each.translations.fr.summary)));
    for (const each of rules) expect(catalogue).toContain(`href="/fr/rules/${each.id}/"`);
  });
});

describe('the coverage page in French', () => {
  it('shows the clauses as the French chapters state them, under the sections’ French headings', async () => {
    const page = await read('fr/coverage/index.html');
    expect(page).toContain('Chaque groupe compte au moins deux et au plus trois gestionnaires.');
    expect(page).toContain('>Gérer un groupe § Gestionnaires</a>');
    expect(page).toContain('href="/fr/guidelines/managing-a-group/#managers"');
    expect(page).not.toMatch(/href="\/(?:rules|guidelines)\//);
  });
});

describe('the search page in French', () => {
  it('gives its script French words and searches from the French page', async () => {
    const page = await read('fr/search/index.html');
    const root = tags(page).find((tag) => tag.attributes.id === 'search')!;
    expect(root.attributes['data-text-prompt']).toBe('Saisissez un mot ou le nom d’un groupe.');
    expect(root.attributes['data-label-groups']).toBe('Groupe');
    expect(tags(page).filter((tag) => tag.name === 'form' && tag.attributes.role === 'search').map((tag) => tag.attributes.action)).toEqual(['/fr/search/', '/fr/search/']);
    const english = tags(await read('search/index.html')).find((tag) => tag.attributes.id === 'search')!;
    expect(english.attributes['data-text-found-more']).toBe('{count} results for &quot;{query}&quot;, the first {shown} shown.');
  });
});

describe('the handbook’s generated parts in French', () => {
  it('keeps the disclaimer statements in English, marked so, and says that they are', async () => {
    const chapter = await read('fr/guidelines/websites-and-social-media/index.html');
    const quotes = elements(chapter, 'blockquote').filter((quote) => quote.attributes.includes('lang="en"'));
    expect(quotes.map((quote) => quote.text)).toEqual(Object.values(organization.disclaimers));
    expect(chapter).toContain('Les déclarations sont rédigées en anglais');
    expect(chapter).toContain('href="/fr/rules/disclaimer-text/"');
  });

  it('heads and describes the field table in French, with nothing marked English', async () => {
    const chapter = await read('fr/guidelines/the-group-file/index.html');
    expect(elements(chapter, 'th').map((heading) => heading.text)).toEqual(expect.arrayContaining(['Champ', 'Valeur', 'Obligatoire', 'Description']));
    expect(chapter).toContain('<td>Le nom complet du groupe');
    expect(chapter).toContain('texte de 3 à 120 caractères');
    const table = chapter.slice(chapter.indexOf('<table'), chapter.indexOf('</table>'));
    expect(table).not.toContain('lang="en"');
    expect(chapter).not.toContain('elle est donc rédigée en anglais');
  });
});

describe('the 404 page', () => {
  it('says it in English, then in French, with no other language version', async () => {
    const page = await read('404.html');
    expect(page.indexOf('Page not found')).toBeGreaterThan(0);
    expect(page.indexOf('<section class="prose" lang="fr"')).toBeGreaterThan(page.indexOf('Page not found</h1>'));
    expect(page).toContain('href="/fr/groups/"');
    expect(tags(page).filter((tag) => tag.name === 'link' && tag.attributes.hreflang)).toEqual([]);
  });
});
