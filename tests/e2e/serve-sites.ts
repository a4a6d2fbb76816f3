/**
 * Serves the two sites the browser tests use: the project registry on :4322, and the lifecycle fixture
 * (deprecated, retired and renamed codes, hostile text) on :4323. The builds run one after the other
 * because they share Astro's content store; the previews run beside any preview a developer has open.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
export const FIXTURE_OUT = path.join(root, 'dist-fixture');

function build(env: NodeJS.ProcessEnv, args: string[] = []) {
  execFileSync(process.execPath, [astro, 'build', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

function preview(port: number, args: string[] = []): ChildProcess {
  return spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function ready(url: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

build({});
build({ REGISTRY_DIR: path.join(root, 'tests', 'fixtures', 'lifecycle') }, ['--outDir', FIXTURE_OUT]);
const servers = [preview(4322)];
await ready('http://127.0.0.1:4322/');
servers.push(preview(4323, ['--outDir', FIXTURE_OUT]));
await ready('http://127.0.0.1:4323/');
const stop = () => {
  for (const server of servers) server.kill();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
