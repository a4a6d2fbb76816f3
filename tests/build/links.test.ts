import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { brokenLinks } from './links.ts';

test('the link check reports missing pages, missing assets and fragments that name no element', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'links-'));
  await mkdir(path.join(dir, 'a'), { recursive: true });
  await writeFile(path.join(dir, 'style.css'), '');
  await writeFile(
    path.join(dir, 'index.html'),
    '<a href="/a/#causes">ok</a><a href="/a/#nothing">bad fragment</a><a href="/b/">missing</a><link href="/style.css"><script src="/app.js"></script><a href="https://example.com/">external</a>',
  );
  await writeFile(
    path.join(dir, 'a', 'index.html'),
    '<section id="causes"></section><a href="../index.html">up</a><a href="#causes">self</a>',
  );
  expect(await brokenLinks(dir)).toEqual([
    '/: /a/#nothing names no element with id "nothing"',
    '/: /b/ does not exist',
    '/: /app.js does not exist',
  ]);
  await rm(dir, { recursive: true, force: true });
});
