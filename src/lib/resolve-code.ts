import { editDistanceWithin } from './edit-distance.ts';
import { scanIdentifiers } from './scan-identifiers.ts';
import { apiUrl, errorUrl } from './urls.ts';

/**
 * Turns whatever a person has (a code in any spelling, a URL, a pasted error payload, free text) into the
 * documented codes it refers to. Shared by the lookup page, the 404 page, the search box and the command
 * line; it only reads the text, so nothing pasted is ever run or rendered. Every function here does work
 * proportional to the length of the text, plus a bounded amount per identifier.
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
  return index.apis.flatMap((api) => (index.codes[api.id] ?? []).map((code) => ({ api: api.id, code, url: errorUrl(api.id, code) })));
}

/**
 * The one spelling every variant of a code is compared in: upper case, with hyphens, dots, spaces and
 * Markdown escapes (`ACCESS\_TOKEN`) read as underscores, and quotes and backticks around it dropped.
 */
export function canonicalSpelling(text: string): string {
  return text
    .trim()
    .replace(/^[`'"*]+|[`'"*.,;:!?]+$/g, '')
    .replaceAll('\\', '')
    .replace(/[\s._-]+/g, '_')
    .toUpperCase();
}

/** Looks codes up by their canonical spelling; built once per code list. */
export class CodeTable {
  readonly byCode = new Map<string, KnownCode[]>();
  readonly known: readonly KnownCode[];
  readonly apiIds: Set<string>;
  readonly codeKeys: Map<string, string>;
  readonly maxLength: number;
  readonly minLength: number;
  private readonly apiIdLengths: Set<number>;

  constructor(known: readonly KnownCode[], apis: CodeIndex['apis'] = []) {
    this.known = known;
    for (const entry of known) {
      const key = canonicalSpelling(entry.code);
      const list = this.byCode.get(key);
      if (list) list.push(entry);
      else this.byCode.set(key, [entry]);
    }
    this.apiIds = new Set(apis.map((api) => api.id.toLowerCase()));
    this.codeKeys = new Map(apis.map((api) => [api.id, api.codeKey]));
    this.maxLength = Math.max(0, ...known.map((entry) => entry.code.length));
    this.minLength = Math.min(...known.map((entry) => entry.code.length));
    this.apiIdLengths = new Set([...this.apiIds].map((id) => id.length));
  }

  lookup(spelling: string): KnownCode[] {
    return this.byCode.get(canonicalSpelling(spelling)) ?? [];
  }

  /** `lookup` for an identifier from the scanner, skipping at once the many that cannot be a code. */
  lookupIdentifier(identifier: string): KnownCode[] {
    if (identifier.length < this.minLength || identifier.length > this.maxLength + 4) return [];
    return this.byCode.get(identifier.includes('-') ? canonicalSpelling(identifier) : identifier.toUpperCase()) ?? [];
  }

  isApiId(identifier: string): boolean {
    return this.apiIdLengths.has(identifier.length) && this.apiIds.has(identifier.toLowerCase());
  }
}

const tables = new WeakMap<readonly KnownCode[], CodeTable>();
function tableFor(known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): CodeTable {
  let table = tables.get(known);
  // A table built without the API list cannot narrow by API; build it again once the list is known.
  if (!table || (index?.apis.length && !table.apiIds.size)) {
    table = new CodeTable(known, index?.apis);
    tables.set(known, table);
  }
  return table;
}

/** What one pass over a text found: the codes it names, and what else might be a mistyped code. */
export interface TextReading {
  /** The documented codes the text names, in the order `findCodes` describes. */
  codes: KnownCode[];
  /** The first few distinct code-shaped tokens that name no code, for "did you mean" (see `nearestToTokens`). */
  unknownTokens: string[];
}

/** How many code-shaped tokens of a text get "did you mean": enough for any real message, cheap for any paste. */
const MAX_SUGGESTED_TOKENS = 20;

/**
 * The documented codes the text mentions. A code given as the value of a key ending in `code` (`"ErrorCode":
 * "…"`, `errorCode: …`) is what a payload is about, so when the text has such values only those count, and
 * the least nested comes first: in a partial-failure body the top-level code (Groove's
 * COLLECTION_SOME_OPERATIONS_FAILED) is listed before the per-item codes under it. Otherwise every mention
 * counts, in the order of appearance. Matching is by whole identifier in any letter case, with hyphens or
 * Markdown escapes for underscores. A code that several APIs share is narrowed to the APIs the text points
 * at: an API id in the text (as in a URL), or the API whose code key carried it.
 */
export function findCodes(text: string, known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): KnownCode[] {
  return readText(text, known, index).codes;
}

/**
 * `findCodes`, and in the same single pass the code-shaped tokens naming no code, so that a long paste is
 * scanned once however it is then answered.
 */
export function readText(text: string, known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): TextReading {
  const table = tableFor(known, index);
  const keyed: Array<{ candidates: KnownCode[]; key: string; depth: number; start: number }> = [];
  const mentioned: KnownCode[][] = [];
  const namedApis = new Set<string>();
  const unknown = new Set<string>();

  scanIdentifiers(
    text,
    (identifier) => {
      if (!identifier.text) return;
      if (table.isApiId(identifier.text)) namedApis.add(identifier.text.toLowerCase());
      let candidates = table.lookupIdentifier(identifier.text);
      if (!candidates.length && identifier.text.includes('-')) {
        candidates = identifier.text.split('-').flatMap((part) => table.lookupIdentifier(part));
      }
      if (!candidates.length) {
        if (unknown.size < MAX_SUGGESTED_TOKENS && isCodeShaped(identifier.text)) unknown.add(identifier.text);
        return;
      }
      if (identifier.key && /code$/i.test(identifier.key)) {
        keyed.push({ candidates, key: identifier.key, depth: identifier.depth, start: identifier.start });
      } else if (!keyed.length) {
        mentioned.push(candidates);
      }
    },
    Math.max(table.maxLength + 8, 80),
  );

  const found: KnownCode[] = [];
  const add = (candidates: readonly KnownCode[]) => {
    for (const candidate of candidates) if (!found.includes(candidate)) found.push(candidate);
  };
  const prefer = (candidates: KnownCode[], test: (candidate: KnownCode) => boolean) => {
    const preferred = candidates.filter(test);
    return preferred.length ? preferred : candidates;
  };
  const named = (candidate: KnownCode) => namedApis.has(candidate.api.toLowerCase());

  if (keyed.length) {
    keyed.sort((a, b) => a.depth - b.depth || a.start - b.start);
    for (const { candidates, key } of keyed)
      add(
        prefer(
          prefer(candidates, (candidate) => table.codeKeys.get(candidate.api) === key),
          named,
        ),
      );
  } else {
    for (const candidates of mentioned) add(prefer(candidates, named));
  }
  return { codes: found, unknownTokens: [...unknown] };
}

/** How a whole query was read as a code: exactly (in any letter case), in another spelling, as a plural, or through typos. */
export type CodeReading = 'exact' | 'spelling' | 'plural' | 'typo';

/**
 * The code a short text as a whole stands for, if any: `catalog no result`, `CATALOG-NO-RESULT`,
 * `ACCESS\_TOKEN\_EXPIRED`, `ERROR_INVALID_PARAMETERS` (a stray plural) or up to two typos
 * (`ACCESS_TOKEN_EXPIRD`; one for codes under 8 characters). Texts longer than any code are not read.
 */
export function readCodeSpelling(
  text: string,
  known: readonly KnownCode[],
  index?: Pick<CodeIndex, 'apis'>,
): { reading: CodeReading; codes: KnownCode[] } | undefined {
  const table = tableFor(known, index);
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > table.maxLength + 16) return undefined;
  const spelling = canonicalSpelling(trimmed);
  const exact = table.known.filter((entry) => entry.code.toUpperCase() === trimmed.toUpperCase());
  if (exact.length) return { reading: 'exact', codes: exact };
  const same = table.lookup(spelling);
  if (same.length) return { reading: 'spelling', codes: same };
  const singular = spelling.endsWith('S') ? table.lookup(spelling.slice(0, -1)) : [];
  if (singular.length) return { reading: 'plural', codes: singular };
  if (!isCodeShaped(spelling)) return undefined;
  const typos = nearestCodes(spelling, known, 5, (length) => (length < 8 ? 1 : 2));
  return typos.length ? { reading: 'typo', codes: typos } : undefined;
}

/**
 * Whether a token could be a code someone mistyped: letters and digits in parts joined by underscores (or
 * hyphens), or a single upper-case word of six or more characters. Only such tokens get "did you mean", so
 * ordinary words in a pasted message cost nothing.
 */
export function isCodeShaped(token: string): boolean {
  if (token.length < 5 || token.length > 80) return false;
  return /^[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+$/.test(token) || (token.length >= 6 && /^[A-Z][A-Z0-9]+$/.test(token));
}

/**
 * Codes spelled most like `query`, closest first, for suggesting what a person meant. By default only codes
 * within a third of the query's length in edits are offered, so unrelated codes are never suggested.
 */
export function nearestCodes(
  query: string,
  known: readonly KnownCode[],
  limit = 5,
  allowance: (length: number) => number = (length) => Math.max(2, Math.floor(length / 3)),
): KnownCode[] {
  const target = canonicalSpelling(query);
  if (target.length < 3 || target.length > 80) return [];
  const threshold = allowance(target.length);
  const scored: Array<{ entry: KnownCode; distance: number }> = [];
  for (const entry of known) {
    const distance = editDistanceWithin(target, entry.code.toUpperCase(), threshold);
    if (distance <= threshold) scored.push({ entry, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.entry.code.localeCompare(b.entry.code))
    .slice(0, limit)
    .map(({ entry }) => entry);
}

/**
 * "Did you mean" for text that names no code: the nearest codes to its first few code-shaped tokens.
 * Plain words are skipped, and the number of tokens looked at is capped, so a long paste stays cheap.
 */
export function suggestCodes(text: string, known: readonly KnownCode[], limit = 5): KnownCode[] {
  const tokens = new Set<string>();
  scanIdentifiers(
    text,
    (identifier) => {
      if (identifier.text && isCodeShaped(identifier.text)) tokens.add(identifier.text);
      return tokens.size < MAX_SUGGESTED_TOKENS;
    },
    80,
  );
  return nearestToTokens([...tokens], known, limit);
}

/** The nearest codes to each of `tokens` in turn (as `readText` collects them), at most `limit` in all. */
export function nearestToTokens(tokens: readonly string[], known: readonly KnownCode[], limit = 5): KnownCode[] {
  const suggestions: KnownCode[] = [];
  for (const token of tokens) {
    for (const entry of nearestCodes(token, known, 3)) if (!suggestions.includes(entry)) suggestions.push(entry);
    if (suggestions.length >= limit) break;
  }
  return suggestions.slice(0, limit);
}

export type PathResolution =
  | { kind: 'redirect'; url: string }
  /** The code exists, but under another API than the path names. */
  | { kind: 'other-api'; candidates: KnownCode[] }
  | { kind: 'suggest'; candidates: KnownCode[] };

/**
 * What a 404 path was meant to be. `/GROOVE/catalog-no-result` redirects to `/groove/CATALOG_NO_RESULT/`
 * (any letter case or spelling, with or without the trailing slash, keeping nothing else of the path); an
 * API in any case redirects to its index; a code under the wrong API offers its own page; anything else
 * yields the nearest codes, within the API when one is named.
 */
export function resolvePath(pathname: string, index: CodeIndex): PathResolution {
  const known = knownCodes(index);
  let decoded = pathname.slice(0, 2000);
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A malformed escape stays as typed; it simply matches nothing.
  }
  const [first = '', second = ''] = decoded.split('/').filter(Boolean);
  const api = index.apis.find((candidate) => candidate.id.toLowerCase() === first.toLowerCase());

  if (api && !second) return { kind: 'redirect', url: apiUrl(api.id) };
  if (api) {
    const own = known.filter((entry) => entry.api === api.id);
    const spelling = canonicalSpelling(second);
    const exact = own.find((entry) => canonicalSpelling(entry.code) === spelling);
    if (exact) return { kind: 'redirect', url: exact.url };
    const elsewhere = known.filter((entry) => entry.api !== api.id && canonicalSpelling(entry.code) === spelling);
    if (elsewhere.length) return { kind: 'other-api', candidates: elsewhere };
    return { kind: 'suggest', candidates: nearestCodes(second, own) };
  }
  const mentioned = findCodes(decoded.replaceAll('/', ' '), known, index);
  const [only] = mentioned;
  if (only && mentioned.length === 1) return { kind: 'redirect', url: only.url };
  if (mentioned.length) return { kind: 'suggest', candidates: mentioned };
  return { kind: 'suggest', candidates: nearestCodes(second || first, known) };
}
