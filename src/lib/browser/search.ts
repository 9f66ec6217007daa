/**
 * The search page: Pagefind's index (built with the site, served from /pagefind/), results as plain
 * text. Readers mostly look for a group, so groups come first, then the handbook's sections, then the
 * rules, each result saying which it is.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** The index's `section` filter values (data-pagefind-filter), in the order results are shown, with what each result is called. */
const sections = [
  { filter: 'Groups', label: 'Group' },
  { filter: 'Handbook', label: 'Handbook section' },
  { filter: 'Rules', label: 'Rule' },
] as const;
const shownResults = 20;

const root = document.getElementById('search');
if (root) enhance(root);

function enhance(root: HTMLElement) {
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
      status.textContent = 'Type a word or a group name.';
      return;
    }
    status.textContent = 'Searching…';
    const index = await load();
    const found = await Promise.all(sections.map((section) => index.search(query, { filters: { section: section.filter } })));
    const ordered = found.flatMap((search) => search.results);
    const top = await Promise.all(ordered.slice(0, shownResults).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...top.map(resultItem));
    const count = ordered.length;
    status.textContent =
      count === 0 ? `Nothing found for "${query}".` : `${count} ${count === 1 ? 'result' : 'results'} for "${query}"${count > shownResults ? `, the first ${shownResults} shown` : ''}.`;
  }

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  status.textContent = 'Type a word or a group name.';
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

function resultItem(result: { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }): HTMLLIElement {
  const item = document.createElement('li');
  const section = sections.find((candidate) => candidate.filter === result.filters.section?.[0]);
  if (section) {
    const badge = item.appendChild(document.createElement('span'));
    badge.className = 'badge';
    badge.textContent = section.label;
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
