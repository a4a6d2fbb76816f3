/**
 * The only script on every page, and a small one: it gives the header search its keyboard shortcuts and
 * loads the search box's behaviour the first time someone focuses it, so pages cost nothing until then.
 */
const input = document.querySelector<HTMLInputElement>('#header-search');

if (input) {
  let started = false;
  input.addEventListener('focus', () => {
    if (started) return;
    started = true;
    void import('./search-combobox.ts').then(({ attachCombobox }) => attachCombobox(input));
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey) return;
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
