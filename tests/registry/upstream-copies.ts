import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Verbatim copies of the sources the registry cites, as read, one file per source under
 * `upstream/<api>/<source id>.<ext>`: the pages (or the quoted lines of a code file) that the registry's
 * `upstream` samples and owner's descriptions must match.
 */
const DIR = new URL('./upstream/', import.meta.url).pathname;

export function readCopy(api: string, sourceId: string): string | undefined {
  const folder = path.join(DIR, api);
  if (!existsSync(folder)) return undefined;
  const file = readdirSync(folder).find((name) => name.slice(0, name.lastIndexOf('.')) === sourceId);
  return file === undefined ? undefined : readFileSync(path.join(folder, file), 'utf8');
}

/**
 * Runs of white space as one space, and none before punctuation, so that text wrapped differently in a copy
 * still matches: the copies of rendered pages break lines around inline code (`householdId\n. Note`).
 */
export const collapse = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();

export interface CopiedResponse {
  /** The status the copy shows before the JSON (`400 BadRequest`, `HTTP/1.1 404 Not Found`), if any. */
  status: number | undefined;
  body: unknown;
}

/**
 * Every JSON object written in a copy, with the status line just before it. Objects are found by matching
 * braces from each `{`; text that is not JSON (code, prose) is skipped.
 */
export function copiedResponses(copy: string): CopiedResponse[] {
  const found: CopiedResponse[] = [];
  for (let start = copy.indexOf('{'); start !== -1; start = copy.indexOf('{', start + 1)) {
    const end = matchingBrace(copy, start);
    if (end === -1) continue;
    let body: unknown;
    try {
      body = JSON.parse(copy.slice(start, end + 1));
    } catch {
      continue;
    }
    const before = copy.slice(0, start).trimEnd().split('\n').at(-1) ?? '';
    const status = /^(?:HTTP\/1\.1 )?(\d{3})\b/.exec(before.trim());
    found.push({ status: status ? Number(status[1]) : undefined, body });
  }
  return found;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index;
  }
  return -1;
}
