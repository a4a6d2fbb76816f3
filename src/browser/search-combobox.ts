import { lookupHashUrl, searchUrl } from '../lib/urls.ts';
import { resultParts } from './render-results.ts';
import { looksLikePayload, searchSite, warmUp, type SiteSearch } from './site-search.ts';

/**
 * Turns the header search box into an ARIA 1.2 combobox with a list of results: Up and Down move through
 * them, Enter opens the highlighted one (or the code typed exactly), Escape closes the list, then clears
 * the box. Enter with nothing highlighted submits the form, which opens the full results page; a pasted
 * payload goes to the lookup page instead, in the URL's fragment, so it is never sent to the server.
 */
export function attachCombobox(input: HTMLInputElement): void {
  const form = input.form;
  if (!form) return;
  const listbox = document.createElement('ul');
  listbox.id = `${input.id}-listbox`;
  listbox.className = 'search-popup';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search results');
  listbox.hidden = true;
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  form.append(listbox, announcer);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  let urls: string[] = [];
  let active = -1;
  let exactUrl: string | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (index: number) => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
      if (position === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listbox.id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = () => {
    if (!urls.length) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const option = (index: number, url: string, build: (item: HTMLElement) => void) => {
    const item = document.createElement('li');
    item.id = `${listbox.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.dataset['url'] = url;
    build(item);
    // Keep focus in the box while the pointer picks an option; the click then navigates.
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => location.assign(url));
    return item;
  };

  const render = (query: string, { results, exact, status, reading }: SiteSearch) => {
    const items = results.slice(0, 8).map((result, index) =>
      option(index, result.url, (item) => {
        const parts = resultParts(result, 'span');
        parts[2]?.classList.add('popup-summary');
        item.append(...parts);
      }),
    );
    const payload = reading === 'payload' || reading === 'suggest';
    const allUrl = payload ? lookupHashUrl(query) : searchUrl(query);
    items.push(
      option(items.length, allUrl, (item) => {
        item.className = 'popup-all';
        item.textContent = payload
          ? 'Look up the pasted text'
          : results.length
            ? `All results for “${query}”`
            : `No codes match “${query}”; search the full text`;
      }),
    );
    listbox.replaceChildren(...items);
    urls = items.map((item) => item.dataset['url'] ?? '');
    exactUrl = exact?.url;
    announcer.textContent = status
      ? `${results.length} codes sent with HTTP ${status}.`
      : `${results.length} result${results.length === 1 ? '' : 's'}${exact ? `, exact match ${exact.code}` : ''}.`;
    setActive(-1);
    open();
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      urls = [];
      close();
      return;
    }
    try {
      const search = await searchSite(query, {}, 8);
      if (ticket === latest) render(query, search);
    } catch {
      if (ticket === latest) close();
    }
  };

  input.addEventListener('input', () => {
    // A keystroke while the box is quiet searches at once; keystrokes within 30 ms of the last one wait for
    // a pause, so a fast typist does not queue a search per letter. Stale answers are dropped by ticket.
    const quiet = timer === undefined;
    clearTimeout(timer);
    if (quiet) void run();
    timer = setTimeout(() => {
      timer = undefined;
      if (!quiet) void run();
    }, 30);
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        open();
        if (urls.length) setActive(Math.min(active + 1, urls.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (urls.length) setActive(Math.max(active - 1, 0));
        break;
      case 'Enter': {
        const target = !listbox.hidden && active >= 0 ? urls[active] : exactUrl;
        if (target) {
          event.preventDefault();
          location.assign(target);
        }
        break;
      }
      case 'Escape':
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          urls = [];
        }
        break;
    }
  });
  form.addEventListener('submit', (event) => {
    if (!looksLikePayload(input.value.trim())) return;
    event.preventDefault();
    location.assign(lookupHashUrl(input.value.trim()));
  });
  input.addEventListener('blur', close);
  input.addEventListener('focus', open);
  // The box has focus: fetch what a search needs now, so the first keystroke does not wait for it.
  void warmUp().catch(() => undefined);
  if (input.value.trim()) void run();
}
