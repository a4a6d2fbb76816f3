/**
 * `npm run synth -- --codes N --out DIR [--seed S]`: writes a synthetic registry of N codes that
 * `npm run check` accepts. It refuses to write into a folder that already has files.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MINIMUM_CODES, synthesize } from './lib/synthesize.ts';

const { values } = parseArgs({ options: { codes: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.codes);
if (!values.out || !Number.isInteger(count) || count < MINIMUM_CODES) {
  console.error(`npm run synth: usage: npm run synth -- --codes N --out DIR [--seed S] (N at least ${MINIMUM_CODES})`);
  process.exit(1);
}
const out = path.resolve(values.out);
const existing = await readdir(out).catch(() => []);
if (existing.length) {
  console.error(`npm run synth: ${out} is not empty; nothing was written. Choose a new folder.`);
  process.exit(1);
}
const { files } = synthesize(count, Number(values.seed));
for (const [relative, text] of files) {
  await mkdir(path.dirname(path.join(out, relative)), { recursive: true });
  await writeFile(path.join(out, relative), text);
}
console.log(`${out}: ${count} codes in ${new Set([...files.keys()].map((key) => key.split('/')[0])).size} APIs.`);
