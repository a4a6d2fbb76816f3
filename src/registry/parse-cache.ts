/**
 * Validated registry files from the last build, by the digest of their bytes, so that a rebuild parses and
 * validates only the files that changed. The cache is tied to the code that validates: it is dropped
 * whenever a file of `src/registry/` or `src/schemas/`, or the YAML parser's version, changes, so an entry
 * is never accepted by an older rule than the one in force. Cross-checks between files always run on every
 * entry. The build keeps the cache in Astro's cache folder; `npm run check` reads everything every time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ParseCache {
  /** The validated data of a file whose bytes have this digest, if the last build validated it. */
  get(key: string): unknown;
  /** Records what a file validated to, for the next build. */
  set(key: string, data: unknown): void;
}

/** The key of a file's bytes, read as one kind of registry file (`api` or `entry`). */
export function cacheKey(kind: string, bytes: Uint8Array): string {
  return `${kind}:${createHash('sha256').update(bytes).digest('base64url')}`;
}

const CODE_FOLDERS = ['../registry/', '../schemas/'];

/** Digest of everything that decides whether a file is valid and what it validates to. */
async function validatorDigest(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(createRequire(import.meta.url)('yaml/package.json').version as string);
  for (const folder of CODE_FOLDERS) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    for (const name of (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort()) {
      hash.update(name).update(await readFile(path.join(dir, name)));
    }
  }
  return hash.digest('base64url');
}

interface CacheFile {
  validator: string;
  entries: Record<string, unknown>;
}

/**
 * Opens the cache file, or starts an empty cache when it is missing, unreadable or written by other
 * validating code. `save` writes only the entries used or added in this run, so removed files drop out,
 * and writes nothing when every file was unchanged.
 */
export async function openParseCache(file: string): Promise<ParseCache & { hits: number; misses: number; save(): Promise<void> }> {
  const validator = await validatorDigest();
  let previous: Record<string, unknown> = {};
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    if (stored.validator === validator) previous = stored.entries;
  } catch {
    // No cache yet, or one that cannot be read: every file is parsed.
  }
  const next: Record<string, unknown> = {};
  const cache = {
    hits: 0,
    misses: 0,
    get(key: string) {
      if (!Object.hasOwn(previous, key)) {
        cache.misses++;
        return undefined;
      }
      cache.hits++;
      next[key] = previous[key];
      // Parsed from the file for this run alone, so the reader may keep it as it is.
      return previous[key];
    },
    set(key: string, data: unknown) {
      next[key] = data;
    },
    async save() {
      const unchanged = cache.misses === 0 && Object.keys(next).length === Object.keys(previous).length;
      if (unchanged) return;
      // Written beside and renamed into place, so a build that stops half-way leaves the old file whole.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ validator, entries: next } satisfies CacheFile));
      await rename(temporary, file);
    },
  };
  return cache;
}
