/**
 * The search page: Pagefind's indexes (built with the site: the handbook's pages in /pagefind/, one
 * index per language, and the groups' pages in /pagefind/groups/, once for every language), results as
 * plain text. Readers mostly look for a group, so groups come first, then the handbook's sections, then
 * the rules, each result saying which it is. Within a section, the results that hold the query's words
 * whole come first (search-order.ts).
 */
import { wholeWordsFirst } from '../search-order.ts';
import { pageWords } from './page-words.ts';

interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * The index's `section` filter values (data-pagefind-filter), in the order results are shown, with the
 * data-* attribute of the page that says what each result is called in the page's language, and the
 * bundle that holds them.
 */
const sections = [
  { filter: 'Groups', label: 'labelGroups', bundle: 'groupsBundle' },
  { filter: 'Handbook', label: 'labelHandbook', bundle: 'bundle' },
  { filter: 'Rules', label: 'labelRules', bundle: 'bundle' },
] as const;
const shownResults = 20;

const root = document.getElementById('search');
if (root) enhance(root);

/** The page's words for the status line ({query}, {count} and {shown} filled in), numbers as its language writes them. */
function wording(root: HTMLElement) {
  const { textPrompt, textSearching, textNone, textFoundOne, textFoundMany, textFoundMore } = root.dataset;
  const { fill, counted } = pageWords();
  return {
    prompt: textPrompt ?? '',
    searching: textSearching ?? '',
    found(count: number, query: string) {
      const values = { query, count, shown: shownResults };
      if (count === 0) return fill(textNone, values);
      if (count > shownResults) return fill(textFoundMore, values);
      return counted(count, textFoundOne, textFoundMany, values);
    },
  };
}

function enhance(root: HTMLElement) {
  const words = wording(root);
  const labels = new Map(sections.map((section) => [section.filter, root.dataset[section.label] ?? section.filter]));
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const bundles = new Map<string, Promise<Pagefind>>();
  const load = (bundle: 'bundle' | 'groupsBundle') => {
    const script = `${root.dataset[bundle]}pagefind.js`;
    let loaded = bundles.get(script);
    if (!loaded) bundles.set(script, (loaded = import(/* @vite-ignore */ script) as Promise<Pagefind>));
    return loaded;
  };
  // The groups' index holds each group's page once, at its address in the default language; a reader
  // of another language goes to its own copy of the page.
  const groupPages = root.dataset.groupPages ?? '/groups/';
  const inPageLanguage = (url: string) => (url.startsWith('/groups/') ? groupPages + url.slice('/groups/'.length) : url);
  let latest = 0;

  async function run(query: string) {
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = words.prompt;
      return;
    }
    status.textContent = words.searching;
    const found = await Promise.all(sections.map(async (section) => (await load(section.bundle)).search(query, { filters: { section: section.filter } })));
    const count = found.reduce((sum, search) => sum + search.results.length, 0);
    // Section by section, as many as are shown: each result's data is a file to fetch.
    const top: ResultData[] = [];
    for (const { results } of found) {
      const wanted = results.slice(0, shownResults - top.length);
      top.push(...wholeWordsFirst(await Promise.all(wanted.map((result) => result.data())), query).map((result) => ({ ...result, url: inPageLanguage(result.url) })));
    }
    if (ticket !== latest) return;
    list.replaceChildren(...top.map((result) => resultItem(result, labels)));
    status.textContent = words.found(count, query);
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  status.textContent = words.prompt;
  if (initial) void run(initial);

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      const query = input.value;
      history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
      void run(query);
    }, 200);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
}

function resultItem(result: ResultData, labels: ReadonlyMap<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  const label = labels.get(result.filters.section?.[0] ?? '');
  if (label) {
    const badge = item.appendChild(document.createElement('span'));
    badge.className = 'badge';
    badge.textContent = label;
    item.append(' ');
  }
  const link = item.appendChild(document.createElement('a'));
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.append(...highlighted(result.excerpt));
  return item;
}

/** The excerpt's text with Pagefind's <mark> highlights kept; any other markup becomes plain text. */
function highlighted(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
