import type { CodeIndex, CodeRow } from './resolve-code.ts';

/**
 * The codes a log names as one Markdown table for a ticket: each code once, how many lines name it, and its
 * first line and text. The lookup page copies it and `npm run explain -- --file` prints it, so both give
 * the same table. The log's text is quoted as inline code, with what would break the table taken out.
 */

export const TRIAGE_COLUMNS = ['Code', 'API', 'Lines', 'First line', 'First occurrence'] as const;

/** A cell's text: one line, no pipe (it would end the cell), no backtick (it would end the code span). */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replaceAll('|', '\\|');
}

function quoted(text: string): string {
  const clean = text
    .replace(/[\r\n]+/g, ' ')
    .replaceAll('`', "'")
    .replaceAll('|', '¦');
  return clean ? `\`${clean}\`` : '';
}

export function apiName(index: Pick<CodeIndex, 'apis'>, ids: readonly string[]): string {
  return ids.map((id) => index.apis.find((api) => api.id === id)?.name ?? id).join(' or ');
}

/** `CODE` for a documented code, `CODE (undocumented)` for one the registry lacks. */
export function rowLabel(row: CodeRow): string {
  return row.known ? row.code : `${row.code} (undocumented)`;
}

export function triageMarkdown(rows: readonly CodeRow[], index: Pick<CodeIndex, 'apis'>, site?: string): string {
  const link = (row: CodeRow) => (row.known && site ? `[${cell(row.code)}](${new URL(row.known.url, site).href})` : cell(rowLabel(row)));
  return [
    `| ${TRIAGE_COLUMNS.join(' | ')} |`,
    `| ${TRIAGE_COLUMNS.map((_, column) => (column === 2 || column === 3 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${link(row)} | ${cell(apiName(index, row.apis))} | ${row.count} | ${row.line} | ${quoted(row.text)} |`),
  ].join('\n');
}
