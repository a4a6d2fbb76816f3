import type { CodeIndex, CodeRow, KnownCode } from '../lib/resolve-code.ts';
import { apiName } from '../lib/triage-table.ts';
import { resultItem } from './render-results.ts';
import type { SiteResult } from './site-search.ts';

/**
 * The codes a pasted text or log names, as the lookup page lists them: each code once, with how many lines
 * name it and its first line; an undocumented code with the API whose envelope carried it, and where to
 * report it. Everything is set as text: the log comes from a paste and may hold anything.
 */

const lines = (count: number) => `${count} line${count === 1 ? '' : 's'}`;

function firstLine(row: CodeRow): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'result-line';
  paragraph.append(`First on line ${row.line}: `);
  const code = document.createElement('code');
  code.textContent = row.text;
  paragraph.append(code);
  return paragraph;
}

function documentedItem(row: CodeRow & { known: KnownCode }, described: SiteResult | undefined): HTMLLIElement {
  const result: SiteResult = described ?? { url: row.known.url, code: row.known.code, facts: row.known.api, summary: [], excerpt: [] };
  const item = resultItem({ ...result, note: lines(row.count) }, 'link');
  item.append(firstLine(row));
  return item;
}

export function undocumentedItem(row: CodeRow, index: Pick<CodeIndex, 'apis'>): HTMLLIElement {
  const item = document.createElement('li');
  const code = document.createElement('code');
  code.textContent = row.code;
  const facts = document.createElement('span');
  facts.className = 'result-facts';
  facts.textContent = `Undocumented · ${apiName(index, row.apis)} · ${lines(row.count)}`;
  const summary = document.createElement('p');
  summary.className = 'result-summary';
  summary.textContent = `The ${apiName(index, row.apis)} sent this code in its error envelope, but its reference, and so this site, does not list it.`;
  item.append(code, facts, summary, firstLine(row));
  if (row.nearest?.length) {
    const nearest = document.createElement('p');
    nearest.append('Nearest documented codes of that API: ');
    row.nearest.forEach((entry, position) => {
      const link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.code;
      nearest.append(...(position ? [', '] : []), link);
    });
    item.append(nearest);
  }
  if (row.report) {
    const report = document.createElement('p');
    const link = document.createElement('a');
    link.href = row.report;
    link.rel = 'noopener';
    link.textContent = `Report ${row.code} as undocumented`;
    report.append(link, ' (opens a new issue with its title filled in; add the call and a response with private values removed).');
    item.append(report);
  }
  return item;
}

/** Rows in order; `described` holds the search index's description of the documented ones, by URL. */
export function renderRows(
  list: HTMLElement,
  rows: readonly CodeRow[],
  described: ReadonlyMap<string, SiteResult>,
  index: Pick<CodeIndex, 'apis'>,
): void {
  list.replaceChildren(
    ...rows.map((row) =>
      row.known ? documentedItem(row as CodeRow & { known: KnownCode }, described.get(row.known.url)) : undocumentedItem(row, index),
    ),
  );
}
