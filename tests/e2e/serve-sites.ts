/**
 * Serves the two sites the browser tests use, as `npm start` does (scripts/serve.ts): the project registry and the
 * lifecycle fixture (deprecated, retired and renamed codes, hostile text). They are the builds `npm test` shared
 * with the build tests, or, when the browser tests run alone, built here in project folders of their own (see
 * tests/shared-sites.ts), side by side and beside any build or server a developer has going. The ports come from
 * the Playwright config.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../../scripts/lib/scratch-project.ts';
import { releaseSite, sharedSite, type SharedSiteName } from '../shared-sites.ts';
import { sitePorts } from './ports.ts';

async function build(name: SharedSiteName) {
  const site = await sharedSite(name);
  if (site.code !== 0) {
    process.stderr.write(site.output);
    process.exit(1);
  }
  return site;
}

function serve(dir: string, port: number): ChildProcess {
  const args = ['scripts/serve.ts', '--dir', dir, '--host', '127.0.0.1', '--port', String(port)];
  return spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function ready(url: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

const ports = sitePorts();
const sites = await Promise.all([build('project'), build('lifecycle')]);
const servers = [serve(sites[0].outDir, ports.site), serve(sites[1].outDir, ports.fixture)];
await Promise.all([ready(`http://127.0.0.1:${ports.site}/`), ready(`http://127.0.0.1:${ports.fixture}/`)]);
const stop = async () => {
  for (const server of servers) server.kill();
  await Promise.all(sites.map(releaseSite));
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
