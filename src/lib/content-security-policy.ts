/**
 * The Content-Security-Policy every page carries in a `<meta>` element (BaseLayout), first thing in `<head>` so
 * that it governs every script and stylesheet after it. Scripts and styles come only from the site's own
 * files: the build inlines none (`vite.build.assetsInlineLimit: 0`, `build.inlineStylesheets: 'never'`), so
 * the policy needs no hashes and no 'unsafe-inline'. WebAssembly is allowed because Pagefind's search runs on
 * it, and blob: workers because Pagefind starts its worker from one.
 *
 * This replaces Astro's `security.csp`, which hashed every script and style of the whole site into every
 * page: nine incompressible SHA-256 digests (about 450 bytes gzip per page) that allowed nothing the site
 * uses, and 1.2 s of a 5000-code build spent computing them (`node --cpu-prof`).
 *
 * `frame-ancestors` cannot be set from a `<meta>`; public/_headers sends it as a header.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');
