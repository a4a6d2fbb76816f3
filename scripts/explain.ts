/**
 * `npm run explain -- <code or pasted payload>` (or `-`, or nothing, to read standard input): prints what
 * the codes in the input mean and what to do, resolved exactly as the `/lookup/` page resolves them.
 */
import { text } from 'node:stream/consumers';
import { buildCodeIndex } from '../src/data/export.ts';
import { siteModelFromRegistry } from '../src/data/from-registry.ts';
import { knownCodes, nearestToTokens, readCodeSpelling, readText } from '../src/lib/resolve-code.ts';
import { formatProblem } from '../src/registry/problems.ts';
import { readRegistry, registryDir } from '../src/registry/read-registry.ts';

const args = process.argv.slice(2);
const input = args.length === 0 || (args.length === 1 && args[0] === '-') ? await text(process.stdin) : args.join(' ');
if (!input.trim()) {
  console.error('npm run explain: give a code or an error payload, e.g. npm run explain -- CATALOG_NO_RESULT, or pipe one in.');
  process.exit(1);
}

const { registry, problems } = await readRegistry(registryDir());
if (problems.length) {
  // An answer from a registry with problems could name a code or a step that is about to change.
  console.error(problems.map(formatProblem).join('\n'));
  console.error(
    `\nnpm run explain: the registry has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them (npm run check) first.`,
  );
  process.exit(2);
}
const model = siteModelFromRegistry(registry);
const index = buildCodeIndex(
  model.apis,
  model.errors.map((error) => ({ api: error.api.id, code: error.code })),
);
const known = knownCodes(index);
const site = process.env['SITE_URL'] || 'http://localhost:4321';
// The codes the input names (top-level code of a partial-failure body first), or the one code the whole
// input spells another way (`catalog no result`, `CATALOG-NO-RESULT`); a typo is only ever suggested.
const read = readText(input, known, index);
const found = read.codes;
const spelled = found.length ? undefined : readCodeSpelling(input, known, index);
const matches = found.length ? found : spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling') ? spelled.codes : [];

if (!matches.length) {
  const near = spelled?.codes ?? nearestToTokens(read.unknownTokens, known);
  console.error('No documented code found in the input.');
  if (near.length) console.error(`Did you mean: ${near.map((entry) => `${entry.code} (${entry.api})`).join(', ')}?`);
  process.exit(1);
}

const blocks = matches.map((match) => {
  const error = model.errors.find((candidate) => candidate.url === match.url)!;
  const status = error.httpStatusText === null ? 'no HTTP status' : `HTTP ${error.httpStatusText}`;
  const lines = [
    `${error.code} · ${error.api.name} · ${error.category.name} · ${status} · ${error.retry.label}`,
    ...(error.lifecycle ? [`${error.status.toUpperCase()}: ${error.lifecycle.reason}`] : []),
    error.summary,
    '',
    'Causes',
    ...error.causes.map((cause) => `  - ${cause.text}${cause.basis.kind === 'inferred' ? ' (inferred)' : ''}`),
    '',
    'What to do',
    ...error.troubleshooting.map((step, index) => `  ${index + 1}. ${step.text}${step.basis.kind === 'inferred' ? ' (inferred)' : ''}`),
    '',
    new URL(error.url, site).href,
  ];
  return lines.join('\n');
});

if (matches.length > 1) console.log(`${matches.length} codes found in the input.\n`);
console.log(blocks.join('\n\n────────\n\n'));
