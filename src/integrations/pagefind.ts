import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_SHARDS_FILE, PAGEFIND_URL, type PagefindShardList } from '../lib/urls.ts';
import { recordBuildFigures } from './build-figures.ts';
import { INDEXED_PAGE_MARK, indexedHtml } from './indexed-html.ts';

/**
 * Builds the Pagefind index while Astro renders, so `astro build` alone yields a searchable site with its
 * index in `dist/pagefind/`. Indexing after the build took as long as rendering (7–8 s at 5000 codes, see
 * `npm run bench`); instead each page goes to Pagefind's indexer, its own process on the other core, as
 * soon as it is rendered. Pages render before the JSON endpoints, and the index is written while those
 * render. Only code pages carry `data-pagefind-body`, so only they are indexed.
 *
 * Astro runs one prerenderer per build, the one set last. If an adapter added later sets its own, this
 * index sees no pages and the build fails saying so rather than publishing a site without search.
 */
export default function pagefindIntegration({
  shardPages = DEFAULT_SHARD_PAGES,
}: { shardPages?: number | undefined } = {}): AstroIntegration {
  let outDir = '';
  let cacheDir!: URL;
  let live: LiveIndex | undefined;
  return {
    name: 'error-reference:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        live = new LiveIndex(path.join(outDir, PAGEFIND_URL), shardPages);
        setPrerenderer((astro) => indexingPrerenderer(astro, live!));
      },
      'astro:build:done': async ({ logger }) => {
        const waited = performance.now();
        try {
          if (!live?.pagesAdded)
            throw new Error(
              `no page marked ${INDEXED_PAGE_MARK} reached the indexer: no code page was rendered, or another integration replaced the prerenderer`,
            );
          const { pages, shards, milliseconds } = await live.written();
          const waitedMilliseconds = Math.round(performance.now() - waited);
          await recordBuildFigures(cacheDir, 'pagefind', { pages, shards, milliseconds, waitedMilliseconds });
          logger.info(
            `indexed ${pages} pages in ${shards} shard${shards === 1 ? '' : 's'} in ${milliseconds} ms, waited ${waitedMilliseconds} ms`,
          );
        } catch (cause) {
          throw new Error('Failed to build the Pagefind search index.', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Astro's own prerenderer, with every HTML page it renders also handed to the index. */
export function indexingPrerenderer(astro: AstroPrerenderer, live: LiveIndex): AstroPrerenderer {
  return {
    name: 'error-reference:pagefind',
    setup: () => astro.setup?.() ?? Promise.resolve(),
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      const isPage = ({ route }: PathWithRoute) => route.type === 'page';
      const pages = live.spread(paths.filter(isPage));
      live.expectPages(pages.length);
      return [...pages, ...paths.filter((entry) => !isPage(entry))];
    },
    async render(request, options) {
      const result = await astro.render(request, options);
      if (options.routeData.type !== 'page') return result;
      const response = result instanceof Response ? result : result.response;
      if (!response.headers.get('content-type')?.startsWith('text/html')) {
        live.skipPage();
        return result;
      }
      const html = await response.text();
      await live.addPage(new URL(request.url).pathname, html);
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    teardown: () => astro.teardown?.() ?? Promise.resolve(),
  };
}

/**
 * Pages rendered but not yet taken in by the indexer. Rendering is faster than indexing, and without a cap
 * every rendered page waits in Astro's memory: 812 MB against 147 MB with it, in a run of 11,000 real pages
 * at the same indexing time. A few dozen keep the indexer busy.
 */
const MAX_WAITING_PAGES = 32;

/**
 * Pages per index shard. Pagefind's indexer holds every page of an index until it writes it, 150–170 KB a
 * code page, so one index of 50,000 pages needs more memory than a CI runner has. The build writes an index
 * every this many pages and releases it before starting the next; the browser searches them all
 * (src/browser/pagefind-client.ts). A registry of up to this many codes has exactly one index, as before.
 */
export const DEFAULT_SHARD_PAGES = 5000;

/**
 * A Pagefind index fed page by page while Astro renders, written in shards of `shardPages` pages: the first
 * to the output folder, the others to `shard-N/` inside it, with `shards.json` naming them. Pages without
 * `data-pagefind-body` are not sent to the indexer at all, so that every shard holds only pages to search.
 */
export class LiveIndex {
  private shard: Promise<pagefind.PagefindIndex>;
  private shardPagesAdded = 0;
  private rotating: Promise<void> | undefined;
  private readonly shards: PagefindShardList['shards'] = [];
  /** Additions the indexer has not finished; a shard is written once these are done. */
  private readonly waiting = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  private pagesToCome = Number.POSITIVE_INFINITY;
  private started = 0;
  private writing: Promise<{ pages: number; shards: number; milliseconds: number }> | undefined;
  pagesAdded = 0;

  constructor(
    private readonly outputPath: string,
    private readonly shardPages = DEFAULT_SHARD_PAGES,
  ) {
    this.shard = LiveIndex.createShard();
  }

  private static createShard() {
    const shard = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
      if (!index) throw new Error(errors.join('\n'));
      return index;
    });
    // A failure surfaces where the build awaits the index; this keeps it from being reported twice.
    shard.catch(() => undefined);
    return shard;
  }

  /**
   * The pages in the order to render them. Pagefind scores a word by how rare it is in its own index, so
   * shards must each be a fair sample of the registry: in Astro's order a shard would hold one API's or one
   * category's codes, where that API's own words are common and score low, and the merged results would favour
   * the other shards. Where more than one shard is needed, pages are ordered by a hash of their path, which
   * scatters every API and category over all shards the same way each build.
   */
  spread<Page extends { pathname: string }>(pages: Page[]): Page[] {
    if (pages.length <= this.shardPages) return pages;
    const keyed = pages.map((page) => ({ page, key: fnv1a(page.pathname) }));
    return keyed.sort((a, b) => a.key - b.key || a.page.pathname.localeCompare(b.page.pathname)).map(({ page }) => page);
  }

  expectPages(count: number) {
    this.pagesToCome = count;
  }

  /**
   * Hands a page to the indexer; resolves once fewer than MAX_WAITING_PAGES wait for it. When the shard is
   * full, it is written and released first, so the indexer never holds more than one shard.
   */
  async addPage(url: string, page: string) {
    const content = indexedHtml(page);
    if (content === undefined) return this.skipPage();
    this.started ||= performance.now();
    // Astro renders several pages at once: the first to find the shard full starts the rotation, the others wait for it.
    while (this.rotating || this.shardPagesAdded === this.shardPages) await (this.rotating ??= this.rotate());
    this.pagesAdded++;
    this.shardPagesAdded++;
    const addition = this.shard
      .then((index) => index.addHTMLFile({ url, content }))
      .then(({ errors }) => void this.errors.push(...errors.map((error) => `${url}: ${error}`)))
      .catch((error: unknown) => void this.errors.push(`${url}: ${String(error)}`))
      .finally(() => this.waiting.delete(addition));
    this.waiting.add(addition);
    this.pageDone();
    while (this.waiting.size >= MAX_WAITING_PAGES) await Promise.race(this.waiting);
  }

  skipPage() {
    this.pageDone();
  }

  /** The index on disk; writing starts as soon as the last page has been added. */
  written() {
    this.writing ??= this.write();
    return this.writing;
  }

  private pageDone() {
    if (--this.pagesToCome === 0) this.written().catch(() => undefined);
  }

  private async rotate() {
    await this.writeShard();
    this.shard = LiveIndex.createShard();
    this.shardPagesAdded = 0;
    this.rotating = undefined;
  }

  /** Writes the current shard, the first to the output folder and each later one to a folder of its own, and releases it. */
  private async writeShard() {
    const index = await this.shard;
    await Promise.all(this.waiting);
    if (this.errors.length) throw new Error(this.errors.join('\n'));
    const number = this.shards.length;
    const folder = number === 0 ? '' : `shard-${number}/`;
    const { errors } = await index.writeFiles({ outputPath: path.join(this.outputPath, folder) });
    if (errors.length) throw new Error(errors.join('\n'));
    this.shards.push({ url: `${PAGEFIND_URL}${folder}`, pages: this.shardPagesAdded });
    await index.deleteIndex();
  }

  private async write() {
    await this.writeShard();
    const list: PagefindShardList = { shards: this.shards };
    await writeFile(path.join(this.outputPath, PAGEFIND_SHARDS_FILE), JSON.stringify(list));
    return { pages: this.pagesAdded, shards: this.shards.length, milliseconds: Math.round(performance.now() - this.started) };
  }
}

/** FNV-1a, 32 bits: a fast hash that spreads similar paths (`/api/CODE_1/`, `/api/CODE_2/`) far apart. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
