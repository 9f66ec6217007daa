/**
 * The search page: Pagefind's index (built with the site, served from /pagefind/), results as plain
 * text. Readers mostly look for a group, so groups come first, then the handbook's sections, then the
 * rules, each result saying which it is.
 */
import { pageWords } from './page-words.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/**
 * The index's `section` filter values (data-pagefind-filter), in the order results are shown, with the
 * data-* attribute of the page that says what each result is called in the page's language.
 */
const sections = [
  { filter: 'Groups', label: 'labelGroups' },
  { filter: 'Handbook', label: 'labelHandbook' },
  { filter: 'Rules', label: 'labelRules' },
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
  const bundle = `${root.dataset.bundle}pagefind.js`;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ bundle) as Promise<Pagefind>);
  let latest = 0;

  async function run(query: string) {
    const ticket = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = words.prompt;
      return;
    }
    status.textContent = words.searching;
    const index = await load();
    const found = await Promise.all(sections.map((section) => index.search(query, { filters: { section: section.filter } })));
    const ordered = found.flatMap((search) => search.results);
    const top = await Promise.all(ordered.slice(0, shownResults).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...top.map((result) => resultItem(result, labels)));
    status.textContent = words.found(ordered.length, query);
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

function resultItem(result: { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }, labels: ReadonlyMap<string, string>): HTMLLIElement {
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
