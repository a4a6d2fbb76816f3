import type { AstroLoggerMessage } from 'astro';
import { afterEach, expect, test, vi } from 'vitest';
import buildLog from '../../../src/integrations/build-log.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const info = (message: string, label: string | null = null, newLine = true): AstroLoggerMessage => ({
  level: 'info',
  label,
  message,
  newLine,
});

test("Astro's line per route becomes one count before its closing line; everything else passes through", () => {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
  const log = buildLog();
  for (const event of [
    info('\n generating static routes ', 'SKIP_FORMAT'),
    info('  \x1b[34m├─\x1b[39m \x1b[2m/groove/CATALOG_NO_RESULT/index.html\x1b[22m', null, false),
    info(' \x1b[2m(+24ms)\x1b[22m ', 'SKIP_FORMAT'),
    info('  ├─ /groove/errors.json', null, false),
    info(' (cached)', 'SKIP_FORMAT'),
    info('✓ Completed in 1.35s.\n'),
    info('indexed 2 pages in 10 ms, waited 0 ms', 'error-reference:pagefind'),
  ]) {
    log.write(event);
  }
  // Astro colours its labels where the environment asks for colour (CI=true does); the words are what count.
  // eslint-disable-next-line no-control-regex
  const text = written.join('').replace(/\x1b\[[0-9;]*m/g, '');
  expect(text).not.toContain('├─');
  expect(text).not.toContain('(+24ms)');
  expect(text).toMatch(/ 2 routes rendered\n.*✓ Completed in 1\.35s\./s);
  expect(text).toContain('generating static routes');
  expect(text).toContain('[error-reference:pagefind] indexed 2 pages');
});

test('warnings and errors are never folded away', () => {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const log = buildLog();
  log.write({ level: 'warn', label: 'vite', message: '  ├─ /a route-shaped warning', newLine: true });
  log.write({ level: 'error', label: 'content', message: 'registry/groove/X.yaml:3: httpStatus: …', newLine: true });
  expect(out.join('')).toContain('route-shaped warning');
  expect(out.join('')).toContain('registry/groove/X.yaml:3');
});
