import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium.ts';
import { choosePorts, sitePorts } from './e2e/ports.ts';

await choosePorts();
const ports = sitePorts();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // Each browser test gets 120 s rather than 30: on a 2-core machine beside other builds, a test that runs
  // axe in light and dark took over 60 s. A passing test takes what it takes; only a hung one waits this long.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${ports.site}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The site as `npm start` serves it (fresh build, search index, Astro's static server), and a fixture
    // site with retired codes and hostile text; see e2e/serve-sites.ts.
    command: 'node tests/e2e/serve-sites.ts',
    cwd: '..',
    url: `http://127.0.0.1:${ports.fixture}/`,
    reuseExistingServer: false,
    // Two builds side by side on a busy 2-core machine.
    timeout: 300_000,
    // SIGTERM lets the server script remove the scratch projects it built in (see e2e/serve-sites.ts).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
