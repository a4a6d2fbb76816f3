import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * A static host for a built site, as the benchmark needs one: directories answer with their index.html and
 * unknown paths with 404.html, as the hosts the README names do. Listens on a free local port.
 */
export async function serveStatic(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file)
      .then((entry) => entry.isFile())
      .catch(() => false);
    response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream' });
    createReadStream(found ? file : path.join(root, '404.html')).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, server };
}
