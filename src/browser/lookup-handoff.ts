import { LOOKUP_URL, lookupHashUrl } from '../lib/urls.ts';

/**
 * How a lookup box on another page of this site hands its text to `/lookup/`. A short text travels in the
 * address's fragment (`/lookup/#q=…`), where it can be shared and reloaded. A long one is left in this tab's
 * sessionStorage and `/lookup/` opens without it: Chromium spends seconds on an address of a megabyte (it
 * copies and checks it at every step of opening a page and of leaving it again) and refuses one over 2 MB,
 * while the text never needed to leave the browser. Either way nothing reaches the server.
 */
const KEY = 'lookup-text';

/** Beyond this, the text is handed over in sessionStorage; the lookup page shows no longer text in its box either. */
const IN_ADDRESS_FROM_FORM = 20_000;

export function openLookup(text: string): void {
  if (text.length > IN_ADDRESS_FROM_FORM) {
    try {
      sessionStorage.setItem(KEY, text);
      location.assign(LOOKUP_URL);
      return;
    } catch {
      // Storage is full or blocked: the address it is, as before.
    }
  }
  location.assign(lookupHashUrl(text));
}

/** The text another page handed over, once: taking it removes it, so a reload shows an empty lookup. */
export function takeHandedOver(): string | undefined {
  try {
    const text = sessionStorage.getItem(KEY);
    if (text !== null) sessionStorage.removeItem(KEY);
    return text ?? undefined;
  } catch {
    return undefined;
  }
}
