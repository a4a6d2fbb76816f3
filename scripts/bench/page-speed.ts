/**
 * The page-speed part of `npm run bench`: Lighthouse 12 (its default: a mid-range phone on a slow 4G network,
 * simulated) on each kind of page of a built site, served as `npm start` serves it (scripts/serve/site-server.ts).
 * Prints, per kind, `lighthouse_<kind>_score` (performance, 0 to 100), `_lcp_ms` (largest contentful paint),
 * `_tbt_ms` (total blocking time) and `_cls` (cumulative layout shift). Each figure is the median of three runs of
 * the page, since Lighthouse's own figures vary from run to run (its simulation starts from the page's observed
 * timings, which another process on the machine can stretch). It builds nothing: it measures the `dist` it is given.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium.ts';
import { apiUrl, errorUrl, guideUrl, HOME_URL, lookupHashUrl, searchUrl } from '../../src/lib/urls.ts';
import { serveSite } from '../serve/site-server.ts';

const RUNS = 3;

/**
 * A 401 body as the Groove API sends it for an expired token (the sample of registry/groove/ACCESS_TOKEN_EXPIRED.yaml):
 * the lookup page resolves it and opens the code's page, so its figures include that second page.
 */
const GROOVE_401_BODY = '{"Error":{"ErrorCode":"ACCESS_TOKEN_EXPIRED","Description":"Expired Azure Marketplace token."}}';

/** One page of each kind, by the name its figures carry. */
export const PAGE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['code', errorUrl('groove', 'ACCESS_TOKEN_EXPIRED')],
  ['home', HOME_URL],
  ['index', apiUrl('groove')],
  ['guide', guideUrl('groove')],
  ['search', searchUrl('token expired')],
  ['lookup', lookupHashUrl(GROOVE_401_BODY)],
  ['404', '/no-such-page/'],
];

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

export async function benchPageSpeed(dist: string): Promise<Array<[string, string]>> {
  const { origin, server } = await serveSite(dist, { host: '127.0.0.1', port: 0 });
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, '--disable-sync'],
  });
  const figures: Array<[string, string]> = [];
  try {
    for (const [kind, path] of PAGE_KINDS) {
      const runs: Run[] = [];
      for (let attempt = 0; runs.length < RUNS; attempt++) {
        const result = await lighthouse(origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          // The 404 page is served with its status, which Lighthouse refuses to measure unless told to.
          ignoreStatusCode: kind === '404',
        });
        const lhr = result?.lhr;
        const audit = (id: string) => lhr?.audits[id]?.numericValue;
        const [score, lcp, tbt, cls] = [
          lhr?.categories['performance']?.score,
          audit('largest-contentful-paint'),
          audit('total-blocking-time'),
          audit('cumulative-layout-shift'),
        ];
        if (score != null && lcp !== undefined && tbt !== undefined && cls !== undefined) {
          runs.push({ score: score * 100, lcp, tbt, cls });
          continue;
        }
        // On a busy machine Lighthouse now and then loses the trace of a load (NO_NAVSTART); another run records it.
        if (attempt >= RUNS + 2)
          throw new Error(`Lighthouse measured no performance figures for ${path}: ${lhr?.runtimeError?.message ?? 'no report'}`);
      }
      figures.push(
        [`lighthouse_${kind}_score`, median(runs.map((run) => run.score)).toFixed(0)],
        [`lighthouse_${kind}_lcp_ms`, median(runs.map((run) => run.lcp)).toFixed(0)],
        [`lighthouse_${kind}_tbt_ms`, median(runs.map((run) => run.tbt)).toFixed(0)],
        [`lighthouse_${kind}_cls`, median(runs.map((run) => run.cls)).toFixed(3)],
      );
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return figures;
}
