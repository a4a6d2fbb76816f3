import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer, RouteData } from 'astro';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { indexingPrerenderer, LiveIndex } from '../../../src/integrations/pagefind.ts';

const page = (code: string) =>
  `<!DOCTYPE html><html lang="en"><body><nav>Home</nav><article data-pagefind-body><h1>${code}</h1><p>The catalog found nothing for ${code}.</p></article></body></html>`;

/** Stands in for Astro's prerenderer: two code pages, a page Pagefind skips, and a JSON endpoint. */
function fakeAstro(): AstroPrerenderer & { rendered: string[] } {
  const rendered: string[] = [];
  const routes: Record<string, RouteData['type']> = {
    '/groove/A.json': 'endpoint',
    '/groove/A/': 'page',
    '/groove/': 'page',
    '/groove/B/': 'page',
  };
  return {
    name: 'fake',
    rendered,
    getStaticPaths: async () => Object.entries(routes).map(([pathname, type]) => ({ pathname, route: { type } as RouteData })),
    async render(request) {
      const { pathname } = new URL(request.url);
      rendered.push(pathname);
      if (pathname.endsWith('.json')) return Response.json({ code: 'A' });
      const body = pathname === '/groove/' ? '<!DOCTYPE html><html lang="en"><body>index</body></html>' : page(pathname.split('/')[2]!);
      return new Response(body, { status: 200, headers: { 'content-type': 'text/html', 'x-kept': 'yes' } });
    },
  };
}

const work = await mkdtemp(path.join(tmpdir(), 'pagefind-live-'));
afterAll(async () => {
  await pagefind.close();
  await rm(work, { recursive: true, force: true });
});

describe('indexing while Astro renders', () => {
  test('renders pages before endpoints, hands Astro each response unchanged, and writes the index after the last page', async () => {
    const astro = fakeAstro();
    const live = new LiveIndex(path.join(work, 'pagefind'));
    const prerenderer = indexingPrerenderer(astro, live);

    const paths = await prerenderer.getStaticPaths();
    expect(paths.map((entry) => entry.pathname)).toEqual(['/groove/A/', '/groove/', '/groove/B/', '/groove/A.json']);

    for (const { pathname, route } of paths) {
      const result = await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: route });
      const response = result instanceof Response ? result : result.response;
      const original = await astro.render(new Request(`http://localhost${pathname}`), { routeData: route });
      expect(await response.text()).toBe(await (original as Response).text());
      if (route.type === 'page') expect(response.headers.get('x-kept')).toBe('yes');
    }

    const { pages } = await live.written();
    expect(pages).toBe(2);
    const entry = JSON.parse(await readFile(path.join(work, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    // Only the two code pages carry data-pagefind-body; the index page is rendered but not indexed.
    expect(entry.languages.en.page_count).toBe(2);
  });
});

describe('an index in shards', () => {
  test('writes a shard every N pages, the first at the folder itself, and lists them all with their sizes for the browser', async () => {
    const output = path.join(work, 'sharded');
    const live = new LiveIndex(output, 2);
    const codes = ['A', 'B', 'C', 'D', 'E'];
    live.expectPages(codes.length + 1);
    // As Astro does, several pages arrive at once; a full shard is written once, however many pages find it full.
    await Promise.all([
      ...codes.map((code) => live.addPage(`/groove/${code}/`, page(code))),
      live.addPage('/groove/', '<!DOCTYPE html><html lang="en"><body>index</body></html>'),
    ]);
    const { pages, shards } = await live.written();
    expect({ pages, shards }).toEqual({ pages: 5, shards: 3 });

    const list = JSON.parse(await readFile(path.join(output, 'shards.json'), 'utf8'));
    expect(list).toEqual({
      shards: [
        { url: '/pagefind/', pages: 2 },
        { url: '/pagefind/shard-1/', pages: 2 },
        { url: '/pagefind/shard-2/', pages: 1 },
      ],
    });
    const count = async (folder: string) =>
      JSON.parse(await readFile(path.join(output, folder, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
    // The page without data-pagefind-body never reaches the indexer, so no shard indexes it as a page of its own.
    expect([await count(''), await count('shard-1'), await count('shard-2')]).toEqual([2, 2, 1]);
  });

  test('a registry smaller than a shard has one index, listed alone', async () => {
    const output = path.join(work, 'one-shard');
    const live = new LiveIndex(output, 10);
    live.expectPages(2);
    await live.addPage('/groove/A/', page('A'));
    await live.addPage('/groove/B/', page('B'));
    expect((await live.written()).shards).toBe(1);
    expect(JSON.parse(await readFile(path.join(output, 'shards.json'), 'utf8'))).toEqual({ shards: [{ url: '/pagefind/', pages: 2 }] });
  });
});
