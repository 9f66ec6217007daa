/**
 * Filters the directory in place: the filter links and pages work without JavaScript; with it, a click
 * combines filters, the words box searches names, summaries, regions and countries, each filter's
 * counts follow the other filters, and the results come from the compact index. On a phone the
 * filters start folded. Every word it shows comes from the page, in the page's language: the labels
 * (`data-labels`) and the sentences (`data-text-*`, with {n}, {first} and {last} to fill in).
 */
import type { DirectoryIndex, DirectoryLabels, DirectoryRow } from '../directory-index.ts';
import { pageWindow } from '../pagination.ts';
import { pageWords } from './page-words.ts';

const facets = ['type', 'country', 'region', 'visibility', 'status'] as const;
type Facet = (typeof facets)[number];
type Filters = { [key in Facet | 'q']?: string | undefined } & { page: number };

const root = document.getElementById('directory');
if (root) enhance(root);

function enhance(root: HTMLElement) {
  const pageSize = Number(root.dataset.pageSize) || 24;
  // The listing of all groups, in the page's language: group pages and the combined view are under it.
  const base = root.dataset.directoryPath || '/groups/';
  const words = root.dataset;
  const { fill, counted, number: formatted } = pageWords();
  const pageLabels: Partial<DirectoryLabels> = JSON.parse(root.dataset.labels || '{}');
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const heading = root.querySelector<HTMLElement>('[data-results-heading]')!;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]')!;
  const textBox = root.querySelector<HTMLElement>('[data-text-filter]')!;
  const textInput = textBox.querySelector('input')!;
  const panel = root.querySelector<HTMLDetailsElement>('[data-filters-panel]');
  const clear = root.querySelector<HTMLElement>('[data-clear-filters]');
  const empty = root.querySelector<HTMLElement>('[data-results-empty]');
  // The filters start folded (on a phone they stay so); a wide screen shows them, by CSS where the
  // browser can, so that the page does not move once it is drawn.
  if (panel && !matchMedia('(max-width: 40rem)').matches) panel.open = true;
  let index: Promise<DirectoryIndex & { englishCountries: DirectoryLabels['country'] }> | undefined;
  // The index's own labels are English: the page's words, where it gives them, are shown instead.
  const loadIndex = () =>
    (index ??= fetch(root.dataset.directoryIndex!)
      .then((response) => response.json() as Promise<DirectoryIndex>)
      .then(({ labels, groups }) => ({
        labels: Object.fromEntries(Object.entries(labels).map(([facet, byValue]) => [facet, { ...byValue, ...pageLabels[facet as keyof DirectoryLabels] }])) as DirectoryLabels,
        englishCountries: labels.country,
        groups,
      })));

  const fromPage = (): Filters => {
    const params = new URLSearchParams(location.search);
    const filters: Filters = { page: Number(params.get('page')) || 1 };
    // A filter page's own filter holds until the reader leaves it for the combined view on /groups/.
    if (location.pathname !== base && root.dataset.facet && root.dataset.value) filters[root.dataset.facet as Facet] = root.dataset.value;
    for (const key of [...facets, 'q'] as const) {
      const value = params.get(key);
      if (value) filters[key] = value;
    }
    return filters;
  };

  let filters = fromPage();
  textInput.value = filters.q ?? '';

  const queryOf = (state: Filters) => {
    const params = new URLSearchParams();
    for (const key of [...facets, 'q'] as const) if (state[key]) params.set(key, state[key]!);
    if (state.page > 1) params.set('page', String(state.page));
    const query = params.toString();
    return `${base}${query ? `?${query}` : ''}`;
  };

  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const facetColumn: Record<Facet, number> = { type: 2, country: 8, region: 3, visibility: 4, status: 5 };
  /** Each row's words, folded once: name, summary, region, country (in the page's language and in English). */
  const wordsOf = new WeakMap<DirectoryRow, string>();
  const rowWords = (row: DirectoryRow, labels: DirectoryLabels, englishCountries: DirectoryLabels['country']) => {
    let text = wordsOf.get(row);
    if (text === undefined) {
      text = fold([row[1], row[7], labels.region[row[3]] ?? '', labels.country[row[8]] ?? '', englishCountries[row[8]] ?? ''].join(' '));
      wordsOf.set(row, text);
    }
    return text;
  };

  function card(row: DirectoryRow, labels: DirectoryLabels): HTMLLIElement {
    const [slug, name, type, region, visibility, state, managers, summary, , language] = row;
    const item = element('li', 'card');
    const title = item.appendChild(element('h3'));
    const link = title.appendChild(element('a', '', name));
    link.href = `${base}${slug}/`;
    item.appendChild(element('p', 'card-meta', [labels.type[type], labels.region[region], labels.visibility[visibility]].filter(Boolean).join(' · ')));
    const summaryText = item.appendChild(element('p', '', summary));
    if (language) summaryText.lang = language;
    const footer = item.appendChild(element('p', 'card-footer'));
    footer.appendChild(element('span', '', counted(managers, words.textManagerOne, words.textManagerMany)));
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
      link.append(element('span', 'visually-hidden', words.textPage ?? ''), formatted(number));
      link.href = queryOf({ ...filters, page: number });
      link.dataset.page = String(number);
      if (number === page) link.setAttribute('aria-current', 'page');
    }
  }

  async function render(push: boolean) {
    const { labels, englishCountries, groups } = await loadIndex();
    const terms = fold(filters.q ?? '').split(/\s+/).filter(Boolean);
    const matchesText = (row: DirectoryRow) => terms.every((term) => rowWords(row, labels, englishCountries).includes(term));
    const matchesFacet = (row: DirectoryRow, facet: Facet) => !filters[facet] || row[facetColumn[facet]] === filters[facet];
    // One pass: the groups every filter and the words leave, and each filter's counts (the groups the
    // other filters and the words leave, by this filter's values).
    const matching: DirectoryRow[] = [];
    const counts = new Map<string, number>();
    for (const row of groups) {
      if (!matchesText(row)) continue;
      const failing = facets.filter((facet) => !matchesFacet(row, facet));
      if (failing.length === 0) matching.push(row);
      if (failing.length > 1) continue;
      for (const facet of facets) {
        if (failing.length === 1 && failing[0] !== facet) continue;
        const key = `${facet}\0${row[facetColumn[facet]]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const pages = Math.max(1, Math.ceil(matching.length / pageSize));
    filters.page = Math.min(Math.max(1, filters.page), pages);
    const start = (filters.page - 1) * pageSize;
    const shown = matching.slice(start, start + pageSize);
    results.replaceChildren(...shown.map((row) => card(row, labels)));
    heading.textContent =
      matching.length === 0
        ? (words.textNoMatch ?? '')
        : `${counted(matching.length, words.textGroupOne, words.textGroupMany)}${pages > 1 ? fill(words.textShowing, { first: start + 1, last: start + shown.length }) : ''}`;
    renderPagination(filters.page, pages);
    for (const chip of root!.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
      const current = (filters[chip.dataset.facet as Facet] ?? '') === chip.dataset.value;
      if (current) chip.setAttribute('aria-current', 'true');
      else chip.removeAttribute('aria-current');
      const count = chip.querySelector('.count');
      if (count) {
        const number = counts.get(`${chip.dataset.facet}\0${chip.dataset.value}`) ?? 0;
        count.textContent = formatted(number);
        chip.classList.toggle('chip-empty', number === 0);
      }
    }
    const filtered = facets.some((facet) => filters[facet]) || terms.length > 0;
    if (clear) clear.hidden = !filtered;
    if (empty) empty.hidden = matching.length > 0;
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
  textInput.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      filters = { ...filters, q: textInput.value.trim() || undefined, page: 1 };
      void render(false);
    }, 150);
  });
  textInput.form?.addEventListener('submit', (event) => event.preventDefault());

  const clearAll = (event: MouseEvent) => {
    if (!plainClick(event)) return;
    event.preventDefault();
    filters = { page: 1 };
    textInput.value = '';
    void render(true);
  };
  clear?.querySelector('a')?.addEventListener('click', clearAll);
  empty?.querySelector('a')?.addEventListener('click', clearAll);

  window.addEventListener('popstate', () => {
    filters = fromPage();
    textInput.value = filters.q ?? '';
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
