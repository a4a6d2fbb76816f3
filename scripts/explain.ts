/**
 * `npm run explain -- <code or pasted payload>` (or `-`, or nothing, to read standard input): prints what
 * the codes in the input mean and what to do, resolved exactly as the `/lookup/` page resolves them.
 */
import { text } from 'node:stream/consumers';
import { buildCodeIndex } from '../src/data/export.ts';
import { describeHttpStatus } from '../src/lib/http-status.ts';
import { findCodes, knownCodes, readCodeSpelling, suggestCodes } from '../src/lib/resolve-code.ts';
import { RETRY_POLICIES } from '../src/lib/retry-policies.ts';
import { readRegistry, registryDir } from '../src/registry/read-registry.ts';

const args = process.argv.slice(2);
const input = args.length === 0 || (args.length === 1 && args[0] === '-') ? await text(process.stdin) : args.join(' ');
if (!input.trim()) {
  console.error('npm run explain: give a code or an error payload, e.g. npm run explain -- CATALOG_NO_RESULT, or pipe one in.');
  process.exit(1);
}

const { registry } = await readRegistry(registryDir());
const index = buildCodeIndex(
  registry.apis.map((api) => ({ id: api.id, name: api.data.name, envelope: api.data.envelope })),
  registry.errors.map((entry) => ({ api: entry.api, code: entry.data.code })),
);
const known = knownCodes(index);
const site = process.env['SITE_URL'] || 'http://localhost:4321';
// The codes the input names (top-level code of a partial-failure body first), or the one code the whole
// input spells another way (`catalog no result`, `CATALOG-NO-RESULT`); a typo is only ever suggested.
const found = findCodes(input, known, index);
const spelled = found.length ? undefined : readCodeSpelling(input, known, index);
const matches = found.length ? found : spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling') ? spelled.codes : [];

if (!matches.length) {
  const near = spelled?.codes ?? suggestCodes(input, known);
  console.error('No documented code found in the input.');
  if (near.length) console.error(`Did you mean: ${near.map((entry) => `${entry.code} (${entry.api})`).join(', ')}?`);
  process.exit(1);
}

const blocks = matches.map((match) => {
  const entry = registry.errors.find((candidate) => candidate.api === match.api && candidate.data.code === match.code)!;
  const api = registry.apis.find((candidate) => candidate.id === match.api)!;
  const { data } = entry;
  const category = api.data.categories.find((candidate) => candidate.id === data.category)?.name ?? data.category;
  const status = data.httpStatus === null ? 'no HTTP status' : `HTTP ${describeHttpStatus(data.httpStatus)}`;
  const lines = [
    `${data.code} · ${api.data.name} · ${category} · ${status} · ${RETRY_POLICIES[data.retry].label}`,
    ...(data.status === 'active' ? [] : [`${data.status.toUpperCase()}: ${data.lifecycle?.reason ?? ''}`]),
    data.summary,
    '',
    'Causes',
    ...data.causes.map((cause) => `  - ${cause}`),
    '',
    'What to do',
    ...data.troubleshooting.map((step, index) => `  ${index + 1}. ${step}`),
    '',
    new URL(match.url, site).href,
  ];
  return lines.join('\n');
});

if (matches.length > 1) console.log(`${matches.length} codes found in the input.\n`);
console.log(blocks.join('\n\n────────\n\n'));
