import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildFiguresPath, readBuildFigures, recordBuildFigures } from '../../../src/integrations/build-figures.ts';

describe('build figures', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'build-figures-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('each part writes its own section into Astro cache folder, and the bench reads both as numbers', async () => {
    const cacheDir = pathToFileURL(path.join(root, 'node_modules', '.astro') + path.sep);
    await recordBuildFigures(cacheDir, 'registry', { files: 57, parsed: 3, unchanged: 54, milliseconds: 210 });
    await recordBuildFigures(cacheDir, 'pagefind', { pages: 55, shards: 1, milliseconds: 1095, waitedMilliseconds: 4 });
    await recordBuildFigures(cacheDir, 'registry', { files: 57, parsed: 1, unchanged: 56, milliseconds: 90 });
    expect(await readBuildFigures(buildFiguresPath(root))).toEqual({
      registry: { files: 57, parsed: 1, unchanged: 56, milliseconds: 90 },
      pagefind: { pages: 55, shards: 1, milliseconds: 1095, waitedMilliseconds: 4 },
    });
    expect(JSON.parse(await readFile(buildFiguresPath(root), 'utf8')).registry.parsed).toBe(1);
  });

  test('a project that has not been built has no figures', async () => {
    expect(await readBuildFigures(buildFiguresPath(root))).toEqual({});
  });
});
