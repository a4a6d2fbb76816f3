/**
 * The two files static hosts such as Netlify and Cloudflare Pages read from the site's root, so that
 * `npm start` answers as those hosts will: `_headers` (a path pattern, then indented `Name: value` lines)
 * and `_redirects` (`from to [status]` a line). Patterns may end in `*`, which matches the rest of a path
 * and is written into a redirect's target as `:splat`. Everything else in those formats is left to the hosts.
 */

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

const comment = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (comment(line)) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !comment(line))
    .flatMap((line) => {
      const [from, to, status] = line.trim().split(/\s+/);
      if (!from || !to) return [];
      return [{ from, to, status: status ? Number.parseInt(status, 10) || 301 : 301 }];
    });
}

/** The part of the path a trailing `*` matched, or undefined when the pattern does not match. */
function match(pattern: string, path: string): string | undefined {
  if (pattern.endsWith('*')) {
    const prefix = pattern.slice(0, -1);
    return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
  }
  return pattern === path ? '' : undefined;
}

/** Every header of every rule that matches, in file order; a name set twice keeps both values, comma-joined. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (match(rule.pattern, path) === undefined) continue;
    for (const [name, value] of rule.headers) {
      const previous = headers.get(name);
      headers.set(name, previous ? `${previous}, ${value}` : value);
    }
  }
  return headers;
}

/** The first redirect that matches the path, with `:splat` filled in. */
export function redirectFor(rules: readonly RedirectRule[], path: string): { location: string; status: number } | undefined {
  for (const rule of rules) {
    const splat = match(rule.from, path);
    if (splat !== undefined) return { location: rule.to.replace(':splat', splat), status: rule.status };
  }
  return undefined;
}
