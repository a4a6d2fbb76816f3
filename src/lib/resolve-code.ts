import { editDistance, editDistanceWithin } from './edit-distance.ts';
import { matchMessages, messageTemplates, type MessageMatch, type MessageTemplate } from './match-message.ts';
import { scanIdentifiers } from './scan-identifiers.ts';
import { apiUrl, errorUrl } from './urls.ts';

/**
 * Turns whatever a person has (a code in any spelling, a URL, a pasted error payload, free text) into the
 * documented codes it refers to. Shared by the lookup page, the 404 page, the search box and the command
 * line; it only reads the text, so nothing pasted is ever run or rendered. Every function here does work
 * proportional to the length of the text, plus a bounded amount per identifier.
 */

/** One API as the lookup sees it: where its envelope carries the code, and what its codes look like. */
export interface IndexedApi {
  id: string;
  name: string;
  /** The dotted path of the code in the API's error body (`envelope.code`), such as `Error.ErrorCode`. */
  code: string;
  /** The dotted path of a per-item code inside an item of a batch answer (`envelope.items.code`). */
  itemCode?: string;
  /** The API's `codePattern`: a value in its code field that fits it is a code, documented or not. */
  codePattern: string;
}

/** The compact list of codes `/lookup/codes.json` publishes. */
export interface CodeIndex {
  apis: IndexedApi[];
  /** Codes by API id. */
  codes: Record<string, string[]>;
  /** The texts each API sends with its codes, by API id: `[code, text]`. */
  messages?: Record<string, Array<[string, string]>>;
  /** The repository address (REPOSITORY_URL), where an undocumented code can be reported. */
  repository?: string;
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

/** Where an API's envelope carries a code: the path's segments, and whether it is an item's code. */
interface CodeField {
  api: IndexedApi;
  path: string[];
  pattern: RegExp;
}

/** Looks codes up by their canonical spelling; built once per code list. */
export class CodeTable {
  readonly byCode = new Map<string, KnownCode[]>();
  readonly known: readonly KnownCode[];
  readonly apis: readonly IndexedApi[];
  readonly apiIds: Set<string>;
  /** Code fields by the last segment of their path (`ErrorCode`, `errorCode`, `status`). */
  readonly codeFields = new Map<string, CodeField[]>();
  readonly maxLength: number;
  readonly minLength: number;
  /** Shorter words are neither a code nor within the edits "did you mean" allows of one. */
  readonly shortest: number;
  /** Whether any code starts with a digit; if none does, a word that does is no code. */
  readonly digitFirst: boolean;
  private readonly apiIdLengths: Set<number>;

  constructor(known: readonly KnownCode[], apis: readonly IndexedApi[] = []) {
    this.known = known;
    this.apis = apis;
    for (const entry of known) {
      const key = canonicalSpelling(entry.code);
      const list = this.byCode.get(key);
      if (list) list.push(entry);
      else this.byCode.set(key, [entry]);
    }
    for (const api of apis) {
      const pattern = safePattern(api.codePattern);
      for (const path of new Set([api.code, ...(api.itemCode ? [api.itemCode] : [])])) {
        const segments = path.split('.');
        const last = segments.at(-1)!;
        this.codeFields.set(last, [...(this.codeFields.get(last) ?? []), { api, path: segments, pattern }]);
      }
    }
    this.apiIds = new Set(apis.map((api) => api.id.toLowerCase()));
    this.maxLength = Math.max(0, ...known.map((entry) => entry.code.length));
    this.minLength = Math.min(...known.map((entry) => entry.code.length));
    this.shortest = Math.min(5, Math.floor((this.minLength * 2) / 3));
    this.digitFirst = known.some((entry) => /^[0-9]/.test(entry.code));
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

  /**
   * The code fields a value sits in: those whose path ends the value's path (its enclosing keys, then its
   * own key). A `key=value` pair outside any brackets, as logs write them, matches on the last segment.
   */
  fieldsFor(key: string, parents: readonly (string | undefined)[], depth: number): CodeField[] {
    const candidates = this.codeFields.get(key);
    if (!candidates) return [];
    const keys = parents.filter((parent): parent is string => parent !== undefined);
    return candidates.filter(({ path }) => {
      if (depth === 0 && keys.length === 0) return true;
      if (path.length - 1 > keys.length) return false;
      for (let i = 2; i <= path.length; i++) if (path[path.length - i] !== keys[keys.length - i + 1]) return false;
      return true;
    });
  }
}

function safePattern(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return /^$/;
  }
}

const tables = new WeakMap<readonly KnownCode[], CodeTable>();
function tableFor(known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): CodeTable {
  let table = tables.get(known);
  // A table built without the API list cannot narrow by API; build it again once the list is known.
  if (!table || (index?.apis.length && !table.apis.length)) {
    table = new CodeTable(known, index?.apis);
    tables.set(known, table);
  }
  return table;
}

/** One code a text names: how many of its lines name it, and the first of them. */
export interface CodeRow {
  /** The code as documented, or, for an undocumented code, as the text spells it. */
  code: string;
  /** The documented code; absent for a code the registry lacks. */
  known?: KnownCode;
  /** For an undocumented code: the APIs whose envelope carried it, by id. */
  apis: string[];
  /** How many lines name it. */
  count: number;
  /** For an undocumented code: the nearest codes of its API, and where to report it when the repository is known. */
  nearest?: KnownCode[];
  report?: string;
  /** The 1-based line of its first occurrence, and that line's text (at most 200 characters). */
  line: number;
  text: string;
}

/** What one pass over a text found: the codes it names, and what else might be a mistyped code. */
export interface TextReading {
  /** The documented codes the text names, in the order `findCodes` describes. */
  codes: KnownCode[];
  /** Every code the text names, documented or not, with its count and first line, in the same order. */
  rows: CodeRow[];
  /** The first few distinct code-shaped tokens that name no code, for "did you mean" (see `nearestToTokens`). */
  unknownTokens: string[];
}

/** How many code-shaped tokens of a text get "did you mean": enough for any real message, cheap for any paste. */
const MAX_SUGGESTED_TOKENS = 20;
/** A log naming more distinct codes than this lists these; real logs name a few dozen at most. */
const MAX_ROWS = 500;
const MAX_LINE_TEXT = 200;

/**
 * The documented codes the text mentions. A code in the field an API's envelope declares for it
 * (`envelope.code`, such as `Error.ErrorCode`) is what a payload is about, and it is looked up among that
 * API's codes only, so one body never resolves to another API's code. In a single JSON document only such
 * codes count when it has any, the least nested first (in a partial-failure body the top-level
 * COLLECTION_SOME_OPERATIONS_FAILED before the per-item codes). In any other text (a log) every line counts
 * once per code, a line's mentions giving way to its envelope code, most frequent code first, then in order
 * of appearance. Matching is by whole identifier in any letter case, with hyphens or Markdown escapes for
 * underscores. A code several APIs share is narrowed to the APIs the text names (an API id, as in a URL).
 */
export function findCodes(text: string, known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): KnownCode[] {
  return readText(text, known, index).codes;
}

interface Tally {
  candidates: KnownCode[];
  code: string;
  apis: string[];
  keyed: boolean;
  count: number;
  lastLine: number;
  depth: number;
  start: number;
  line: number;
  lineStart: number;
}

/**
 * `findCodes`, with each code's count and first line, and in the same single pass the code-shaped tokens
 * naming no code, so that a long paste or log is scanned once however it is then answered.
 */
export function readText(text: string, known: readonly KnownCode[], index?: Pick<CodeIndex, 'apis'>): TextReading {
  const table = tableFor(known, index);
  const tallies = new Map<string, Tally>();
  const namedApis = new Set<string>();
  const unknown = new Set<string>();
  const document = isJsonDocument(text);
  let anyKeyed = false;
  let line = 0;
  let lineKeyed = false;
  let pending: Array<{ candidates: KnownCode[]; depth: number; start: number; line: number; lineStart: number }> = [];

  const count = (key: string, make: () => Omit<Tally, 'count' | 'lastLine' | 'keyed'>, keyed: boolean, at: number) => {
    let tally = tallies.get(key);
    if (!tally) {
      if (tallies.size >= MAX_ROWS) return;
      tallies.set(key, (tally = { ...make(), count: 0, lastLine: 0, keyed }));
    }
    tally.keyed ||= keyed;
    if (tally.lastLine !== at) {
      tally.count++;
      tally.lastLine = at;
    }
  };
  const flush = () => {
    if (!lineKeyed) {
      for (const mention of pending) {
        count(
          mention.candidates.map((candidate) => candidate.url).join(' '),
          () => ({ ...mention, code: mention.candidates[0]!.code, apis: [] }),
          false,
          mention.line,
        );
      }
    }
    pending = [];
    lineKeyed = false;
  };

  scanIdentifiers(
    text,
    (identifier) => {
      if (identifier.line !== line) {
        flush();
        line = identifier.line;
      }
      const word = identifier.text;
      if (!word) return;
      if (table.isApiId(word)) namedApis.add(word.toLowerCase());
      // Most words of a log are timestamps, numbers and short words no code or typo of one can be: skip them at once.
      if (!identifier.key && (word.length < table.shortest || (!table.digitFirst && word.charCodeAt(0) <= 57))) return;
      const place = () => ({ depth: identifier.depth, start: identifier.start, line: identifier.line, lineStart: identifier.lineStart });
      const fields = identifier.key ? table.fieldsFor(identifier.key, identifier.parents, identifier.depth) : [];
      let candidates = table.lookupIdentifier(identifier.text);
      if (!candidates.length && identifier.text.includes('-')) {
        candidates = identifier.text.split('-').flatMap((part) => table.lookupIdentifier(part));
      }
      if (fields.length) {
        const own = candidates.filter((candidate) => fields.some((field) => field.api.id === candidate.api));
        if (own.length) {
          anyKeyed = lineKeyed = true;
          count(
            own.map((candidate) => candidate.url).join(' '),
            () => ({ ...place(), candidates: own, code: own[0]!.code, apis: [] }),
            true,
            identifier.line,
          );
          return;
        }
        // A `key=value` pair outside any brackets is matched by its key alone, which other APIs may share:
        // a code documented elsewhere is read as that code, not as one the key's API lacks.
        const loose = identifier.depth === 0;
        // Groove's reference spells its codes with hyphens as often as with underscores; so may a client's log.
        const underscored = identifier.text.replaceAll('-', '_');
        const fits = (field: CodeField) => field.pattern.test(identifier.text) || field.pattern.test(underscored);
        const fitting = loose && candidates.length ? [] : fields.filter(fits).map((field) => field.api.id);
        if (fitting.length) {
          anyKeyed = lineKeyed = true;
          const apis = [...new Set(fitting)];
          const code = fields.some((field) => field.pattern.test(identifier.text)) ? identifier.text : underscored;
          count(`?${apis.join(' ')} ${code}`, () => ({ ...place(), candidates: [], code, apis }), true, identifier.line);
          return;
        }
      }
      if (!candidates.length) {
        if (unknown.size < MAX_SUGGESTED_TOKENS && isCodeShaped(identifier.text)) unknown.add(identifier.text);
        return;
      }
      pending.push({ ...place(), candidates });
    },
    Math.max(table.maxLength + 8, 80),
  );
  flush();

  const prefer = (candidates: KnownCode[], test: (candidate: KnownCode) => boolean) => {
    const preferred = candidates.filter(test);
    return preferred.length ? preferred : candidates;
  };
  const named = (candidate: KnownCode) => namedApis.has(candidate.api.toLowerCase());
  let kept = [...tallies.values()];
  if (document && anyKeyed) kept = kept.filter((tally) => tally.keyed);
  kept.sort(document && anyKeyed ? (a, b) => a.depth - b.depth || a.start - b.start : (a, b) => b.count - a.count || a.start - b.start);

  const rows: CodeRow[] = [];
  const byUrl = new Map<string, CodeRow>();
  for (const tally of kept) {
    const lineText = text.slice(tally.lineStart, tally.lineStart + MAX_LINE_TEXT + 1).split(/\r?\n/, 1)[0]!;
    const shown = lineText.length > MAX_LINE_TEXT ? `${lineText.slice(0, MAX_LINE_TEXT - 1)}…` : lineText;
    if (!tally.candidates.length) {
      rows.push({ code: tally.code, apis: tally.apis, count: tally.count, line: tally.line, text: shown.trim() });
      continue;
    }
    for (const candidate of prefer(tally.candidates, named)) {
      const existing = byUrl.get(candidate.url);
      if (existing) {
        existing.count += tally.count;
        continue;
      }
      const row: CodeRow = {
        code: candidate.code,
        known: candidate,
        apis: [candidate.api],
        count: tally.count,
        line: tally.line,
        text: shown.trim(),
      };
      byUrl.set(candidate.url, row);
      rows.push(row);
    }
  }
  if (!(document && anyKeyed)) rows.sort((a, b) => b.count - a.count);
  return { codes: rows.flatMap((row) => (row.known ? [row.known] : [])), rows, unknownTokens: [...unknown] };
}

/** Texts longer than this are read as logs: parsing them to tell would cost more than reading them. */
const MAX_DOCUMENT = 4 * 1024 * 1024;

/** An HTTP status line and headers before a body are this short at most. */
const MAX_HEAD = 10_000;

/**
 * Whether the text is one JSON value (a pasted body, perhaps under its status line and headers), rather
 * than a log of many lines, JSON or not.
 */
function isJsonDocument(text: string): boolean {
  if (text.length > MAX_DOCUMENT) return false;
  const start = text.slice(0, MAX_HEAD).search(/^[ \t]*[{[]/m);
  if (start < 0) return false;
  try {
    JSON.parse(text.slice(start));
    return true;
  } catch {
    return false;
  }
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

/**
 * The lookup's answer to a text, for the `/lookup/` page and `npm run explain` alike: one documented code
 * (open its page), several (list them with their counts, most frequent first, or a payload's top-level code
 * first), a code in a known API's envelope that the registry lacks, codes whose messages the text quotes, or
 * nothing (search its words, and offer the codes nearest its code-shaped tokens).
 */
export type Answer =
  | { kind: 'empty' }
  | { kind: 'code'; code: KnownCode; reading: 'payload' | 'exact' | 'spelling' | 'message' }
  | { kind: 'codes'; rows: CodeRow[] }
  | { kind: 'undocumented'; row: CodeRow }
  | { kind: 'messages'; matches: Array<MessageMatch & { known: KnownCode }> }
  | { kind: 'none'; near: KnownCode[]; reading: TextReading };

/** Only the start of a text is read as a quoted message: a message is a sentence or two. */
const MAX_MESSAGE_TEXT = 2000;

const templatesByIndex = new WeakMap<CodeIndex, MessageTemplate[]>();
function templatesFor(index: CodeIndex): MessageTemplate[] {
  let templates = templatesByIndex.get(index);
  if (!templates) templatesByIndex.set(index, (templates = messageTemplates(index.messages ?? {})));
  return templates;
}

export function resolveText(text: string, index: CodeIndex, known: readonly KnownCode[] = knownCodes(index)): Answer {
  if (!text.trim()) return { kind: 'empty' };
  const reading = readText(text, known, index);
  const rows = reading.rows.map((row) => (row.known ? row : { ...row, ...undocumented(row, index, known) }));
  const [first] = rows;
  if (first && rows.length === 1) {
    return first.known ? { kind: 'code', code: first.known, reading: 'payload' } : { kind: 'undocumented', row: first };
  }
  if (rows.length) return { kind: 'codes', rows };

  const spelled = readCodeSpelling(text, known, index);
  if (spelled && (spelled.reading === 'exact' || spelled.reading === 'spelling')) {
    const [only] = spelled.codes;
    if (only && spelled.codes.length === 1) return { kind: 'code', code: only, reading: spelled.reading };
    return {
      kind: 'codes',
      rows: spelled.codes.map((code) => ({
        code: code.code,
        known: code,
        apis: [code.api],
        count: 1,
        line: 1,
        text: text.trim().slice(0, MAX_LINE_TEXT),
      })),
    };
  }

  const byUrl = new Map(known.map((entry) => [entry.url, entry]));
  const matches = matchMessages(text.slice(0, MAX_MESSAGE_TEXT), templatesFor(index)).flatMap((match) => {
    const entry =
      byUrl.get(errorUrl(match.api, match.code)) ??
      table(known, index)
        .lookup(match.code)
        .find((candidate) => candidate.api === match.api);
    return entry ? [{ ...match, known: entry }] : [];
  });
  const [best, second] = matches;
  // One template quoted word for word, and no other as close: the text is that code's message.
  if (best && best.score === 1 && (!second || second.score < 1)) return { kind: 'code', code: best.known, reading: 'message' };
  if (matches.length) return { kind: 'messages', matches };

  const near = spelled?.codes ?? nearestToTokens(reading.unknownTokens, known);
  return { kind: 'none', near, reading };
}

const table = (known: readonly KnownCode[], index: CodeIndex) => tableFor(known, index);

/** How many of an API's codes are offered as nearest to an undocumented one. */
const NEAREST_UNDOCUMENTED = 3;

/**
 * For a code the registry lacks: the codes of its API spelled most like it, and, where the repository is
 * known, an address that opens a new issue with its title and body filled in. Nothing from the pasted
 * text goes into the address but the code itself and the API's name, since the report may be public.
 */
export function undocumented(
  row: Pick<CodeRow, 'code' | 'apis'>,
  index: CodeIndex,
  known: readonly KnownCode[],
): Pick<CodeRow, 'nearest' | 'report'> {
  const target = row.code.toUpperCase();
  const nearest = known
    .filter((entry) => row.apis.includes(entry.api))
    .map((entry) => ({ entry, distance: editDistance(target, entry.code.toUpperCase()) }))
    .sort((a, b) => a.distance - b.distance || a.entry.code.localeCompare(b.entry.code))
    .slice(0, NEAREST_UNDOCUMENTED)
    .map(({ entry }) => entry);
  const names = row.apis.map((id) => index.apis.find((api) => api.id === id)?.name ?? id).join(' or ');
  const report = index.repository
    ? `${index.repository.replace(/\/+$/, '')}/issues/new?${new URLSearchParams({
        title: `Undocumented code ${row.code} (${names})`,
        body: `The ${names} sent the code ${row.code}, which the reference does not document.\n\nWhere it was seen (the call, and a response with private values removed):\n`,
      })}`
    : undefined;
  return { nearest, ...(report ? { report } : {}) };
}
