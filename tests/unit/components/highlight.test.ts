import { describe, expect, test } from 'vitest';
import { highlight } from '../../../src/components/highlight.ts';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('highlight', () => {
  test('keeps the text of a block exactly, line for line', () => {
    const code = '{\n  "Error": {\n    "ErrorCode": "CATALOG_NO_RESULT",\n    "Count": 0,\n    "Ok": false\n  }\n}';
    const html = highlight(code, 'json');
    expect(text(html)).toBe(code);
    expect(html.split('\n')).toHaveLength(7);
  });

  test('gives keys, strings and constants their own classes', () => {
    const html = highlight('{"errorCode": "ERROR_INVALID_PARAMETER", "n": 3, "ok": true}', 'json');
    expect(html).toContain('<span class="hl-keyword">"errorCode"</span>');
    expect(html).toContain('<span class="hl-string-expression">"ERROR_INVALID_PARAMETER"</span>');
    expect(html).toContain('<span class="hl-constant">3</span>');
    expect(html).toContain('<span class="hl-constant">true</span>');
  });

  test('highlights request lines and headers of an HTTP exchange', () => {
    const html = highlight('GET /1/content/lookup?ids=a&b HTTP/1.1\nAuthorization: Bearer x', 'http');
    expect(html).toMatch(/^<pre class="code-block" data-language="http" tabindex="0"><code>/);
    expect(html).toContain('<span class="hl-keyword">GET</span>');
    expect(html).toContain('<span class="hl-string-expression">Authorization</span>');
    expect(text(html)).toBe('GET /1/content/lookup?ids=a&b HTTP/1.1\nAuthorization: Bearer x');
  });

  test('escapes markup in the code, so a hostile sample is shown and never parsed', () => {
    const code = '{"Description": "</code></pre><script>alert(1)</script><img src=x onerror=alert(2)> & more"}';
    const html = highlight(code, 'json');
    expect(html).not.toMatch(/<script|<img|<\/pre><script/);
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp; more');
    expect(text(html)).toBe(code);
  });

  test('writes no inline style, so the Content-Security-Policy can forbid them', () => {
    expect(highlight('{"a": [1, "b", null]}', 'json')).not.toContain('style=');
  });
});
