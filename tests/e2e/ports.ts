/**
 * The browser tests serve two sites on ports that are free when the run starts, so a run never collides
 * with `npm start`, a developer's preview or another test run. The Playwright config picks them once and
 * passes them down in the environment, which the web server command and every worker inherit.
 */
import { createServer, type Server } from 'node:net';

const SITE = 'E2E_SITE_PORT';
const FIXTURE = 'E2E_FIXTURE_PORT';

function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Picks two free ports unless the environment names them already, and records them there. */
export async function choosePorts(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env[SITE] && env[FIXTURE]) return;
  // Both stay open until both are known, so the system cannot hand out the same port twice.
  const servers = await Promise.all([listen(), listen()]);
  const [site, fixture] = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  env[SITE] = String(site);
  env[FIXTURE] = String(fixture);
}

/** The ports `choosePorts` recorded. */
export function sitePorts(env: NodeJS.ProcessEnv = process.env): { site: number; fixture: number } {
  const site = Number(env[SITE]);
  const fixture = Number(env[FIXTURE]);
  if (!site || !fixture) throw new Error(`${SITE} and ${FIXTURE} are not set; run the browser tests through tests/playwright.config.ts`);
  return { site, fixture };
}

/** Origin of the lifecycle fixture site, for tests that visit it beside the main site. */
export function fixtureOrigin(): string {
  return `http://127.0.0.1:${sitePorts().fixture}`;
}
