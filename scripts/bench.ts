/**
 * `npm run bench -- [--codes N[,N…]] [--seed S] [--rounds R] [--only scale|search|speed]`: prints one `name value`
 * line per figure. Targets live here, not in tests.
 *
 * Scale: synthesizes a registry of N codes (default 1000) and adds the project's own APIs to it, builds it
 * from a cold cache beside the floor (scripts/bench/floor.ts) R times, interleaved, builds it again after
 * changing one code file, and prints medians, and the project's CPU, wall time and peak memory as ratios to
 * the floor's in the same run. Given several sizes (`--codes 5000,50000`), it does this for each and then
 * prints how CPU per code and peak memory grow (`growth_*`); at the largest size it also takes the search
 * figures below among the synthetic codes (`scale_search_*`), with the index in shards.
 * Targets: CPU per code at 50,000 codes at most 2 times the floor's, and peak memory under 4 GB over the whole
 * process tree; the search figures at that size as good as on the project's registry alone; a rebuild after
 * one changed file parses one file; and at most 12,000 B gzip of HTML, CSS and JS for a code page before
 * search (scripts/lib/page-weight.ts).
 *
 * Search: builds the project's own registry and weighs every one of its code pages against the same budget
 * (the heaviest, its name, the median: real pages carry more text than synthetic ones), then measures its
 * search in Chromium (scripts/bench/): every code first for its exact and lower-case spelling, top-3 at least
 * 95 % on tests/fixtures/search-phrases.tsv (and, apart, on the held-out and realistic sets), first results
 * within 150 ms of the first keystroke, a 1 MB paste resolved in under 200 ms; and `npm run explain` on 10 MB
 * in under 1 s.
 * Then page speed on that build (scripts/bench/page-speed.ts): Lighthouse's performance score, largest
 * contentful paint, total blocking time and layout shift on a code page, the home page, an API index, a guide,
 * `/search/?q=…`, the lookup page given a 401 body, and the 404 page, the median of three runs each. Targets:
 * on the search page a score of at least 95 and largest paint within 2 s; code pages at 100; layout shift 0 on
 * every kind; a 1 MB selection from the bookmarklet on its code page within 1 s.
 *
 * Speed (`--only speed`): only the page-speed figures, on the build already in `dist/` (`npm run build` first).
 */
import { cp, mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize } from './lib/synthesize.ts';
import { CODE_PAGE_BUDGET_BYTES, codePageWeights, pageWeight } from './lib/page-weight.ts';
import { measure, type Measured } from './bench/measure.ts';
import { astroArgs, removeScratchProject, ROOT, scratchProject } from './lib/scratch-project.ts';
import { errorUrl, EXPORT_URL } from '../src/lib/urls.ts';
import { registryDir } from '../src/registry/paths.ts';
import { buildFiguresPath, readBuildFigures, type BuildFigures } from '../src/integrations/build-figures.ts';
import { benchExplain } from './bench/explain-speed.ts';
import { benchSearch } from './bench/search-quality.ts';
import { indexSize } from './bench/index-size.ts';
import { benchPageSpeed } from './bench/page-speed.ts';

const { values } = parseArgs({
  options: {
    codes: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
// `--codes 1000,5000,50000` measures each size in turn and then prints how cost grows with the registry.
const counts = values.codes.split(',').map(Number);
if (!counts.every((count) => Number.isInteger(count) && count > 0))
  throw new Error(`--codes takes a number of codes or a comma-separated list of them, not "${values.codes}"`);
const rounds = Math.max(1, Number(values.rounds));
const work = await mkdtemp(path.join(tmpdir(), 'error-reference-bench-'));
const projects: string[] = [];

try {
  if (values.only === 'speed') {
    for (const [name, value] of await benchPageSpeed(path.join(ROOT, 'dist'))) console.log(`${name} ${value}`);
  } else if (values.only !== 'search') {
    const sizes: SizeFigures[] = [];
    for (const count of counts)
      sizes.push(await benchScale(count, { searchQuality: count === Math.max(...counts), indexApart: count === Math.min(...counts) }));
    if (sizes.length > 1) printGrowth(sizes);
  }
  if (values.only !== 'scale' && values.only !== 'speed') {
    // The project's own registry, built in a scratch project as `npm run build` builds it, for the search figures.
    const project = await scratchProject();
    projects.push(project);
    await measure([process.execPath, ...astroArgs('build', project)], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    const dist = path.join(project, 'dist');
    for (const [name, value] of [...(await realCodePages(dist)), ...(await benchSearch(dist, ROOT)), ...(await benchExplain(ROOT, work))])
      console.log(`${name} ${value}`);
    for (const [name, value] of await benchPageSpeed(dist)) console.log(`${name} ${value}`);
  }
} finally {
  await Promise.all([rm(work, { recursive: true, force: true }), ...projects.map(removeScratchProject)]);
}

/** What one size of the scale bench reports to the growth lines. */
interface SizeFigures {
  count: number;
  cpu: number;
  rss: number;
  floorCpu: number;
}

/**
 * One line per figure, one value per size: CPU per code should stay flat as the registry grows (the
 * target: no worse at 50,000 codes than at 5000), and peak memory under 4 GB at the largest.
 */
function printGrowth(sizes: readonly SizeFigures[]) {
  const row = (name: string, figure: (size: (typeof sizes)[number]) => string) => console.log(`${name} ${sizes.map(figure).join(' ')}`);
  row('growth_codes', (size) => String(size.count));
  row('growth_cpu_seconds', (size) => size.cpu.toFixed(2));
  row('growth_cpu_ms_per_code', (size) => ((size.cpu * 1000) / size.count).toFixed(2));
  row('growth_floor_cpu_ms_per_code', (size) => ((size.floorCpu * 1000) / size.count).toFixed(2));
  row('growth_cpu_ratio_to_floor', (size) => (size.cpu / size.floorCpu).toFixed(2));
  row('growth_peak_rss_mb', (size) => size.rss.toFixed(0));
  const [first, last] = [sizes[0]!, sizes.at(-1)!];
  console.log(`growth_cpu_per_code_ratio_last_to_first ${(last.cpu / last.count / (first.cpu / first.count)).toFixed(2)}`);
}

/**
 * One size: `count` synthetic codes beside the project's own registry, whose codes the phrase sets name, so
 * that at the largest size (`searchQuality`) the same search figures as the search part are taken among
 * all the others, with the index in as many shards as that size needs.
 */
async function benchScale(
  count: number,
  { searchQuality, indexApart }: { searchQuality: boolean; indexApart: boolean },
): Promise<SizeFigures> {
  const registry = path.join(work, `registry-${count}`);
  const synthesized = synthesize(count, Number(values.seed));
  const env = { ...process.env, REGISTRY_DIR: registry, NO_COLOR: '1' };
  for (const [relative, text] of synthesized.files) {
    await mkdir(path.dirname(path.join(registry, relative)), { recursive: true });
    await writeFile(path.join(registry, relative), text);
  }
  // The API folders only: the registry's list of published URLs would name none of the synthetic codes.
  for (const api of await readdir(registryDir(), { withFileTypes: true }))
    if (api.isDirectory() && !api.name.startsWith('_'))
      await cp(path.join(registryDir(), api.name), path.join(registry, api.name), { recursive: true });

  // Each round builds the project in a scratch project of its own (a cold cache: no content store, no Vite
  // cache) and then the floor (scripts/bench/floor.ts), interleaved so that both see the same machine. At the
  // smallest size, Pagefind alone then indexes the code pages of each output again (scripts/bench/index-pages.ts):
  // the build indexes while it renders, so its indexing cost shows only here, beside the floor's on the same
  // pages (`index_*`, `floor_index_*`: CPU, peak memory, and the pages, words and bytes each index holds). At
  // 50,000 codes one index of either would need gigabytes and minutes that the ratio does not need.
  const apis = (await readdir(registry, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name);
  const builds: Measured[] = [];
  const floors: Measured[] = [];
  const indexings: Measured[] = [];
  const floorIndexings: Measured[] = [];
  const scratch: string[] = [];
  const indexPages = (site: string, name: string) => {
    const out = path.join(work, name);
    scratch.push(out);
    return measure([process.execPath, 'scripts/bench/index-pages.ts', site, out, ...apis], { cwd: ROOT, env });
  };
  for (let round = 0; round < rounds; round++) {
    const project = await scratchProject();
    projects.push(project);
    const floorOut = path.join(work, `floor-${count}-${round}`);
    scratch.push(floorOut);
    builds.push(await measure([process.execPath, ...astroArgs('build', project)], { cwd: ROOT, env }));
    floors.push(await measure([process.execPath, 'scripts/bench/floor.ts', registry, floorOut], { cwd: ROOT, env }));
    if (indexApart) {
      indexings.push(await indexPages(path.join(project, 'dist'), `index-${count}-${round}`));
      floorIndexings.push(await indexPages(floorOut, `floor-index-${count}-${round}`));
    }
  }
  const project = projects.at(-1)!;
  const dist = path.join(project, 'dist');
  const median = (runs: Measured[], figure: (run: Measured) => number) => {
    const sorted = runs.map(figure).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  const build = {
    wall: median(builds, (run) => run.wall),
    cpu: median(builds, (run) => run.cpu),
    rss: median(builds, (run) => run.peakRssMb),
  };
  const floor = {
    wall: median(floors, (run) => run.wall),
    cpu: median(floors, (run) => run.cpu),
    rss: median(floors, (run) => run.peakRssMb),
  };
  const apart = indexApart ? await indexingFigures() : [];

  /** Indexing alone, the project's code pages against the floor's pages of the same registry. */
  async function indexingFigures(): Promise<Array<[string, string | number]>> {
    const indexing = {
      wall: median(indexings, (run) => run.wall),
      cpu: median(indexings, (run) => run.cpu),
      rss: median(indexings, (run) => run.peakRssMb),
    };
    const floorIndexing = { cpu: median(floorIndexings, (run) => run.cpu), rss: median(floorIndexings, (run) => run.peakRssMb) };
    // What the last round's indexes hold: the same pages every round.
    const [indexed, floorIndexed] = await Promise.all([
      indexSize(path.join(work, `index-${count}-${rounds - 1}`)),
      indexSize(path.join(work, `floor-index-${count}-${rounds - 1}`)),
    ]);
    return [
      ['index_seconds', indexing.wall.toFixed(2)],
      ['index_cpu_seconds', indexing.cpu.toFixed(2)],
      ['index_peak_rss_mb', indexing.rss.toFixed(0)],
      ['floor_index_cpu_seconds', floorIndexing.cpu.toFixed(2)],
      ['floor_index_peak_rss_mb', floorIndexing.rss.toFixed(0)],
      ['index_cpu_ratio_to_floor', (indexing.cpu / floorIndexing.cpu).toFixed(2)],
      ['index_pages', indexed.pages],
      ['index_words', indexed.words],
      ['index_words_per_page', (indexed.words / indexed.pages).toFixed(0)],
      ['index_bytes', indexed.bytes],
      ['floor_index_pages', floorIndexed.pages],
      ['floor_index_words', floorIndexed.words],
      ['floor_index_words_per_page', (floorIndexed.words / floorIndexed.pages).toFixed(0)],
      ['floor_index_bytes', floorIndexed.bytes],
      ['index_words_ratio_to_floor', (indexed.words / floorIndexed.words).toFixed(2)],
    ];
  }
  const cold = await figuresOf(project);
  const search = searchQuality ? await searchAmongSynthetic(dist, synthesized.files.keys()) : [];

  // A rebuild after one code file changed, with the caches the last build left: the registry loader
  // parses only that file again.
  const changed = path.join(
    registry,
    [...synthesized.files.keys()].find((relative) => !relative.endsWith('_api.yaml'))!,
  );
  await writeFile(changed, (await readFile(changed, 'utf8')) + '# edited for the rebuild figure\n');
  const warm = await measure([process.execPath, ...astroArgs('build', project)], { cwd: ROOT, env });
  const rebuilt = await figuresOf(project);

  const files = await walk(dist);
  const pages = files.filter((file) => file.endsWith('index.html')).length;
  const bytes = async (list: string[]) => (await Promise.all(list.map((file) => stat(file)))).reduce((sum, info) => sum + info.size, 0);

  // One code page, and what it loads before anyone searches: its stylesheets and scripts.
  const api = (await readdir(registry)).sort()[0]!;
  const code = (await readdir(path.join(registry, api)))
    .filter((name) => name !== '_api.yaml')
    .sort()[0]!
    .replace(/\.yaml$/, '');
  const page = await pageWeight(dist, errorUrl(api, code));

  const figures: Array<[string, string | number]> = [
    ['codes', count],
    ['rounds', rounds],
    ['build_seconds', build.wall.toFixed(2)],
    // Pagefind indexes alongside rendering (src/integrations/pagefind.ts): its own time overlaps Astro's, and
    // only the wait for it after the last route counts against the build on top of Astro's.
    ['astro_seconds', (build.wall - cold.pagefind.waitedMilliseconds / 1000).toFixed(2)],
    ['pagefind_seconds', (cold.pagefind.milliseconds / 1000).toFixed(2)],
    ['pagefind_wait_seconds', (cold.pagefind.waitedMilliseconds / 1000).toFixed(2)],
    ['pagefind_shards', cold.pagefind.shards],
    ['cpu_seconds', build.cpu.toFixed(2)],
    ['cpu_ms_per_code', ((build.cpu * 1000) / count).toFixed(2)],
    ['peak_rss_mb', build.rss.toFixed(0)],
    ['floor_seconds', floor.wall.toFixed(2)],
    ['floor_cpu_seconds', floor.cpu.toFixed(2)],
    ['floor_peak_rss_mb', floor.rss.toFixed(0)],
    ['cpu_ratio_to_floor', (build.cpu / floor.cpu).toFixed(2)],
    ['wall_ratio_to_floor', (build.wall / floor.wall).toFixed(2)],
    ['rss_ratio_to_floor', (build.rss / floor.rss).toFixed(2)],
    ['registry_read_ms', cold.registry.milliseconds],
    ['rebuild_seconds', warm.wall.toFixed(2)],
    ['rebuild_cpu_seconds', warm.cpu.toFixed(2)],
    ['rebuild_files_parsed', rebuilt.registry.parsed],
    ['rebuild_registry_read_ms', rebuilt.registry.milliseconds],
    ['pages', pages],
    ['dist_bytes', await bytes(files)],
    ['pagefind_bytes', await bytes(files.filter((file) => file.startsWith(path.join(dist, 'pagefind'))))],
    ['code_page_html_bytes', page.raw.html],
    ['code_page_html_gzip_bytes', page.gzip.html],
    ['code_page_css_bytes', page.raw.css],
    ['code_page_css_gzip_bytes', page.gzip.css],
    ['code_page_js_bytes', page.raw.js],
    ['code_page_js_gzip_bytes', page.gzip.js],
    ['code_page_total_gzip_bytes', page.gzip.total],
  ];
  for (const [name, value] of [...figures, ...apart, ...search]) console.log(`${name} ${value}`);
  // A 50,000-code build leaves gigabytes behind; the next size needs none of it.
  await Promise.all([
    ...projects.splice(0).map(removeScratchProject),
    ...scratch.map((folder) => rm(folder, { recursive: true, force: true })),
  ]);
  return { count, cpu: build.cpu, rss: build.rss, floorCpu: floor.cpu };
}

/**
 * The search figures on a scale build: every code of the project's own registry and 100 synthetic ones first
 * for their spelling, and the phrase sets, which name only the project's codes, against all the synthetic
 * codes around them.
 */
async function searchAmongSynthetic(dist: string, synthetic: Iterable<string>) {
  const { errors } = JSON.parse(await readFile(path.join(dist, EXPORT_URL), 'utf8')) as { errors: Array<{ api: string; code: string }> };
  const syntheticFiles = new Set(synthetic);
  const isSynthetic = ({ api, code }: { api: string; code: string }) => syntheticFiles.has(`${api}/${code}.yaml`);
  const sampled = errors.filter(isSynthetic).filter((_, index, all) => index % Math.ceil(all.length / 100) === 0);
  const exactCodes = [...errors.filter((error) => !isSynthetic(error)), ...sampled].map(({ code }) => code);
  return benchSearch(dist, ROOT, { prefix: 'scale_search', exactCodes, qualityOnly: true });
}

/** The project's own code pages against the budget: the heaviest, by name, and the median. */
async function realCodePages(dist: string): Promise<Array<[string, string | number]>> {
  const weights = await codePageWeights(dist);
  const heaviest = weights[0]!;
  return [
    ['code_page_real_pages', weights.length],
    ['code_page_real_max_gzip_bytes', heaviest.gzip.total],
    ['code_page_real_max_page', heaviest.page],
    ['code_page_real_max_html_gzip_bytes', heaviest.gzip.html],
    ['code_page_real_max_css_gzip_bytes', heaviest.gzip.css],
    ['code_page_real_max_js_gzip_bytes', heaviest.gzip.js],
    ['code_page_real_median_gzip_bytes', weights[Math.floor(weights.length / 2)]!.gzip.total],
    ['code_page_real_over_budget', weights.filter((weight) => weight.gzip.total > CODE_PAGE_BUDGET_BYTES).length],
  ];
}

/** The figures the last build of `project` wrote (src/integrations/build-figures.ts); a build that wrote none fails the bench. */
async function figuresOf(project: string): Promise<Required<BuildFigures>> {
  const file = buildFiguresPath(project);
  const { registry, pagefind } = await readBuildFigures(file);
  if (!registry || !pagefind) throw new Error(`${file} lacks the registry or the pagefind figures; did the build run its integrations?`);
  return { registry, pagefind };
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}
