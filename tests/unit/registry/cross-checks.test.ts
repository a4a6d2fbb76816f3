import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { crossCheck, RELATED_GROUP_LIMIT } from '../../../src/registry/cross-checks.ts';
import { formatProblem } from '../../../src/registry/problems.ts';
import { readRegistry } from '../../../src/registry/read-registry.ts';
import { fixture, problemLines } from '../../helpers.ts';

describe('crossCheck', () => {
  test('refuses a code that differs from its file name', async () => {
    expect(await problemLines('broken-code-mismatch')).toEqual([
      'tests/fixtures/broken-code-mismatch/shop/ORDER_NOT_FOUND.yaml:1: code: "ORDER_MISSING" does not match the file name ORDER_NOT_FOUND.yaml — the code exactly as the file is named ("ORDER_NOT_FOUND"), or rename the file to ORDER_MISSING.yaml',
      `tests/fixtures/broken-code-mismatch/shop/ORDER_NOT_FOUND.yaml:26: samples[0].response.body.Error.ErrorCode: the sample names "ORDER_NOT_FOUND", not this file's code — "ORDER_MISSING": a sample shows the error this file documents`,
    ]);
  });

  test("refuses a sample that names another code, at the line of the sample's code", async () => {
    expect(await problemLines('broken-sample-wrong-code')).toEqual([
      `tests/fixtures/broken-sample-wrong-code/shop/ORDER_NOT_FOUND.yaml:26: samples[0].response.body.Error.ErrorCode: the sample names "SERVER_BUSY", not this file's code — "ORDER_NOT_FOUND": a sample shows the error this file documents`,
    ]);
  });

  test("refuses a sample response that does not have the API's envelope shape", async () => {
    expect(await problemLines('broken-sample-envelope')).toEqual([
      'tests/fixtures/broken-sample-envelope/shop/ORDER_NOT_FOUND.yaml:24: samples[0].response.headers: unknown field — remove the field or correct its name; the fields allowed here are status, body (the envelope declared in tests/fixtures/broken-sample-envelope/shop/_api.yaml)',
      'tests/fixtures/broken-sample-envelope/shop/ORDER_NOT_FOUND.yaml:26: samples[0].response.body.Error.Description: missing — Error.Description as text, as envelope.fields declares it in tests/fixtures/broken-sample-envelope/shop/_api.yaml',
    ]);
  });

  test("refuses a sample sent with another status than the code's default unless statusNote explains it", async () => {
    expect(await problemLines('broken-sample-status')).toEqual([
      "tests/fixtures/broken-sample-status/shop/ORDER_NOT_FOUND.yaml:23: samples[0].response.status: 410 differs from the code's default HTTP status 404 and no statusNote says why — 404, or add statusNote to the sample explaining when the API sends 410",
    ]);
    const { problems } = await readRegistry(fixture('valid'));
    expect(problems).toEqual([]);
  });

  test('refuses a sample that does not say where it comes from', async () => {
    expect(await problemLines('broken-sample-provenance')).toEqual([
      'tests/fixtures/broken-sample-provenance/shop/ORDER_NOT_FOUND.yaml:18: samples[0].provenance: missing — one of upstream, illustrative: upstream when copied from a cited source, illustrative when written for the page',
    ]);
  });

  test('refuses an upstream sample without a listed source, and an illustrative one that names a source', async () => {
    const api = 'tests/fixtures/broken-sample-source/shop/_api.yaml';
    expect(await problemLines('broken-sample-source')).toEqual([
      `tests/fixtures/broken-sample-source/shop/ORDER_NOT_FOUND.yaml:28: samples[0].provenance: an upstream sample without a source — source: the id of the source it is copied from, one of reference in ${api}; or provenance: illustrative`,
      `tests/fixtures/broken-sample-source/shop/ORDER_NOT_FOUND.yaml:37: samples[1].source: no source "handbook" in ${api} — one of reference, or add the source to ${api}`,
      'tests/fixtures/broken-sample-source/shop/ORDER_NOT_FOUND.yaml:46: samples[2].source: an illustrative sample has source — remove source, or set provenance to upstream if the sample is copied from a source',
      'tests/fixtures/broken-sample-source/shop/ORDER_NOT_FOUND.yaml:47: samples[2].copies: an illustrative sample has copies — remove copies, or set provenance to upstream if the sample is copied from a source',
      `tests/fixtures/broken-sample-source/shop/ORDER_NOT_FOUND.yaml:48: samples[2].requestSource: no source "wiki" in ${api} — one of reference, or add the source to ${api}`,
    ]);
  });

  test("refuses a documented code without its owner's description or with a client's source first, and an observed code that quotes one", async () => {
    const api = 'tests/fixtures/broken-upstream/shop/_api.yaml';
    expect(await problemLines('broken-upstream')).toEqual([
      'tests/fixtures/broken-upstream/shop/ORDER_NOT_FOUND.yaml:32: upstream.kind: a documented code without the description its owner gives — upstream.description: the text exactly as the first source writes it',
      'tests/fixtures/broken-upstream/shop/ORDER_NOT_FOUND.yaml:34: upstream.sources[0]: "forum" was written by a client, not by the API\'s owner — list first a source the owner wrote (author: owner), or set kind to observed',
      `tests/fixtures/broken-upstream/shop/ORDER_NOT_FOUND.yaml:35: upstream.sources[1]: no source "handbook" in ${api} — one of forum, reference, or add the source to ${api}`,
      "tests/fixtures/broken-upstream/shop/SERVER_BUSY.yaml:33: upstream.description: an observed code quotes an owner's description — remove description: an observed code is shown by clients, and its page says the owner does not document it",
    ]);
  });

  test('refuses an HTTP status on a code without a default one unless statusNote names the transport', async () => {
    expect(await problemLines('broken-sample-http-status')).toEqual([
      'tests/fixtures/broken-sample-http-status/relay/ERR_BUSY.yaml:22: samples[0].response.status: an HTTP status 409, but the code has no default HTTP status and no statusNote says which transport sends it — add statusNote to the sample saying which endpoint answers with 409, citing where that is shown',
    ]);
  });

  test('refuses a related code that does not exist or is the code itself', async () => {
    expect(await problemLines('broken-related-unknown')).toEqual([
      'tests/fixtures/broken-related-unknown/shop/ORDER_NOT_FOUND.yaml:31: related[1].code: no code "ORDER_MISSING" in this API — a code that has a file in the same folder; ORDER_MISSING.yaml does not exist',
      'tests/fixtures/broken-related-unknown/shop/ORDER_NOT_FOUND.yaml:32: related[2].code: a code cannot be related to itself — another code of the same API, or remove the entry',
    ]);
  });

  test('refuses a category that the API does not list, naming the ones it does', async () => {
    expect(await problemLines('broken-unknown-category')).toEqual([
      'tests/fixtures/broken-unknown-category/shop/ORDER_NOT_FOUND.yaml:2: category: unknown category "billing" — one of the categories in tests/fixtures/broken-unknown-category/shop/_api.yaml: orders, server',
    ]);
  });

  test("refuses a code that breaks the API's code format", async () => {
    expect(await problemLines('broken-code-format')).toEqual([
      'tests/fixtures/broken-code-format/shop/Order-Not-Found.yaml:1: code: "Order-Not-Found" breaks the code format of Shop REST API — a code matching ^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$, as set by codePattern in tests/fixtures/broken-code-format/shop/_api.yaml',
    ]);
  });

  test("requires an HTTP status exactly when the API's transport has one", async () => {
    expect(await problemLines('broken-http-status-transport')).toEqual([
      'tests/fixtures/broken-http-status-transport/relay/ERR_TIMEOUT.yaml:3: httpStatus: 504, but Relay Command API reports errors in a command response with no HTTP status — null (transport.kind in tests/fixtures/broken-http-status-transport/relay/_api.yaml is command-response)',
      "tests/fixtures/broken-http-status-transport/shop/ORDER_NOT_FOUND.yaml:3: httpStatus: null, but Shop REST API sends every error with an HTTP status — the code's default HTTP status as an integer, such as 400 or 404",
    ]);
  });

  test('refuses, from files, two codes that differ only in letter case', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'duplicate-')), 'registry');
    await cp(fixture('broken-duplicate-code'), dir, { recursive: true, filter: (source) => !source.endsWith('README.md') });
    const original = await readFile(path.join(dir, 'shop', 'ORDER_NOT_FOUND.yaml'), 'utf8');
    await writeFile(path.join(dir, 'shop', 'order_not_found.yaml'), original.replaceAll('ORDER_NOT_FOUND', 'order_not_found'));
    const { problems } = await readRegistry(dir);
    expect(problems.map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.field}: ${problem.message}`)).toEqual([
      `ORDER_NOT_FOUND.yaml:1: code: "ORDER_NOT_FOUND" duplicates "order_not_found" in ${dir}/shop/order_not_found.yaml (codes differing only in letter case share a URL)`,
    ]);
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  test('refuses two codes of one API that differ only in letter case, since they would share a URL', async () => {
    const { registry } = await readRegistry(fixture('valid'));
    const original = registry.errors.find((error) => error.data.code === 'ORDER_NOT_FOUND')!;
    const twin = {
      ...original,
      file: 'registry/shop/order_not_found.yaml',
      registryPath: 'shop/order_not_found.yaml',
      data: { ...original.data, code: 'order_not_found' },
      where: { file: 'registry/shop/order_not_found.yaml', lineOf: () => 1 },
    };
    const problems = crossCheck({ ...registry, errors: [...registry.errors, twin] }).map(formatProblem);
    expect(problems).toContain(
      'registry/shop/order_not_found.yaml:1: code: "order_not_found" duplicates "ORDER_NOT_FOUND" in tests/fixtures/valid/shop/ORDER_NOT_FOUND.yaml (codes differing only in letter case share a URL) — one file per code: merge the two files or remove one',
    );
  });

  test('refuses a category id listed twice in one API', async () => {
    expect(await problemLines('broken-duplicate-category')).toEqual([
      'tests/fixtures/broken-duplicate-category/shop/_api.yaml:8: categories[1].id: the category id "orders" is listed twice — a distinct id for every category',
    ]);
  });

  test('requires a lifecycle note exactly for deprecated and retired codes', async () => {
    expect(await problemLines('broken-lifecycle-missing')).toEqual([
      'tests/fixtures/broken-lifecycle-missing/shop/ORDER_NOT_FOUND.yaml:4: status: a deprecated code without a lifecycle note — add lifecycle with a reason (and a successor if one replaces it)',
    ]);
    expect(await problemLines('broken-lifecycle-on-active')).toEqual([
      'tests/fixtures/broken-lifecycle-on-active/shop/ORDER_NOT_FOUND.yaml:5: lifecycle: an active code has a lifecycle note — remove lifecycle, or set status to deprecated or retired',
    ]);
  });

  test('refuses a successor that does not exist, and a rename that is not a retirement', async () => {
    expect(await problemLines('broken-lifecycle-successor')).toEqual([
      'tests/fixtures/broken-lifecycle-successor/shop/ORDER_NOT_FOUND.yaml:7: lifecycle.successor: no code "ORDER_MISSING" in this API — a code that has a file in the same folder; ORDER_MISSING.yaml does not exist',
      'tests/fixtures/broken-lifecycle-successor/shop/ORDER_NOT_FOUND.yaml:8: lifecycle.renamed: renamed, but the code is not retired with a successor — status: retired and lifecycle.successor set to the new code, or remove renamed',
    ]);
  });

  test('accepts codes at every stage of their life', async () => {
    expect(await problemLines('lifecycle')).toEqual([]);
  });

  test('refuses text that npm run new left for the author to replace', async () => {
    expect(await problemLines('broken-scaffold-text')).toEqual([
      'tests/fixtures/broken-scaffold-text/shop/ORDER_NOT_FOUND.yaml:5: summary: still holds the text `npm run new` put there — write it in your own words and remove "TODO:"',
      'tests/fixtures/broken-scaffold-text/shop/ORDER_NOT_FOUND.yaml:14: troubleshooting[0].text: still holds the text `npm run new` put there — write it in your own words and remove "TODO:"',
    ]);
  });

  test('refuses who acts when it does not fit the retry advice', async () => {
    expect(await problemLines('broken-support-actor')).toEqual([
      'tests/fixtures/broken-support-actor/shop/ORDER_NOT_FOUND.yaml:38: support.actor: end-user does not fit retry: retry-after-fix — app-developer, who can act on a retry-after-fix code; or change retry if the advice is wrong',
    ]);
  });

  test('requires codes with the same category and HTTP status to be related, both ways', async () => {
    const hint = (code: string) =>
      `add { code: ${code}, difference: how a client tells the two apart }; a reader confuses codes that share both`;
    expect(await problemLines('broken-related-missing')).toEqual([
      `tests/fixtures/broken-related-missing/shop/ORDER_GONE.yaml:29: related: ORDER_NOT_FOUND has the same category (orders) and HTTP status (404) but is not listed — ${hint('ORDER_NOT_FOUND')}`,
      `tests/fixtures/broken-related-missing/shop/ORDER_NOT_FOUND.yaml:29: related: ORDER_GONE has the same category (orders) and HTTP status (404) but is not listed — ${hint('ORDER_GONE')}`,
    ]);
  });

  test('asks a group sharing category and status to relate only while it is small enough to read as a list', async () => {
    const { registry } = await readRegistry(fixture('valid'));
    const original = registry.errors.find((error) => error.data.code === 'ORDER_NOT_FOUND')!;
    const twins = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        ...original,
        file: `registry/shop/ORDER_GONE_${index}.yaml`,
        data: { ...original.data, code: `ORDER_GONE_${index}`, related: [] },
        where: { file: `registry/shop/ORDER_GONE_${index}.yaml`, lineOf: () => 1 },
      }));
    const unrelated = (count: number) =>
      crossCheck({ ...registry, errors: [...registry.errors, ...twins(count)] }).filter((problem) =>
        problem.message.includes('has the same category'),
      ).length;
    // ORDER_NOT_FOUND and the twins: every one misses every other.
    expect(unrelated(RELATED_GROUP_LIMIT - 1)).toBe(RELATED_GROUP_LIMIT * (RELATED_GROUP_LIMIT - 1));
    expect(unrelated(RELATED_GROUP_LIMIT)).toBe(0);
  });

  test("refuses a difference that only repeats the related code's summary", async () => {
    expect(await problemLines('broken-related-difference')).toEqual([
      'tests/fixtures/broken-related-difference/shop/ORDER_NOT_FOUND.yaml:30: related[0].difference: only repeats the summary of SERVER_BUSY — how a client tells the two apart by something it can observe: the status, a body field, a header, a profile value, a reply namespace',
    ]);
  });

  test("refuses an illustrative request that is, white space aside, another code's upstream request", async () => {
    expect(await problemLines('broken-sample-reused-request')).toEqual([
      'tests/fixtures/broken-sample-reused-request/shop/SERVER_BUSY.yaml:19: samples[0].request: is the request source "reference" documents for ORDER_NOT_FOUND — a request written for this code, with its own identifiers and values, so that a reader does not take it for ORDER_NOT_FOUND',
    ]);
  });

  test("refuses words for the customer that name a code of the API or a field of its envelope", async () => {
    const hint = 'plain words for the end user: say what happened and what they can do now, without codes or field names';
    expect(await problemLines('broken-customer-words')).toEqual([
      `tests/fixtures/broken-customer-words/shop/ORDER_NOT_FOUND.yaml:37: support.customer: names the envelope field "Error.Description" — ${hint}`,
      `tests/fixtures/broken-customer-words/shop/SERVER_BUSY.yaml:37: support.customer: names the code "TIMEOUT" — ${hint}`,
    ]);
  });

  test("refuses a published retry schedule whose source is not among the API's sources", async () => {
    const api = 'tests/fixtures/broken-backoff-source/relay/_api.yaml';
    expect(await problemLines('broken-backoff-source')).toEqual([
      `${api}:41: backoff.source: no source "rate-limits" in ${api} — one of reference, or add the source to ${api}`,
    ]);
  });

  test('finds nothing wrong with the valid fixture', async () => {
    expect(await problemLines('valid')).toEqual([]);
  });
});
