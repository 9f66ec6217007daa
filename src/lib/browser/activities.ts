/**
 * /activities/: filters the list in place by country, region, type of group and kind (the whole list shows
 * without JavaScript), keeps the filters in the address, and hides what is already past on the day the
 * page is read, the site having been built some days before.
 */
import { formatDate, isUpcoming } from '../format.ts';
import { languageOfPath } from '../../i18n/language.ts';
import { readerToday } from './reader-today.ts';
import { pageWords } from './page-words.ts';

const form = document.querySelector<HTMLFormElement>('[data-activity-filters]');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  const items = [...document.querySelectorAll<HTMLLIElement>('.activity-month li[data-date]')];
  const months = [...document.querySelectorAll<HTMLElement>('.activity-month')];
  const count = document.querySelector<HTMLElement>('[data-activity-count]');
  const empty = document.querySelector<HTMLElement>('[data-activities-empty]');
  const today = readerToday();
  const selects = [...form.querySelectorAll('select')];
  // The page gives the count's words in its language ("{n} activité").
  const { counted } = pageWords();
  const countText = (shown: number) => counted(shown, count?.dataset.textCountOne, count?.dataset.textCountMany);

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  // The lead says from which day and how many: from the day the page is read, not the day the site was built.
  const from = document.querySelector<HTMLTimeElement>('[data-activities-from]');
  const total = document.querySelector<HTMLElement>('[data-activities-total]');
  const upcoming = new Set(items.filter((item) => isUpcoming(item.dataset.date ?? '', today)));
  if (from && total && today > from.dateTime) {
    from.dateTime = today;
    from.textContent = formatDate(today, languageOfPath(location.pathname));
    total.textContent = countText(upcoming.size);
  }

  function apply() {
    let shown = 0;
    for (const item of items) {
      const visible = upcoming.has(item) && selects.every((select) => !select.value || item.dataset[select.name] === select.value);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const month of months) month.hidden = !month.querySelector('li:not([hidden])');
    if (count) count.textContent = countText(shown);
    if (empty) empty.hidden = shown > 0 || items.length === 0;
    const query = new URLSearchParams(selects.filter((select) => select.value).map((select) => [select.name, select.value])).toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
