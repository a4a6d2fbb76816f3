/**
 * `npm run explain -- <code, payload or message>`: what the input means and what to do. `--file <log>`, `-`,
 * or nothing (standard input) reads a whole log: several codes are listed as the Markdown table the
 * `/lookup/` page copies (each code once, how many lines name it, its first line). The answer is the one
 * `resolveText` gives the lookup page.
 */
import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { buildCodeIndex } from '../src/data/export.ts';
import { siteModelFromRegistry } from '../src/data/from-registry.ts';
import type { ErrorView } from '../src/data/model.ts';
import { knownCodes, resolveText, type CodeRow } from '../src/lib/resolve-code.ts';
import { apiName, triageMarkdown } from '../src/lib/triage-table.ts';
import { formatProblem } from '../src/registry/problems.ts';
import { readRegistry, registryDir } from '../src/registry/read-registry.ts';

const USAGE =
  'npm run explain: give a code, an error payload or a message (npm run explain -- CATALOG_NO_RESULT), a log (npm run explain -- --file app.log), or pipe one in.';

async function readInput(args: readonly string[]): Promise<string> {
  if (args[0] === '--file') {
    if (args.length !== 2) {
      console.error(USAGE);
      process.exit(1);
    }
    try {
      return await readFile(args[1]!, 'utf8');
    } catch (error) {
      console.error(`npm run explain: cannot read ${args[1]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      process.exit(1);
    }
  }
  return args.length === 0 || (args.length === 1 && args[0] === '-') ? readStream(process.stdin) : args.join(' ');
}

const input = await readInput(process.argv.slice(2));
if (!input.trim()) {
  console.error(USAGE);
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
const index = buildCodeIndex(model);
const known = knownCodes(index);
const site = process.env['SITE_URL'] || 'http://localhost:4321';
const byUrl = new Map(model.errors.map((error) => [error.url, error]));

function block(error: ErrorView): string {
  const status = error.httpStatusText === null ? 'no HTTP status' : `HTTP ${error.httpStatusText}`;
  return [
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
  ].join('\n');
}

function undocumentedLines(row: CodeRow): string[] {
  return [
    `${row.code} is not documented here, but it arrived in the envelope of the ${apiName(index, row.apis)} (line ${row.line}).`,
    ...(row.nearest?.length ? [`Nearest codes of that API: ${row.nearest.map((entry) => entry.code).join(', ')}`] : []),
    ...(row.report ? [`Report it: ${row.report}`] : []),
  ];
}

const answer = resolveText(input, index, known);
switch (answer.kind) {
  case 'code':
    if (answer.reading === 'message') console.log('The input matches the message this code is sent with.\n');
    console.log(block(byUrl.get(answer.code.url)!));
    break;
  case 'codes': {
    const documented = answer.rows.filter((row) => row.known).length;
    const lines = answer.rows.reduce((sum, row) => sum + row.count, 0);
    console.log(
      `${answer.rows.length} codes found in the input${documented < answer.rows.length ? `, ${answer.rows.length - documented} of them undocumented` : ''}; ${lines} lines name them.\n`,
    );
    console.log(triageMarkdown(answer.rows, index, site));
    for (const row of answer.rows.filter((candidate) => !candidate.known)) console.log(`\n${undocumentedLines(row).join('\n')}`);
    console.log(`\nDetails of one: npm run explain -- ${answer.rows.find((row) => row.known)?.code ?? answer.rows[0]!.code}`);
    break;
  }
  case 'undocumented':
    console.log(undocumentedLines(answer.row).join('\n'));
    break;
  case 'messages':
    console.log('No code in the input, but it reads like the message these codes are sent with:\n');
    for (const match of answer.matches) {
      console.log(`  ${match.code} (${apiName(index, [match.api])}): "${match.text}"\n    ${new URL(match.known.url, site).href}`);
    }
    break;
  case 'none':
  case 'empty':
    console.error('No documented code found in the input.');
    if (answer.kind === 'none' && answer.near.length) {
      console.error(`Did you mean: ${answer.near.map((entry) => `${entry.code} (${entry.api})`).join(', ')}?`);
    }
    process.exit(1);
}
