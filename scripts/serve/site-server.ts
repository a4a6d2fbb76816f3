import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { constants, createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders, parseRedirects, redirectFor } from './host-rules.ts';

/** The files a static host reads from the site's root and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** Text a static host compresses; Pagefind's index files are gzip data already and go out as they are. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|opensearchdescription\+xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Sends the response gzip-compressed when the client accepts it and the file is text, as every common
 * static host does: measured uncompressed, a page's scripts, styles and JSON weighed three to four times
 * what a reader downloads, and the bench's page speed (scripts/bench/page-speed.ts) was that much off.
 * sirv compresses only files compressed beforehand, which the build does not write.
 */
function gzipText(request: IncomingMessage, response: ServerResponse): void {
  if (!/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') || request.headers.range) return;
  const writeHead = response.writeHead.bind(response) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
  response.writeHead = ((status: number, headers: Record<string, unknown> = {}) => {
    const type = String(response.getHeader('content-type') ?? headers['Content-Type'] ?? '');
    response.setHeader('Vary', 'Accept-Encoding');
    if ((status !== 200 && status !== 404) || !COMPRESSIBLE.test(type)) return writeHead(status, headers);
    const { ['Content-Length']: _length, ...rest } = headers;
    response.removeHeader('content-length');
    const gzip = createGzip({ level: constants.Z_BEST_SPEED });
    const [write, end] = [response.write.bind(response), response.end.bind(response)];
    gzip.on('data', (chunk: Buffer) => write(chunk));
    gzip.on('end', () => end());
    response.write = ((chunk: Buffer | string) => gzip.write(chunk)) as typeof response.write;
    response.end = ((chunk?: Buffer | string | (() => void)) => {
      if (chunk && typeof chunk !== 'function') gzip.end(chunk);
      else gzip.end();
      return response;
    }) as typeof response.end;
    return writeHead(status, { ...rest, 'Content-Encoding': 'gzip' });
  }) as typeof response.writeHead;
}

/**
 * A built site as a static host serves it, for `npm start` and for the benchmark's browser. Astro's preview
 * server answers a malformed percent-encoded path with HTTP 500 and a Node stack trace, and ignores `_headers`
 * and `_redirects`; this one, on sirv (the static file server Vite and Polka use), answers such a path with a
 * plain 400, applies both files, compresses text, redirects a directory to its trailing slash, and serves `404.html` for
 * anything else that is not there.
 */
function createSiteServer(root: string): Server {
  const readRules = (name: string) => (existsSync(path.join(root, name)) ? readFileSync(path.join(root, name), 'utf8') : '');
  const headerRules = parseHeaders(readRules('_headers'));
  const redirectRules = parseRedirects(readRules('_redirects'));
  const notFoundPage = readRules('404.html');
  const files = sirv(root, { etag: true, dotfiles: false, extensions: ['html'] });

  const applyHeaders = (response: ServerResponse, pathname: string) => {
    for (const [name, value] of headersFor(headerRules, pathname)) response.setHeader(name, value);
  };
  const notFound = (response: ServerResponse, pathname: string) => {
    applyHeaders(response, pathname);
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(notFoundPage || 'Not found');
  };

  return createServer((request, response) => {
    gzipText(request, response);
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      applyHeaders(response, '/');
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the address has a malformed percent-encoding (a % must be followed by two hex digits).\n');
      return;
    }
    if (HOST_FILES.has(pathname)) return notFound(response, pathname);

    const redirect = redirectFor(redirectRules, url.pathname);
    if (redirect) {
      applyHeaders(response, url.pathname);
      response.writeHead(redirect.status, { Location: redirect.location + url.search });
      response.end();
      return;
    }
    // A host sends /groove/CODE to /groove/CODE/, so that the page's address is the one it is published at.
    if (!url.pathname.endsWith('/') && !path.extname(pathname)) {
      const folder = path.join(root, pathname);
      if (folder.startsWith(root + path.sep) && existsSync(path.join(folder, 'index.html')) && statSync(folder).isDirectory()) {
        applyHeaders(response, url.pathname);
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
    }
    applyHeaders(response, url.pathname);
    files(request, response, () => notFound(response, url.pathname));
  });
}

/** Serves the built site in `root` on `host:port` (port 0: a free one) and says where, once it listens. */
export async function serveSite(root: string, { host, port }: { host: string; port: number }): Promise<{ origin: string; server: Server }> {
  const server = createSiteServer(path.resolve(root));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: listening } = server.address() as { port: number };
  return { origin: `http://${host}:${listening}`, server };
}
