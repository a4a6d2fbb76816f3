import { lookupHashUrl } from '../lib/urls.ts';

/**
 * Lookup boxes outside the lookup page send their text in the URL's fragment (`/lookup/#q=…`), so a pasted
 * payload is never sent to a server, whose URL limits it could exceed. Without JavaScript the form still
 * submits by GET (`/lookup/?q=…`), which the lookup page reads too.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form.lookup-form[data-hash-submit]')) {
  form.addEventListener('submit', (event) => {
    const text = new FormData(form).get('q');
    if (typeof text !== 'string') return;
    event.preventDefault();
    location.assign(lookupHashUrl(text));
  });
}
