/**
 * `npm start`'s server: the built site in `dist/` as a static host would serve it (see serve/site-server.ts).
 *
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321] [--host localhost]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveSite } from './serve/site-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: 'localhost' },
  },
});
const root = path.resolve(values.dir);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`npm start: no built site in ${root}; run \`npm run build\` first (npm start does).`);
  process.exit(1);
}

try {
  const { origin } = await serveSite(root, { host: values.host, port: Number(values.port) });
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${origin}/`);
} catch (error) {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  console.error(`npm start: cannot listen on ${values.host}:${values.port} (${reason}); choose another with --port or PORT.`);
  process.exit(1);
}
