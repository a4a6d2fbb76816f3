import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFragments, type PagefindFragment } from '../../scripts/lib/pagefind-fragments.ts';
import { PAGEFIND_URL } from '../../src/lib/urls.ts';
import { ROOT } from '../helpers.ts';
import { releaseSite, sharedSite, type SharedSite } from '../shared-sites.ts';

/**
 * What a code page gives the search index, read from the index the build wrote: the prose that says what the
 * error is and what to do, and not the labels, payloads and source lists the page shows around it (see "What
 * is indexed" in docs/performance.md, which measured each part). Each absence below is one
 * `data-pagefind-ignore` in src/pages/[api]/[code].astro or its components.
 */

/** Registry prose as the page's text has it: backticks mark code and are not shown; line breaks are spaces. */
const asShown = (text: string) => text.replaceAll('`', '').replace(/\s+/g, ' ').trim();

/** Labels and headings every code page repeats; as indexed text they match every page alike. */
const LABELS = [
  'Troubleshooting',
  'Causes',
  'Fix example',
  'For support',
  'Users notice',
  'Developers see',
  'Documented by',
  'Upstream description',
  'Quoted from',
  'Who acts',
  'Words for the customer',
  'Ask the customer for',
  'What to log',
  'Related codes',
  'Illustrative',
  'Written for this page',
];

describe('the search index of a code page', () => {
  let site: SharedSite;
  let fragments: PagefindFragment[];
  let page: PagefindFragment;
  // A page with every part: causes, steps, a fix example, a sample with its request, an upstream description.
  let entry: {
    code: string;
    summary: string;
    description: string;
    causes: Array<{ text: string }>;
    troubleshooting: Array<{ text: string }>;
    fix: { failing: string; corrected: string; change: string };
    support: { customer: string; ask: string[] };
    seen: { user: string; developer: string };
    samples: Array<{ title: string; request: string }>;
    upstream: { description: string };
  };

  beforeAll(async () => {
    site = await sharedSite('project');
    fragments = await readFragments(path.join(site.outDir, PAGEFIND_URL));
    entry = parse(await readFile(path.join(ROOT, 'registry/groove/MISSING_INPUT_PARAMETER.yaml'), 'utf8'));
    page = fragments.find((fragment) => fragment.url === `/groove/${entry.code}/`)!;
  });
  afterAll(() => releaseSite(site));

  test('holds the code, what the error is and what to do', () => {
    expect(page, 'the index has no entry for the page').toBeDefined();
    for (const text of [
      entry.code,
      entry.description,
      ...entry.causes.map((cause) => cause.text),
      ...entry.troubleshooting.map((step) => step.text),
      entry.fix.change,
      entry.support.customer,
      entry.samples[0]!.title,
    ])
      expect(page.content).toContain(asShown(text));
  });

  test('holds the summary, what people see and the API’s own message among the weighted search terms, not again as body text', () => {
    // The terms end in two separators in a row (src/lib/search-terms.ts); the body text follows.
    const [terms = '', body = ''] = page.content.split(' · · ');
    for (const text of [entry.summary, entry.seen.user, entry.seen.developer, entry.upstream.description]) {
      expect(terms).toContain(asShown(text));
      expect(body).not.toContain(asShown(text));
    }
  });

  test('leaves out payloads, requests and what to ask the customer', () => {
    for (const text of [entry.fix.failing, entry.fix.corrected, entry.samples[0]!.request, ...entry.support.ask])
      expect(page.content).not.toContain(asShown(text));
    expect(page.content).not.toMatch(/"ErrorCode"|"Description":/);
  });

  test('leaves out the facts box, the retry advice and the API name, which other pages share', () => {
    for (const text of ['Input validation', 'Retry after fixing the request', 'Groove Service REST API'])
      expect(page.content).not.toContain(text);
  });

  test('keeps the filters and metadata of the parts it leaves out', () => {
    expect(page.filters).toEqual({
      api: ['groove'],
      category: ['Input validation'],
      httpStatus: ['400'],
      retry: ['Retry after fixing the request'],
    });
    expect(page.meta).toMatchObject({ code: entry.code, summary: entry.summary, api: 'Groove Service REST API', httpStatus: '400' });
  });

  test('no code page indexes labels, citation numbers or inferred marks', () => {
    expect(fragments.length).toBeGreaterThan(50);
    for (const fragment of fragments) {
      for (const label of LABELS) expect(fragment.content, `${fragment.url} indexes "${label}"`).not.toContain(label);
      expect(fragment.content, `${fragment.url} indexes a citation number`).not.toMatch(/\bsource \d/);
      expect(fragment.content, `${fragment.url} indexes an inferred mark`).not.toMatch(/\binferred\b/);
    }
  });
});
