import { describe, expect, test } from 'vitest';
import { bundleEntryFiles, ENTRY_FILES_BUNDLE, entryFile, unbundleEntryFiles } from '../../../src/data/entry-files.ts';

describe('the entry-files bundle', () => {
  const files = [
    entryFile('groove', { code: 'CATALOG_NO_RESULT', description: 'A tab\there, a line break\nthere, and "quotes".' }),
    entryFile('sonos-control', { code: 'ERROR_NOT_CAPABLE', samples: [{ body: { nested: ['\u2028', '\t'] } }] }),
  ];

  test('gives back every file at its published path with exactly the JSON of its entry', () => {
    const unbundled = [...unbundleEntryFiles(bundleEntryFiles(files))];
    expect(unbundled.map((file) => file.path)).toEqual(['/groove/CATALOG_NO_RESULT.json', '/sonos-control/ERROR_NOT_CAPABLE.json']);
    expect(unbundled.map((file) => JSON.parse(file.json))).toEqual(files);
    expect(JSON.parse(unbundled[0]!.json)).toMatchObject({ url: '/groove/CATALOG_NO_RESULT/', schema: '/schemas/groove.schema.json' });
  });

  test('gives back nothing for an empty registry', () => {
    expect([...unbundleEntryFiles(bundleEntryFiles([]))]).toEqual([]);
  });

  test.each([
    ['a path that climbs out of the output folder', '/../../etc/passwd.json\t{}\n'],
    ['a path that is not an API and a file', '/groove/nested/CODE.json\t{}\n'],
    ['a path that is not JSON', '/groove/CODE.html\t{}\n'],
    ['a line without a tab', '/groove/CODE.json {}\n'],
    ['a line whose content is not an object', '/groove/CODE.json\tnull\n'],
  ])('refuses %s, naming the bundle', (_name, bundle) => {
    expect(() => [...unbundleEntryFiles(bundle)]).toThrow(ENTRY_FILES_BUNDLE);
  });
});
