import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture, ROOT } from '../../helpers.ts';

interface LockEntry {
  version?: string;
  link?: boolean;
}

/**
 * Package entries npm cannot read: every entry but the root (`""`) and links needs a `version`, or npm 11's
 * `npm install` and `npm ci` stop with "Invalid Version:" before installing anything.
 */
function unversionedEntries(lockfile: string): string[] {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([location, entry]) => location !== '' && !entry.link && typeof entry.version !== 'string')
    .map(([location]) => location);
}

/** The lockfile check: fails naming each entry npm cannot read and what to run. */
function expectReadableByNpm(lockfile: string): void {
  const entries = unversionedEntries(lockfile);
  expect(
    entries,
    `${lockfile} has package entries without a version, which npm refuses ("Invalid Version"): ${entries.join(', ')}. ` +
      'Delete package-lock.json, run `npm install` with the npm this machine has, check it with `npm ci` from a clean clone, and commit it.',
  ).toEqual([]);
}

describe('package-lock.json', () => {
  test('gives every package entry a version, so npm install and npm ci can read it', () => {
    expectReadableByNpm(path.join(ROOT, 'package-lock.json'));
  });

  test('a lockfile with an unversioned entry fails the check, naming that entry and not the root or a link', () => {
    const broken = path.join(fixture('lockfile-unversioned'), 'package-lock.json');
    expect(unversionedEntries(broken)).toEqual([
      'node_modules/@astrojs/compiler-binding/node_modules/@astrojs/compiler-binding-android-arm64',
    ]);
    expect(() => expectReadableByNpm(broken)).toThrow(
      /without a version.*: node_modules\/@astrojs\/compiler-binding\/node_modules\/@astrojs\/compiler-binding-android-arm64\. Delete package-lock\.json, run `npm install`/,
    );
  });
});
