import { describe, expect, test } from 'vitest';
import type { CodeRow } from '../../../src/lib/resolve-code.ts';
import { triageMarkdown } from '../../../src/lib/triage-table.ts';

const index = { apis: [{ id: 'sonos-control', name: 'Sonos Control API', code: 'errorCode', codePattern: '^ERROR_[A-Z_]+$' }] };

describe('triageMarkdown', () => {
  test('keeps a log line that holds pipes, backticks and markup inside its cell, as text', () => {
    const rows: CodeRow[] = [
      {
        code: 'ERROR_NOT_CAPABLE',
        known: { api: 'sonos-control', code: 'ERROR_NOT_CAPABLE', url: '/sonos-control/ERROR_NOT_CAPABLE/' },
        apis: ['sonos-control'],
        count: 12,
        line: 3,
        text: 'a | b `c` <img src=x onerror=alert(1)> ERROR_NOT_CAPABLE',
      },
      { code: 'ERROR_BRAND_NEW', apis: ['sonos-control'], count: 1, line: 9, text: '' },
    ];
    expect(triageMarkdown(rows, index, 'https://errors.example').split('\n')).toEqual([
      '| Code | API | Lines | First line | First occurrence |',
      '| --- | --- | ---: | ---: | --- |',
      "| [ERROR_NOT_CAPABLE](https://errors.example/sonos-control/ERROR_NOT_CAPABLE/) | Sonos Control API | 12 | 3 | `a ¦ b 'c' <img src=x onerror=alert(1)> ERROR_NOT_CAPABLE` |",
      '| ERROR_BRAND_NEW (undocumented) | Sonos Control API | 1 | 9 |  |',
    ]);
  });
});
