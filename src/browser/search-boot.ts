/**
 * The only script on every page, and a small one: it gives the header search its keyboard shortcuts and
 * loads the search box's behaviour at the first sign that someone is about to search (the pointer over the
 * box, a press or a touch on it, or focus), so pages cost nothing until then and the first keystroke finds
 * the search ready.
 */
const input = document.querySelector<HTMLInputElement>('#header-search');

if (input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-combobox.ts').then(({ attachCombobox }) => attachCombobox(input));
  };
  // The box's own code (a few KB) is fetched once the page is idle; the index waits for a sign of intent.
  const prefetch = () => void import('./search-combobox.ts').catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(prefetch, { timeout: 2000 }) : setTimeout(prefetch, 500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
  for (const type of ['pointerenter', 'pointerdown', 'touchstart']) (input.form ?? input).addEventListener(type, start, { passive: true });
  input.addEventListener('focus', start);

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
