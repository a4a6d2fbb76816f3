import { lookupHashUrl, searchUrl } from '../lib/urls.ts';
import { resultItem } from './render-results.ts';
import { looksLikePayload, searchSite, warmUp, type SiteSearch } from './site-search.ts';

/** How many results the header box lists; the last option opens all of them. */
const SHOWN = 8;
/** Keystrokes closer together than this wait for a pause before searching. */
const PAUSE_MS = 30;

/**
 * Turns the header search box into an ARIA 1.2 combobox with a list of results: Up and Down move through
 * them, Enter opens the highlighted one (or the code typed exactly), Escape closes the list, then clears
 * the box. Enter with nothing highlighted submits the form, which opens the full results page; a pasted
 * payload goes to the lookup page instead, in the URL's fragment, so it is never sent to the server.
 *
 * @public search-boot.ts imports this module by its built address (`?chunk-url`), which knip cannot follow.
 */
export function attachCombobox(input: HTMLInputElement): void {
  if (input.form) new Combobox(input, input.form).listen();
}

class Combobox {
  private readonly listbox = document.createElement('ul');
  private readonly announcer = document.createElement('p');
  private urls: string[] = [];
  private active = -1;
  private exactUrl: string | undefined;
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly form: HTMLFormElement,
  ) {
    this.listbox.id = `${input.id}-listbox`;
    this.listbox.className = 'search-popup';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', 'Search results');
    this.listbox.hidden = true;
    this.announcer.className = 'visually-hidden';
    this.announcer.setAttribute('role', 'status');
    form.append(this.listbox, this.announcer);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.listbox.id);
    input.setAttribute('aria-expanded', 'false');
  }

  listen(): void {
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.form.addEventListener('submit', (event) => this.submit(event));
    this.input.addEventListener('blur', () => this.close());
    this.input.addEventListener('focus', () => this.open());
    // The box is about to be used: fetch what a search needs now, so the first keystroke does not wait for it.
    void warmUp().catch(() => undefined);
    if (this.input.value.trim()) void this.run();
  }

  private setActive(index: number): void {
    this.active = index;
    this.listbox.querySelectorAll('[role="option"]').forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
      if (position === index) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${index}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  }

  private open(): void {
    if (!this.urls.length) return;
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  /** Makes a list item an option of this list, opening `url` when picked. */
  private option(item: HTMLLIElement, index: number, url: string): HTMLLIElement {
    item.id = `${this.listbox.id}-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    // Keep focus in the box while the pointer picks an option; the click then navigates.
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => location.assign(url));
    return item;
  }

  /** The last option: every result on the search page, or the lookup page for a pasted payload. */
  private allResultsOption(query: string, { results, reading }: SiteSearch): { item: HTMLLIElement; url: string } {
    const payload = reading === 'payload' || reading === 'suggest';
    const item = document.createElement('li');
    item.className = 'popup-all';
    item.textContent = payload
      ? 'Look up the pasted text'
      : results.length
        ? `All results for “${query}”`
        : `No codes match “${query}”; search the full text`;
    return { item, url: payload ? lookupHashUrl(query) : searchUrl(query) };
  }

  /**
   * Shows an answer. The reader may have moved through the previous list while this answer was on its way (the
   * arrows act at once; a search takes a few milliseconds more), so the highlighted option stays highlighted when
   * the new list still has it, rather than jumping back to none under the reader's keys.
   */
  private render(query: string, search: SiteSearch): void {
    const { results, exact, status } = search;
    const highlighted = this.active >= 0 ? this.urls[this.active] : undefined;
    const entries = results.slice(0, SHOWN).map((result) => ({ item: resultItem(result, 'option'), url: result.url }));
    entries.push(this.allResultsOption(query, search));
    this.listbox.replaceChildren(...entries.map(({ item, url }, index) => this.option(item, index, url)));
    this.urls = entries.map(({ url }) => url);
    this.exactUrl = exact?.url;
    this.announcer.textContent = status
      ? `${results.length} codes sent with HTTP ${status}.`
      : `${results.length} result${results.length === 1 ? '' : 's'}${exact ? `, exact match ${exact.code}` : ''}.`;
    this.setActive(highlighted === undefined ? -1 : this.urls.indexOf(highlighted));
    this.open();
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const ticket = ++this.latest;
    if (!query) {
      this.urls = [];
      this.close();
      return;
    }
    try {
      const search = await searchSite(query, {}, SHOWN);
      if (ticket === this.latest) this.render(query, search);
    } catch {
      if (ticket === this.latest) this.close();
    }
  }

  /**
   * A keystroke while the box is quiet searches at once; keystrokes in quick succession wait for a pause, so
   * a fast typist does not queue a search per letter. Stale answers are dropped by ticket.
   */
  private typed(): void {
    const quiet = this.timer === undefined;
    clearTimeout(this.timer);
    if (quiet) void this.run();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!quiet) void this.run();
    }, PAUSE_MS);
  }

  private key(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open();
        if (this.urls.length) this.setActive(Math.min(this.active + 1, this.urls.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.urls.length) this.setActive(Math.max(this.active - 1, 0));
        break;
      case 'Enter': {
        const target = !this.listbox.hidden && this.active >= 0 ? this.urls[this.active] : this.exactUrl;
        if (target) {
          event.preventDefault();
          location.assign(target);
        }
        break;
      }
      case 'Escape':
        this.escape(event);
        break;
    }
  }

  /** Escape closes the list first, and clears the box when it is already closed. */
  private escape(event: KeyboardEvent): void {
    if (!this.listbox.hidden) {
      event.preventDefault();
      this.close();
    } else if (this.input.value) {
      event.preventDefault();
      this.input.value = '';
      this.urls = [];
    }
  }

  /** A pasted payload goes to the lookup page, in the fragment; anything else to the search page, as the form says. */
  private submit(event: SubmitEvent): void {
    const text = this.input.value.trim();
    if (!looksLikePayload(text)) return;
    event.preventDefault();
    location.assign(lookupHashUrl(text));
  }
}
