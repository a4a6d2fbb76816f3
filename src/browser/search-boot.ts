/**
 * The only script on every page, and a small one: it gives the header search its keyboard shortcuts and
 * loads the search box's behaviour and styles at the first sign that someone is about to search (the pointer
 * over the box, a press or a touch on it, or focus), so pages cost nothing until then and the first
 * keystroke finds the search ready. Nothing is fetched on idle: a code page stays within its budget of
 * 9 KB before search is used. The stylesheet is linked here, not imported by the search box's code, because
 * Astro links every stylesheet a page's scripts import into the page itself; the module is imported by its
 * address (src/integrations/chunk-url.ts) to keep Vite's preload helper out of this script.
 */
import searchStyles from '../styles/search.css?url';
import combobox from './search-combobox.ts?chunk-url';
import { HEADER_SEARCH_ID } from '../lib/header-search-id.ts';

const input = document.getElementById(HEADER_SEARCH_ID) as HTMLInputElement | null;

if (input) {
  // The `/` hint only where there is a keyboard to press it on, and once the shortcut works.
  if (matchMedia('(hover: hover) and (pointer: fine)').matches) input.placeholder += '  ( / )';
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStyles }));
    void import(/* @vite-ignore */ combobox).then(({ attachCombobox }: typeof import('./search-combobox.ts')) => attachCombobox(input));
  };
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
