/**
 * The group editor's page: the form (or a pasted file) becomes a group file, which the checker's own
 * engine judges on every change; each problem is shown beside its field, in the checker's words. The
 * engine is loaded in the background, so the form works at once, and without it (an old browser) the
 * file can still be written and proposed. A draft is kept in this browser on every change. The words it
 * writes are the page's, in its language, from the editor's `data-text-*` attributes; the checker's
 * messages are in English.
 */
import type { Document } from 'yaml';
import { suggestSlug } from '../../../checker/rules/slug.ts';
import { slugPattern } from '../../../schema/group.ts';
import { composeFile, disclaimerText, fieldLocator, ownSentencesOf, statementsFor, type FieldKey, type FormValue } from './group-file.ts';
import { readerToday } from '../reader-today.ts';
import { pageWords } from '../page-words.ts';

type Engine = typeof import('./engine.ts');
type Diagnostic = import('./engine.ts').EditorDiagnostic;
type Layout = ReturnType<Engine['layoutOf']>;

const editor = document.querySelector<HTMLElement>('[data-editor]');
const form = document.querySelector<HTMLFormElement>('[data-group-form]');
if (editor && form) start(editor, form);

function start(editor: HTMLElement, form: HTMLFormElement) {
  const find = <T extends Element>(selector: string) => editor.querySelector<T>(selector) as T;
  const fileCode = find<HTMLElement>('[data-file-text]');
  const summary = find<HTMLElement>('[data-summary]');
  const otherProblems = find<HTMLUListElement>('[data-other-problems]');
  const pasted = find<HTMLTextAreaElement>('[data-pasted]');
  const propose = find<HTMLAnchorElement>('[data-propose]');
  const proposeNote = find<HTMLElement>('[data-propose-note]');
  const statements = find<HTMLElement>('[data-statements]');
  const slugInput = find<HTMLInputElement>('#field-slug');
  const bodyInput = find<HTMLTextAreaElement>('#field-body');
  const ownInput = find<HTMLTextAreaElement>('#field-disclaimer-own');
  const tabs = [...editor.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const repository = editor.dataset.repository ?? '';
  const branch = editor.dataset.branch ?? 'main';
  const pageText = pageWords();
  /** The page's words for `name` (`data-text-<name>`), with each `{value}` filled in. */
  const words = (name: string, values: Readonly<Record<string, string | number>> = {}) => pageText.fill(editor.getAttribute(`data-text-${name}`) ?? '', values);
  /** "2 problems": a count with its noun, from `data-text-<name>-one` and `-other`. */
  const counted = (count: number, name: string) => pageText.counted(count, editor.getAttribute(`data-text-${name}-one`) ?? '', editor.getAttribute(`data-text-${name}-other`) ?? '');

  const today = readerToday();
  const requested = new URLSearchParams(location.search).get('group') ?? '';
  const editing = slugPattern.test(requested) ? requested : undefined;
  const draftKey = `alumni-handbook-editor:${editing ?? 'new'}`;

  let base: Document | undefined;
  let mode: 'form' | 'paste' = 'form';
  let text = '';
  let slugTyped = editing !== undefined;
  let setAside: string | undefined;
  /** The file as it was loaded, shown exactly as written until the form changes something. */
  let loadedText: string | undefined;
  /** The form's file when the "paste" tab was opened: a pasted file that differs fills the form on the way back. */
  let formText = '';

  const engine: Promise<Engine | undefined> = import('./engine.ts').catch((error: unknown) => {
    summary.textContent = words('no-checker', { error: (error as Error).message });
    return undefined;
  });
  const others = fetch('/editor/groups.json')
    .then((response) => (response.ok ? (response.json() as Promise<{ slug: string; name: string }[]>) : []))
    .catch(() => []);

  // ---- The form's values -------------------------------------------------------------------------

  const fields = () => [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[name]')];
  const ownFields = new Set(['slug', 'body', 'disclaimerOwn']);

  function formValues(): Record<string, FormValue> {
    const values: Record<string, FormValue> = {};
    for (const field of fields()) {
      if (ownFields.has(field.name)) continue;
      const raw = field.value.trim();
      const value: FormValue = field.dataset.integer !== undefined && /^\d+$/.test(raw) ? Number(raw) : raw || undefined;
      let target = values as Record<string, FormValue> | FormValue[];
      const keys = field.name.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      keys.forEach((key, index) => {
        const next = keys[index + 1];
        const container = target as Record<string | number, FormValue>;
        if (next === undefined) container[key] = value;
        else target = (container[key] ??= typeof next === 'number' ? [] : {}) as Record<string, FormValue> | FormValue[];
      });
    }
    return values;
  }

  function setField(name: string, value: unknown) {
    const field = form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`);
    if (!field) return;
    const textValue = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (field instanceof HTMLSelectElement && textValue && ![...field.options].some((option) => option.value === textValue)) {
      // A value the form does not offer is kept, and the checker says what is wrong with it.
      field.add(new Option(textValue, textValue));
    }
    field.value = textValue;
  }

  // ---- Lists: add and remove items -----------------------------------------------------------------

  const itemsOf = (list: HTMLElement) => [...(list.querySelector('[data-items]')?.children ?? [])] as HTMLElement[];

  function renumber(list: HTMLElement) {
    const path = list.dataset.list ?? '';
    const dotted = new RegExp(`^${path.replace(/\./g, '\\.')}\\.(\\d+|__index__)`);
    const dashed = new RegExp(`field-${path.replace(/\./g, '-')}-(\\d+|__index__)`, 'g');
    itemsOf(list).forEach((item, index) => {
      const number = [...item.querySelectorAll('.editor-item-number')].find((element) => element.closest('[data-item]') === item);
      if (number) number.textContent = ` ${index + 1}`;
      for (const element of [item, ...item.querySelectorAll<HTMLElement>('*')]) {
        for (const attribute of ['name', 'data-field', 'data-problem-for', 'data-list']) {
          const value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replace(dotted, `${path}.${index}`));
        }
        for (const attribute of ['id', 'for', 'aria-describedby']) {
          const value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replace(dashed, `field-${path.replace(/\./g, '-')}-${index}`));
        }
      }
    });
    const max = Number(list.dataset.max || Infinity);
    list.querySelector<HTMLElement>(':scope > [data-add-item]')?.toggleAttribute('hidden', itemsOf(list).length >= max);
  }

  function addItem(list: HTMLElement): HTMLElement {
    const template = list.querySelector<HTMLTemplateElement>(':scope > template[data-item-template]');
    const item = template?.content.firstElementChild?.cloneNode(true) as HTMLElement;
    list.querySelector('[data-items]')?.append(item);
    renumber(list);
    return item;
  }

  function setItemCount(list: HTMLElement, count: number) {
    while (itemsOf(list).length < count) addItem(list);
    for (const extra of itemsOf(list).slice(count)) extra.remove();
    renumber(list);
  }

  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    const list = button?.closest<HTMLElement>('[data-list]');
    if (!button || !list) return;
    if (button.matches('[data-add-item]')) {
      addItem(list).querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (button.matches('[data-remove-item]')) {
      button.closest('[data-item]')?.remove();
      renumber(list);
      list.querySelector<HTMLElement>(':scope > [data-add-item]')?.focus();
    } else return;
    loadedText = undefined;
    void update();
  });

  // ---- Filling the form from a file ----------------------------------------------------------------

  function fill(data: Record<string, unknown>, body: string) {
    form.reset();
    for (const list of form.querySelectorAll<HTMLElement>('[data-list]')) {
      const value = list.dataset.list?.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
      setItemCount(list, Array.isArray(value) ? value.length : 0);
    }
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object')) value.forEach((item, index) => visit(item, `${path}.${index}`));
      else if (Array.isArray(value)) value.forEach((item, index) => setField(`${path}.${index}`, item));
      else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
      else setField(path, value);
    };
    const { disclaimer, ...rest } = data;
    visit(rest, '');
    const values = formValues();
    ownInput.value = typeof disclaimer === 'string' ? ownSentencesOf(disclaimer, values) : '';
    bodyInput.value = body;
  }

  /** Fills the form from a file's text, as the checker reads it; false (and the file kept as it is) when its front matter cannot be read. */
  async function load(fileText: string): Promise<boolean> {
    const checker = await engine;
    const read = checker?.readGroupFile(filePath(), fileText);
    if (!read?.data || !read.yaml) return false;
    base = read.yaml;
    fill(read.data, read.body);
    loadedText = fileText;
    return true;
  }

  // ---- The file, its check, and where each problem goes ---------------------------------------------

  const slug = () => (editing ?? slugInput.value.trim()) || 'your-group';
  const filePath = () => `src/content/groups/${slug()}.mdx`;

  function updateConditions() {
    for (const container of form.querySelectorAll<HTMLElement>('[data-shown-when]')) {
      const [field, expected] = (container.dataset.shownWhen ?? '').split('=');
      const chosen = form.querySelector<HTMLSelectElement>(`[name="${field}"]`)?.value;
      // A field that holds something is always shown: nothing typed is ever hidden away.
      const holdsText = [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((input) => input.value.trim() !== '');
      container.hidden = chosen !== expected && !holdsText;
    }
  }

  function compose(): string {
    const values = formValues();
    const statementList = statementsFor(values);
    statements.textContent = typeof values.name !== 'string' ? words('name-first') : statementList.length > 0 ? statementList.join(' ') : words('no-statements');
    // The statements are the group file's own words, in English whatever the page's language.
    if (statementList.length > 0 && typeof values.name === 'string') statements.lang = 'en';
    else statements.removeAttribute('lang');
    return composeFile(base, values, disclaimerText(values, ownInput.value), bodyInput.value);
  }

  let checking = 0;
  async function update() {
    if (editing) slugInput.value = editing;
    else if (!slugTyped) slugInput.value = suggestSlug(form.querySelector<HTMLInputElement>('[name="name"]')?.value ?? '');
    find<HTMLElement>('[data-slug-echo]').textContent = slug();
    updateConditions();
    const composed = compose();
    text = mode === 'paste' ? pasted.value : (loadedText ?? composed);
    fileCode.textContent = text;
    updatePropose();
    saveDraft();
    const run = ++checking;
    const [checker, names] = await Promise.all([engine, others]);
    if (!checker || run !== checking) return;
    show(checker.checkEditedFile(filePath(), text, names, today), checker.layoutOf(text));
  }

  function updatePropose() {
    const address = editing
      ? `${repository}/edit/${branch}/${filePath()}`
      : `${repository}/new/${branch}?filename=${encodeURIComponent(filePath())}&value=${encodeURIComponent(text)}`;
    propose.href = address;
    proposeNote.textContent = words(editing ? 'propose-edit' : address.length > 8000 ? 'propose-long' : 'propose-new');
  }

  /** The form field a problem belongs beside, if it has one in the form as it is shown. */
  function placeOf(diagnostic: Diagnostic, layout: Layout, fieldAt: ((offset: number) => FieldKey[]) | undefined): string | undefined {
    if (mode === 'paste') return undefined;
    // Findings about the file's name are reported on its first line.
    if (diagnostic.line === 1 && ['slug', 'placeholder', 'unique-name'].includes(diagnostic.rule)) return 'slug';
    if (!layout.yaml || !fieldAt) return undefined;
    const offset = (layout.lineStarts[diagnostic.line - 1] ?? 0) + diagnostic.column - 1;
    if (offset >= layout.yaml.end) return 'body';
    let path: FieldKey[] = diagnostic.field?.split('.') ?? fieldAt(offset - layout.yaml.start);
    while (path.length > 0) {
      const name = path.join('.');
      const place = form.querySelector<HTMLElement>(`[data-problem-for="${CSS.escape(name)}"]`);
      if (place && !place.closest('[hidden]:not(.field-problem)')) return name;
      path = path.slice(0, -1);
    }
    return undefined;
  }

  function problemLine(diagnostic: Diagnostic, withLine: boolean): DocumentFragment {
    const line = document.createDocumentFragment();
    if (diagnostic.severity === 'warning') line.append(words('advice'));
    if (withLine) line.append(words('line', { line: diagnostic.line }));
    // The checker's messages are in English on every page.
    const message = document.createElement('span');
    message.lang = 'en';
    message.textContent = diagnostic.message;
    line.append(message, ' ');
    const link = document.createElement('a');
    // The guideline in the page's language ("/guidelines/…" → "/fr/guidelines/…").
    link.href = diagnostic.url.replace(/^\/guidelines\//, editor.dataset.guidelines ?? '/guidelines/');
    link.textContent = words('guideline');
    line.append(link);
    return line;
  }

  function show(diagnostics: Diagnostic[], layout: Layout) {
    const fieldAt = layout.yaml && fieldLocator(text.slice(layout.yaml.start, layout.yaml.end));
    for (const place of form.querySelectorAll<HTMLElement>('[data-problem-for]')) {
      place.replaceChildren();
      place.hidden = true;
    }
    for (const field of fields()) field.removeAttribute('aria-invalid');
    otherProblems.replaceChildren();
    for (const diagnostic of diagnostics) {
      const name = placeOf(diagnostic, layout, fieldAt);
      const place = name === undefined ? undefined : form.querySelector<HTMLElement>(`[data-problem-for="${CSS.escape(name)}"]`);
      if (place) {
        const entry = document.createElement('span');
        entry.className = `problem problem-${diagnostic.severity}`;
        entry.append(problemLine(diagnostic, false));
        place.append(entry);
        place.hidden = false;
        if (diagnostic.severity === 'error') form.querySelector(`#field-${name?.replace(/\./g, '-')}`)?.setAttribute('aria-invalid', 'true');
      } else {
        const item = document.createElement('li');
        item.className = `problem problem-${diagnostic.severity}`;
        item.append(problemLine(diagnostic, true));
        otherProblems.append(item);
      }
    }
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const problems = counted(errors, 'problems');
    const advice = counted(warnings, 'advice');
    const where = words(mode === 'form' ? 'beside-field' : 'below');
    summary.textContent =
      errors > 0
        ? words(warnings ? 'to-fix-with-advice' : 'to-fix', { problems, advice, where })
        : warnings > 0
          ? words('ready-with-advice', { advice })
          : words('ready');
    editor.dataset.errors = String(errors);
  }

  // ---- Drafts -----------------------------------------------------------------------------------------

  function saveDraft() {
    try {
      localStorage.setItem(draftKey, JSON.stringify({ text, saved: new Date().toISOString() }));
    } catch {
      // Private browsing without storage: the page works without drafts.
    }
  }

  function readDraft(): { text: string; saved: string } | undefined {
    try {
      const draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null') as { text?: unknown; saved?: unknown } | null;
      return typeof draft?.text === 'string' && typeof draft.saved === 'string' ? { text: draft.text, saved: draft.saved } : undefined;
    } catch {
      return undefined;
    }
  }

  // ---- Tabs -------------------------------------------------------------------------------------------

  /** Shows the form or the pasted file; the pasted text is the file so far unless `pastedText` is given. */
  async function switchTo(next: 'form' | 'paste', pastedText = text) {
    if (next === mode) return;
    if (next === 'paste') {
      formText = text;
      pasted.value = pastedText;
    } else if (pasted.value !== formText && !(await load(pasted.value))) {
      summary.textContent = words('unreadable');
      tabs.find((tab) => tab.id === 'tab-paste')?.focus();
      return;
    }
    mode = next;
    for (const tab of tabs) {
      const selected = tab.id === `tab-${next}`;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      find<HTMLElement>(`#${tab.getAttribute('aria-controls')}`).hidden = !selected;
    }
    await update();
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => void switchTo(tab.id === 'tab-paste' ? 'paste' : 'form'));
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const other = tabs.find((candidate) => candidate !== tab);
      other?.focus();
      other?.click();
    });
  }
  find<HTMLButtonElement>('[data-fill-form]').addEventListener('click', () => void switchTo('form'));

  // ---- Events -----------------------------------------------------------------------------------------

  let pending: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void update(), 150);
  };
  const changed = () => {
    loadedText = undefined;
    later();
  };
  form.addEventListener('input', (event) => {
    if ((event.target as Element).matches('#field-slug')) slugTyped = slugInput.value.trim() !== '';
    changed();
  });
  form.addEventListener('change', changed);
  pasted.addEventListener('input', later);

  const copyButton = find<HTMLButtonElement>('[data-copy-file]');
  const copyWords = copyButton.textContent;
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      copyButton.textContent = words('copied');
    } catch {
      getSelection()?.selectAllChildren(fileCode);
      copyButton.textContent = words('selected');
    }
    setTimeout(() => (copyButton.textContent = copyWords), 4000);
  });
  propose.addEventListener('click', () => {
    if (editing) void navigator.clipboard?.writeText(text).catch(() => undefined);
  });

  const notice = find<HTMLElement>('[data-draft-notice]');
  find<HTMLButtonElement>('[data-discard-draft]').addEventListener('click', async (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    if (setAside === undefined) {
      setAside = text;
      await begin(false);
      find<HTMLElement>('[data-draft-text]').textContent = words('set-aside');
      button.textContent = words('bring-back');
    } else {
      const draft = setAside;
      setAside = undefined;
      if (!(await load(draft))) await switchTo('paste', draft);
      find<HTMLElement>('[data-draft-text]').textContent = words('draft-back');
      button.textContent = words(editing ? 'start-again-published' : 'start-again-empty');
      await update();
    }
    notice.hidden = false;
  });

  // ---- Start ------------------------------------------------------------------------------------------

  async function begin(useDraft: boolean) {
    base = undefined;
    loadedText = undefined;
    form.reset();
    let published: string | undefined;
    if (editing) {
      slugInput.value = editing;
      slugInput.readOnly = true;
      // The site publishes each group's file, as the checker read it, beside the group's page.
      published = await fetch(`/groups/${encodeURIComponent(editing)}.mdx`)
        .then((response) => (response.ok ? response.text() : undefined))
        .catch(() => undefined);
      if (published === undefined) summary.textContent = words('no-group', { slug: editing });
      else find<HTMLElement>('[data-draft-text]').textContent = words('retype-github');
    } else {
      form.querySelector<HTMLInputElement>('[name="lastActivity"]')?.setAttribute('value', today);
      form.querySelector<HTMLInputElement>('[name="annualPlan.year"]')?.setAttribute('value', today.slice(0, 4));
      form.reset();
    }
    const draft = useDraft ? readDraft() : undefined;
    const startText = draft && draft.text !== published ? draft.text : published;
    if (editing && published !== undefined) notice.hidden = false;
    // The button is there for a draft, or for bringing back the one set aside.
    find<HTMLButtonElement>('[data-discard-draft]').hidden = !(draft && draft.text !== published) && setAside === undefined;
    if (draft && draft.text !== published) {
      // In the page's language; an English page keeps the reader's own way of writing dates.
      find<HTMLElement>('[data-draft-text]').textContent = words('draft-restored', { date: new Date(draft.saved).toLocaleString(editor.dataset.locale) });
      find<HTMLButtonElement>('[data-discard-draft]').textContent = words(editing ? 'start-again-published' : 'start-again-empty');
      notice.hidden = false;
    }
    if (startText !== undefined && !(await load(startText))) {
      await switchTo('paste', startText);
      return;
    }
    await update();
  }

  void begin(true);
}
