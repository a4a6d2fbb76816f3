/**
 * `npm run test:slow`, the part of `npm test` after `test:fast`: the build tests, then the browser tests. The two
 * sites both read (tests/shared-sites.ts) are built once, side by side, before either starts, instead of once by
 * each; every other build a test needs it still makes for itself. The builds are removed at the end, or on
 * Ctrl+C. Exit 1 when either part fails; both run either way, so one run reports every failure.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removeBuild, type BuildResult } from './build/build-site.ts';
import { ROOT } from './helpers.ts';
import { buildSharedSite, SHARED_SITES, SHARED_SITES_VARIABLE, type SharedSiteName } from './shared-sites.ts';

const names = Object.keys(SHARED_SITES) as SharedSiteName[];
const started = Date.now();
const builds = await Promise.all(names.map(buildSharedSite));
process.stdout.write(`test:slow: built ${names.join(' and ')} once for both parts in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

const record = path.join(ROOT, '.scratch', `shared-sites-${process.pid}.json`);
await mkdir(path.dirname(record), { recursive: true });
await writeFile(record, JSON.stringify(Object.fromEntries(names.map((name, index) => [name, builds[index]]))));

const cleanUp = () => Promise.all([rm(record, { force: true }), ...builds.map((build: BuildResult) => removeBuild(build))]);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: 'inherit', env: { ...process.env, [SHARED_SITES_VARIABLE]: record } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const codes = [await run('test:build'), await run('test:e2e')];
await cleanUp();
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
