/**
 * The Content-Security-Policy every page declares in a <meta>, first in its <head> so that it covers
 * everything after it. Scripts and styles may only come from this site's own files (plus WebAssembly, which
 * Pagefind's search runs on): no inline script, no inline style.
 *
 * The layout writes it rather than Astro's `security.csp`, because Astro adds to every page a hash of every
 * script and stylesheet in the build. A hash only allows inline code, which the site has none of, and those
 * hashes cost every page about 400 bytes gzip of text that does not compress, a tenth of a code page's
 * budget (9 KB of HTML, CSS and JavaScript before search is used).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
