import type { ElementId } from '../lib/element-ids.ts';

/** The element a page rendered with one of the shared ids (src/lib/element-ids.ts); null on a page without it. */
export function byId<T extends HTMLElement = HTMLElement>(id: ElementId): T | null {
  return document.getElementById(id) as T | null;
}
