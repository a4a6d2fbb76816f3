import type { AstroIntegration, AstroPrerenderer, PathWithRoute } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_URL } from '../lib/urls.ts';
import { recordBuildFigures } from './build-figures.ts';

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
export default function pagefindIntegration(): AstroIntegration {
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
        live = new LiveIndex(path.join(outDir, PAGEFIND_URL));
        setPrerenderer((astro) => indexingPrerenderer(astro, live!));
      },
      'astro:build:done': async ({ logger }) => {
        const waited = performance.now();
        try {
          if (!live?.pagesAdded) throw new Error('no page reached the indexer: another integration replaced the prerenderer');
          const { pages, milliseconds } = await live.written();
          const waitedMilliseconds = Math.round(performance.now() - waited);
          await recordBuildFigures(cacheDir, 'pagefind', { pages, milliseconds, waitedMilliseconds });
          logger.info(`indexed ${pages} pages in ${milliseconds} ms, waited ${waitedMilliseconds} ms`);
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
      live.expectPages(paths.filter(isPage).length);
      return [...paths.filter(isPage), ...paths.filter((entry) => !isPage(entry))];
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

/** One Pagefind index, fed page by page, written once the last page is in. */
export class LiveIndex {
  private readonly index: Promise<pagefind.PagefindIndex>;
  /** Additions the indexer has not finished; the index is written once the last page is in and these are done. */
  private readonly waiting = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  private pagesToCome = Number.POSITIVE_INFINITY;
  private started = 0;
  private writing: Promise<{ pages: number; milliseconds: number }> | undefined;
  pagesAdded = 0;

  constructor(private readonly outputPath: string) {
    this.index = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
      if (!index) throw new Error(errors.join('\n'));
      return index;
    });
    // A failure surfaces where the build awaits the index; this keeps it from being reported twice.
    this.index.catch(() => undefined);
  }

  expectPages(count: number) {
    this.pagesToCome = count;
  }

  /** Hands a page to the indexer; resolves once fewer than MAX_WAITING_PAGES wait for it. */
  async addPage(url: string, content: string) {
    this.started ||= performance.now();
    this.pagesAdded++;
    const addition = this.index
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

  private async write() {
    const index = await this.index;
    await Promise.all(this.waiting);
    if (this.errors.length) throw new Error(this.errors.join('\n'));
    const { errors } = await index.writeFiles({ outputPath: this.outputPath });
    if (errors.length) throw new Error(errors.join('\n'));
    return { pages: this.pagesAdded, milliseconds: Math.round(performance.now() - this.started) };
  }
}
