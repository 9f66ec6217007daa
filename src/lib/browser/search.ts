/** The search page: Pagefind's index (built with the site, served from /pagefind/), results as plain text. */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

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
    const search = await (await load()).search(query);
    const top = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...top.map(resultItem));
    const count = search.results.length;
    status.textContent = count === 0 ? `Nothing found for "${query}".` : `${count} ${count === 1 ? 'result' : 'results'} for "${query}"${count > 20 ? ', the best 20 shown' : ''}.`;
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
  const section = result.filters.section?.[0];
  if (section) {
    const badge = item.appendChild(document.createElement('span'));
    badge.className = 'badge';
    badge.textContent = section;
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
