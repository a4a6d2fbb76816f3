/**
 * Serves the two sites the browser tests use: the project registry, built and served as `npm start` does
 * (scripts/serve.ts), and the lifecycle fixture (deprecated, retired and renamed codes, hostile text). Each is built in a
 * project folder of its own (see scripts/lib/scratch-project.ts), so the two builds run side by side and beside any
 * build or server a developer has going. The ports come from the Playwright config.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { astroArgs, removeScratchProject, ROOT, scratchProject } from '../../scripts/lib/scratch-project.ts';
import { sitePorts } from './ports.ts';

async function build(env: NodeJS.ProcessEnv): Promise<string> {
  const project = await scratchProject();
  await promisify(execFile)(process.execPath, astroArgs('build', project), {
    cwd: ROOT,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string }) => {
    process.stderr.write(error.stderr ?? String(error));
    process.exit(1);
  });
  return project;
}

function serve(project: string, port: number): ChildProcess {
  const args = ['scripts/serve.ts', '--dir', path.join(project, 'dist'), '--host', '127.0.0.1', '--port', String(port)];
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
const projects = await Promise.all([build({}), build({ REGISTRY_DIR: path.join(ROOT, 'tests', 'fixtures', 'lifecycle') })]);
const servers = [serve(projects[0], ports.site), serve(projects[1], ports.fixture)];
await Promise.all([ready(`http://127.0.0.1:${ports.site}/`), ready(`http://127.0.0.1:${ports.fixture}/`)]);
const stop = async () => {
  for (const server of servers) server.kill();
  await Promise.all(projects.map(removeScratchProject));
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
