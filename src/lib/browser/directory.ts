/**
 * Filters the directory in place: the filter links and pages work without JavaScript; with it, a click
 * combines filters, the name box narrows the list, and the results come from the compact index.
 */
import type { DirectoryIndex, DirectoryRow } from '../directory-index.ts';
import { pageWindow } from '../pagination.ts';

const facets = ['type', 'region', 'visibility', 'status'] as const;
type Facet = (typeof facets)[number];
type Filters = { [key in Facet | 'name']?: string | undefined } & { page: number };

const root = document.getElementById('directory');
if (root) enhance(root);

function enhance(root: HTMLElement) {
  const pageSize = Number(root.dataset.pageSize) || 24;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const heading = root.querySelector<HTMLElement>('[data-results-heading]')!;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]')!;
  const nameBox = root.querySelector<HTMLElement>('[data-name-filter]')!;
  const nameInput = nameBox.querySelector('input')!;
  let index: Promise<DirectoryIndex> | undefined;
  const loadIndex = () => (index ??= fetch(root.dataset.directoryIndex!).then((response) => response.json() as Promise<DirectoryIndex>));

  const fromPage = (): Filters => {
    const params = new URLSearchParams(location.search);
    const filters: Filters = { page: Number(params.get('page')) || 1 };
    // A filter page's own filter holds until the reader leaves it for the combined view on /groups/.
    if (location.pathname !== '/groups/' && root.dataset.facet && root.dataset.value) filters[root.dataset.facet as Facet] = root.dataset.value;
    for (const key of [...facets, 'name'] as const) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    return filters;
  };

  let filters = fromPage();
  nameInput.value = filters.name ?? '';
  nameBox.hidden = false;

  const queryOf = (state: Filters) => {
    const params = new URLSearchParams();
    for (const key of [...facets, 'name'] as const) if (state[key]) params.set(key, state[key]!);
    if (state.page > 1) params.set('page', String(state.page));
    const query = params.toString();
    return `/groups/${query ? `?${query}` : ''}`;
  };

  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const facetColumn: Record<Facet, number> = { type: 2, region: 3, visibility: 4, status: 5 };

  function card(row: DirectoryRow, labels: DirectoryIndex['labels']): HTMLLIElement {
    const [slug, name, type, region, visibility, state, managers, summary] = row;
    const item = element('li', 'card');
    const title = item.appendChild(element('h3'));
    const link = title.appendChild(element('a', '', name));
    link.href = `/groups/${slug}/`;
    item.appendChild(element('p', 'card-meta', [labels.type[type], labels.region[region], labels.visibility[visibility]].filter(Boolean).join(' · ')));
    item.appendChild(element('p', '', summary));
    const footer = item.appendChild(element('p', 'card-footer'));
    footer.appendChild(element('span', '', `${managers} ${managers === 1 ? 'manager' : 'managers'}`));
    const tone = state === 'plan-current' ? 'badge-ok' : state === 'plan-overdue' ? 'badge-warn' : 'badge-stop';
    footer.appendChild(element('span', `badge ${tone}`, labels.status[state] ?? state));
    return item;
  }

  function renderPagination(page: number, pages: number) {
    pagination.replaceChildren();
    if (pages <= 1) return;
    const list = pagination.appendChild(element('ul'));
    for (const number of pageWindow(page, pages)) {
      const item = list.appendChild(element('li'));
      if (number === null) {
        item.appendChild(element('span', 'gap', '…'));
        continue;
      }
      const link = item.appendChild(element('a'));
      link.append(element('span', 'visually-hidden', 'Page '), String(number));
      link.href = queryOf({ ...filters, page: number });
      link.dataset.page = String(number);
      if (number === page) link.setAttribute('aria-current', 'page');
    }
  }

  async function render(push: boolean) {
    const { labels, groups } = await loadIndex();
    const name = filters.name ? fold(filters.name) : '';
    const matching = groups.filter(
      (row) => facets.every((facet) => !filters[facet] || row[facetColumn[facet]] === filters[facet]) && (!name || fold(row[1]).includes(name)),
    );
    const pages = Math.max(1, Math.ceil(matching.length / pageSize));
    filters.page = Math.min(Math.max(1, filters.page), pages);
    const start = (filters.page - 1) * pageSize;
    const shown = matching.slice(start, start + pageSize);
    results.replaceChildren(...shown.map((row) => card(row, labels)));
    heading.textContent =
      matching.length === 0
        ? 'No groups match these filters'
        : `${matching.length} ${matching.length === 1 ? 'group' : 'groups'}${pages > 1 ? `, showing ${start + 1}–${start + shown.length}` : ''}`;
    renderPagination(filters.page, pages);
    for (const chip of root!.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
      const current = (filters[chip.dataset.facet as Facet] ?? '') === chip.dataset.value;
      if (current) chip.setAttribute('aria-current', 'true');
      else chip.removeAttribute('aria-current');
    }
    const url = queryOf(filters);
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet], a[data-page]');
    if (!link || !plainClick(event)) return;
    event.preventDefault();
    if (link.dataset.facet) {
      filters = { ...filters, [link.dataset.facet]: link.dataset.value || undefined, page: 1 };
    } else {
      filters = { ...filters, page: Number(link.dataset.page) };
      heading.scrollIntoView({ block: 'start' });
    }
    void render(true);
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  nameInput.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      filters = { ...filters, name: nameInput.value.trim() || undefined, page: 1 };
      void render(false);
    }, 150);
  });

  window.addEventListener('popstate', () => {
    filters = fromPage();
    nameInput.value = filters.name ?? '';
    void render(false);
  });

  if (location.search) void render(false);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
