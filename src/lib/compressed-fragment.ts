/**
 * A long text in a lookup address, compressed: `/lookup/#z=<deflate-raw, base64url>`. The "Look up selection"
 * bookmarklet (bookmarklet.ts) writes it for a long selection, because the address is the only way from a
 * ticket's page to this site that the site's Cross-Origin-Opener-Policy leaves open, and Chromium spends
 * seconds on an address of a megabyte (2.8 s only to open a page with one, at a load average of 8–17) and
 * refuses one over 2 MB, while a megabyte of JSON deflates to a few percent of that. `#q=` stays the form a
 * person writes or shares.
 */
export const COMPRESSED_PREFIX = '#z=';

/** A link's compressed text is at most this long once inflated: a small link must not become gigabytes. */
export const MAX_INFLATED_CHARACTERS = 16 * 1024 * 1024;

/** The text of a `#z=` fragment's value; rejects, saying why, when it is not one or inflates past the cap. */
export async function inflateFragment(value: string): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
    bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    throw new Error('the link’s compressed text is not valid base64url');
  }
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .pipeThrough(new TextDecoderStream())
    .getReader();
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += chunk.value;
      if (text.length > MAX_INFLATED_CHARACTERS) {
        await reader.cancel();
        throw new Error(`the link’s text is longer than ${MAX_INFLATED_CHARACTERS / 1024 / 1024} MB once inflated`);
      }
    }
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('the link') ? error : new Error('the link’s compressed text is damaged');
  }
  return text;
}
