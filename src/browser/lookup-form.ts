import { openLookup } from './lookup-handoff.ts';

/**
 * Lookup boxes outside the lookup page send their text to `/lookup/` without it reaching a server: in the
 * URL's fragment (`/lookup/#q=…`), or for a long paste through sessionStorage (see lookup-handoff.ts).
 * Without JavaScript the form still submits by GET (`/lookup/?q=…`), which the lookup page reads too.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form.lookup-form[data-hash-submit]')) {
  form.addEventListener('submit', (event) => {
    const text = new FormData(form).get('q');
    if (typeof text !== 'string') return;
    event.preventDefault();
    openLookup(text);
  });
}
