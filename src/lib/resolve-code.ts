import { editDistance } from './edit-distance.ts';

/**
 * Turns whatever a person has (a code in any spelling, a URL, a pasted error payload, free text) into the
 * documented codes it refers to. Shared by the lookup page, the 404 page and the command line; it only
 * reads the text, so nothing pasted is ever run or rendered.
 */

/** The compact list of codes `/lookup/codes.json` publishes. */
export interface CodeIndex {
  apis: Array<{
    id: string;
    name: string;
    /** The key under which the API's payloads carry the code, such as `ErrorCode` or `errorCode`. */
    codeKey: string;
  }>;
  /** Codes by API id. */
  codes: Record<string, string[]>;
}

export interface KnownCode {
  api: string;
  code: string;
  url: string;
}

export function knownCodes(index: CodeIndex): KnownCode[] {
  return index.apis.flatMap((api) => (index.codes[api.id] ?? []).map((code) => ({ api: api.id, code, url: `/${api.id}/${code}/` })));
}

const IDENTIFIER = /[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*/g;

/**
 * The documented codes the text mentions, in the order they first appear. A code given as the value of an
 * API's code key (`"ErrorCode": "…"`, `errorCode: …`) is what a payload is about, so when the text has such
 * values, only those count and other mentions (a code quoted in a message) are ignored. Matching is by
 * whole identifier, in any letter case. A code that several APIs share is narrowed to the APIs the text
 * points at: an API id in the text (as in a URL), or the API whose code key carried it.
 */
export function findCodes(text: string, known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): KnownCode[] {
  const byCode = new Map<string, KnownCode[]>();
  for (const entry of known) {
    const key = entry.code.toUpperCase();
    byCode.set(key, [...(byCode.get(key) ?? []), entry]);
  }
  const lookup = (token: string) => byCode.get(token.toUpperCase()) ?? [];
  const tokens = text.match(IDENTIFIER) ?? [];
  const namedApis = new Set(tokens.map((token) => token.toLowerCase()));

  const keyed: Array<{ code: string; key: string }> = [];
  for (const match of text.matchAll(/["']?([A-Za-z]+)["']?\s*[:=]\s*["']?([A-Za-z0-9_-]+)/g)) {
    const [, key = '', value = ''] = match;
    if (/code$/i.test(key) && lookup(value).length) keyed.push({ code: value, key });
  }

  const found: KnownCode[] = [];
  const add = (candidates: readonly KnownCode[]) => {
    for (const candidate of candidates) if (!found.includes(candidate)) found.push(candidate);
  };
  const prefer = (candidates: KnownCode[], test: (candidate: KnownCode) => boolean) => {
    const preferred = candidates.filter(test);
    return preferred.length ? preferred : candidates;
  };

  if (keyed.length) {
    for (const { code, key } of keyed) {
      const byKey = (candidate: KnownCode) => index?.apis.find((api) => api.id === candidate.api)?.codeKey === key;
      add(prefer(prefer(lookup(code), byKey), (candidate) => namedApis.has(candidate.api)));
    }
    return found;
  }
  for (const token of tokens) {
    for (const part of [token, ...token.split('-')]) {
      add(prefer(lookup(part), (candidate) => namedApis.has(candidate.api)));
    }
  }
  return found;
}

/**
 * Codes spelled most like `query`, closest first, for suggesting what a person meant. Only codes within a
 * third of the query's length in edits are offered, so unrelated codes are never suggested.
 */
export function nearestCodes(query: string, known: readonly KnownCode[], limit = 5): KnownCode[] {
  const target = query.toUpperCase();
  if (target.length < 3) return [];
  const threshold = Math.max(2, Math.floor(target.length / 3));
  return known
    .map((entry) => ({ entry, distance: editDistance(target, entry.code.toUpperCase()) }))
    .filter(({ distance }) => distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.entry.code.localeCompare(b.entry.code))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

export type PathResolution = { kind: 'redirect'; url: string } | { kind: 'suggest'; candidates: KnownCode[] };

/**
 * What a 404 path was meant to be. `/GROOVE/catalog_no_result` redirects to `/groove/CATALOG_NO_RESULT/`
 * (any letter case, with or without the trailing slash, keeping nothing else of the path); an API in any
 * case redirects to its index; anything else yields the nearest codes, within the API when one is named.
 */
export function resolvePath(pathname: string, index: CodeIndex): PathResolution {
  const known = knownCodes(index);
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape stays as typed; it simply matches nothing.
  }
  const [first = '', second = ''] = decoded.split('/').filter(Boolean);
  const api = index.apis.find((candidate) => candidate.id.toLowerCase() === first.toLowerCase());

  if (api && !second) return { kind: 'redirect', url: `/${api.id}/` };
  if (api) {
    const own = known.filter((entry) => entry.api === api.id);
    const exact = own.find((entry) => entry.code.toUpperCase() === second.toUpperCase());
    if (exact) return { kind: 'redirect', url: exact.url };
    return { kind: 'suggest', candidates: nearestCodes(second, own) };
  }
  const mentioned = findCodes(decoded.replaceAll('/', ' '), known, index);
  const [only] = mentioned;
  if (only && mentioned.length === 1) return { kind: 'redirect', url: only.url };
  if (mentioned.length) return { kind: 'suggest', candidates: mentioned };
  return { kind: 'suggest', candidates: nearestCodes(second || first, known) };
}
