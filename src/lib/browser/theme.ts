/** Light or dark theme: the system setting unless the reader picked one, remembered in localStorage. */
const storageKey = 'theme';
type Choice = 'system' | 'light' | 'dark';

function readChoice(): Choice {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice) {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

function remember(choice: Choice) {
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

const choice = readChoice();
apply(choice);

const picker = document.querySelector<HTMLElement>('[data-theme-picker]');
const select = picker?.querySelector('select');
if (picker && select) {
  select.value = choice;
  picker.hidden = false;
  select.addEventListener('change', () => {
    const next = select.value as Choice;
    apply(next);
    remember(next);
  });
}
