import { describe, expect, test } from 'vitest';
import { readRegistry, registryDir } from '../../../src/registry/read-registry.ts';
import { fixture, problemLines } from '../../helpers.ts';

const ENTRY_FIELDS = 'code, category, httpStatus, summary, status, lifecycle, description, causes, troubleshooting, fix, support, seen, upstream, retry, samples, related, keywords';

describe('readRegistry', () => {
  test('reads a valid registry: every API and every code, sorted, with no problems', async () => {
    const { registry, problems } = await readRegistry(fixture('valid'));
    expect(problems).toEqual([]);
    expect(registry.apis.map((api) => api.id)).toEqual(['relay', 'shop']);
    expect(registry.errors.map((error) => `${error.api}/${error.data.code}`)).toEqual([
      'relay/ERR_BUSY',
      'relay/ERR_TIMEOUT',
      'shop/ORDER_NOT_FOUND',
      'shop/PARTIAL_ORDER_LIST',
      'shop/SERVER_BUSY',
    ]);
    expect(registry.errors[2]?.registryPath).toBe('shop/ORDER_NOT_FOUND.yaml');
  });

  test('reads REGISTRY_DIR when it is set, and registry/ otherwise', () => {
    expect(registryDir({ REGISTRY_DIR: 'tests/fixtures/valid' })).toBe(fixture('valid'));
    expect(registryDir({})).toMatch(/[/\\]registry$/);
  });

  test('reports a registry folder that does not exist', async () => {
    expect(await problemLines('no-such-registry')).toEqual([
      'tests/fixtures/no-such-registry:1: the registry folder does not exist — a folder with one sub-folder per API; point REGISTRY_DIR at it or create registry/',
    ]);
  });

  const cases: Record<string, string[]> = {
    'broken-yaml-syntax': [
      'tests/fixtures/broken-yaml-syntax/shop/ORDER_NOT_FOUND.yaml:5: invalid YAML: missing closing "quote — check the indentation and quoting on this line; quote text that contains ": " or starts with a symbol',
    ],
    'broken-tab-indent': [
      'tests/fixtures/broken-tab-indent/shop/ORDER_NOT_FOUND.yaml:6: invalid YAML: tab used for indentation — indent with spaces; YAML does not allow tabs for indentation',
    ],
    'broken-duplicate-key': [
      'tests/fixtures/broken-duplicate-key/shop/ORDER_NOT_FOUND.yaml:7: invalid YAML: duplicate key: a field is written twice — keep one of the two entries: every field appears once',
    ],
    'broken-empty-file': [
      'tests/fixtures/broken-empty-file/shop/ORDER_NOT_FOUND.yaml:1: the file is empty — a YAML mapping of fields, such as "code: CATALOG_NO_RESULT"',
    ],
    'broken-not-mapping': [
      'tests/fixtures/broken-not-mapping/shop/ORDER_NOT_FOUND.yaml:1: the file holds a list — a YAML mapping of fields, such as "code: CATALOG_NO_RESULT"',
    ],
    'broken-alias-bomb': [
      'tests/fixtures/broken-alias-bomb/shop/ORDER_NOT_FOUND.yaml:38: YAML aliases (*name) here expand to more than 100 copies — write each value out in full; a registry entry has no need for anchors and aliases',
    ],
    'broken-deep-nesting': [
      'tests/fixtures/broken-deep-nesting/shop/ORDER_NOT_FOUND.yaml:28: the value nests more than 32 levels of mappings and lists deep — a flatter value: a sample body is the response as the API sends it, which nests a few levels at most',
    ],
    'broken-long-text': [
      'tests/fixtures/broken-long-text/shop/ORDER_NOT_FOUND.yaml:7: description: the text is 9,133 characters long, over the limit of 8,000 — a shorter text: a page states what a reader needs mid-incident; move long material to the API guide',
    ],
    'broken-oversized-file': [
      'tests/fixtures/broken-oversized-file/shop/ORDER_NOT_FOUND.yaml:1: the file is 138 KB, over the limit of 128 KB — one code per file, with text a reader can take in; move long material to the API guide',
    ],
    'broken-invisible-characters': [
      'tests/fixtures/broken-invisible-characters/shop/ORDER_NOT_FOUND.yaml:5: summary: the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) is in the text — delete it: it does not show in most editors, and it can make the published text read differently from what it says',
      'tests/fixtures/broken-invisible-characters/shop/ORDER_NOT_FOUND.yaml:12: causes[1].text: the invisible character U+200B (ZERO WIDTH SPACE) is in the text — delete it: it does not show in most editors, and it can make the published text read differently from what it says',
    ],
    // The generated editor schemas are not called stale while the _api.yaml they derive from is invalid.
    'broken-unsafe-api-file': [
      'tests/fixtures/broken-unsafe-api-file/shop/_api.yaml:5: categories[0].id: found the text "<b>orders</b>" — a category id: lower-case words joined by hyphens, such as "input-validation"',
      'tests/fixtures/broken-unsafe-api-file/shop/_api.yaml:26: upstream.url: found the text "javascript:alert(1)" — an address starting with https://',
    ],
    'broken-browser-words': [
      `tests/fixtures/broken-browser-words/shop/ORDER_NOT_FOUND.yaml:6: window: unknown field — remove the field or correct its name; the fields allowed here are ${ENTRY_FIELDS}`,
    ],
    'broken-invalid-utf8': [
      'tests/fixtures/broken-invalid-utf8/shop/ORDER_NOT_FOUND.yaml:5: the bytes here are not valid UTF-8 text — save the file as UTF-8',
    ],
    'broken-missing-field': [
      'tests/fixtures/broken-missing-field/shop/ORDER_NOT_FOUND.yaml:1: httpStatus: missing — a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status',
      'tests/fixtures/broken-missing-field/shop/ORDER_NOT_FOUND.yaml:4: summary: empty — one sentence of at least 12 characters, ending with a full stop',
    ],
    'broken-cause-uncited': [
      'tests/fixtures/broken-cause-uncited/shop/ORDER_NOT_FOUND.yaml:11: causes[0].text: found the text "The order ID in the path was mistyped by the client." — an inferred cause worded as one, with one of: likely, probably, possibly, perhaps, presumably, may, might, could, one way this happens (or cite the sources that show it)',
      "tests/fixtures/broken-cause-uncited/shop/ORDER_NOT_FOUND.yaml:12: causes[1].sources: missing — either sources (ids of sources in the API's _api.yaml that show it) or inferred: true (the site's own reading)",
    ],
    'broken-related-no-difference': [
      'tests/fixtures/broken-related-no-difference/shop/ORDER_NOT_FOUND.yaml:30: related[0].difference: missing — a sentence on how a client tells the two codes apart by something it can observe (status, a body field, a header, a profile value, a reply namespace)',
    ],
    'broken-unknown-field': [
      'tests/fixtures/broken-unknown-field/shop/ORDER_NOT_FOUND.yaml:1: summary: missing — one sentence on one line, ending with a full stop',
      `tests/fixtures/broken-unknown-field/shop/ORDER_NOT_FOUND.yaml:5: sumary: unknown field — did you mean "summary"? Correct the name or remove the field; the fields allowed here are ${ENTRY_FIELDS}`,
      `tests/fixtures/broken-unknown-field/shop/ORDER_NOT_FOUND.yaml:7: owner: unknown field — remove the field or correct its name; the fields allowed here are ${ENTRY_FIELDS}`,
    ],
    'broken-wrong-type': [
      'tests/fixtures/broken-wrong-type/shop/ORDER_NOT_FOUND.yaml:3: httpStatus: found the text "404" — a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status',
      'tests/fixtures/broken-wrong-type/shop/ORDER_NOT_FOUND.yaml:4: status: found the text "live" — one of active, deprecated, retired',
    ],
    'broken-http-status': [
      'tests/fixtures/broken-http-status/shop/ORDER_NOT_FOUND.yaml:3: httpStatus: found number 4040 — a registered HTTP status code such as 400, 404 or 502, or null where the API has no HTTP status',
    ],
    'broken-api-file': [
      'tests/fixtures/broken-api-file/shop/_api.yaml:3: codePattern: found the text "[A-Z_]+" — a regular expression anchored with ^ and $, such as "^[A-Z][A-Z0-9_]*$"',
      'tests/fixtures/broken-api-file/shop/_api.yaml:26: upstream.url: found the text "http://shop.example/docs/errors" — an address starting with https://',
    ],
    'broken-missing-api-file': [
      'tests/fixtures/broken-missing-api-file/shop/_api.yaml:1: the API folder "shop" has no _api.yaml — create _api.yaml with the API\'s name, categories, transport, envelope and upstream reference',
    ],
    'broken-api-folder-name': [
      'tests/fixtures/broken-api-folder-name/Shop_API/_api.yaml:1: the API folder name "Shop_API" is not a valid API id — lower-case words joined by hyphens, such as "sonos-control"; the id appears in every URL',
    ],
    'broken-guidance-too-thin': [
      'tests/fixtures/broken-guidance-too-thin/shop/ORDER_NOT_FOUND.yaml:6: retry: found the text "maybe-later" — one of do-not-retry, retry-after-fix, retry-with-backoff, reauthenticate-first, user-action-needed',
      'tests/fixtures/broken-guidance-too-thin/shop/ORDER_NOT_FOUND.yaml:10: causes: found a list of 1 — at least 2 distinct, concrete causes',
      'tests/fixtures/broken-guidance-too-thin/shop/ORDER_NOT_FOUND.yaml:12: troubleshooting: found a list of 2 — at least 3 ordered, actionable steps',
    ],
    'broken-reserved-api-id': [
      'tests/fixtures/broken-reserved-api-id/search/_api.yaml:1: the API id "search" is a path the site itself uses — another folder name; guides, lookup, search, pagefind, schemas are reserved',
    ],
    'broken-schema-stale': [
      'tests/fixtures/broken-schema-stale/_schemas/error-entry.schema.json:1: the schema is out of date with src/schemas and the _api.yaml files — run `npm run schema` to regenerate the folder; its files are generated, never edited by hand',
    ],
    'broken-stray-files': [
      'tests/fixtures/broken-stray-files/README.md:1: not a registry file — only API folders belong at the top of the registry',
      'tests/fixtures/broken-stray-files/shop/drafts:1: not a registry file — an API folder holds only _api.yaml and one CODE.yaml per code, no sub-folders',
      'tests/fixtures/broken-stray-files/shop/notes.txt:1: not a registry file — an API folder holds only _api.yaml and one CODE.yaml per code; move this file out of the registry',
      'tests/fixtures/broken-stray-files/shop/SERVER_BUSY.yml:1: not a registry file — registry files end in .yaml: rename it to SERVER_BUSY.yaml',
    ],
  };

  for (const [name, expected] of Object.entries(cases)) {
    test(`refuses ${name.replace('broken-', '').replaceAll('-', ' ')} with file:line messages`, async () => {
      expect(await problemLines(name)).toEqual(expected);
    });
  }

  test('returns only the valid entries of a broken registry, so nothing invalid can be published', async () => {
    const { registry, problems } = await readRegistry(fixture('broken-stray-files'));
    expect(problems).toHaveLength(4);
    expect(registry.errors.map((error) => error.data.code)).toEqual(['ORDER_NOT_FOUND', 'SERVER_BUSY']);
  });
});
