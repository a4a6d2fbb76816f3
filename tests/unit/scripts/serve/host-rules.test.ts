import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders, parseRedirects, redirectFor } from '../../../../scripts/serve/host-rules.ts';

describe('_headers', () => {
  const rules = parseHeaders(
    [
      '# comment',
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Link: </a.css>; rel=preload',
      '',
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '  Link: </b.css>; rel=preload',
      '',
    ].join('\n'),
  );

  test('reads each path pattern with the header lines indented under it', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Link', '</a.css>; rel=preload'],
        ],
      },
      {
        pattern: '/_astro/*',
        headers: [
          ['Cache-Control', 'public, max-age=31536000, immutable'],
          ['Link', '</b.css>; rel=preload'],
        ],
      },
    ]);
  });

  test('applies every matching rule, joining a header that two rules set', () => {
    expect(Object.fromEntries(headersFor(rules, '/_astro/app.js'))).toEqual({
      'X-Content-Type-Options': 'nosniff',
      Link: '</a.css>; rel=preload, </b.css>; rel=preload',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    expect([...headersFor(rules, '/groove/').keys()]).toEqual(['X-Content-Type-Options', 'Link']);
  });
});

describe('_redirects', () => {
  const rules = parseRedirects(
    ['# renamed codes', '/shop/OLD/ /shop/NEW/ 301', '/docs/* /guides/:splat 302', '/plain /', 'malformed-line-without-target'].join('\n'),
  );

  test('reads from, to and status, with 301 when no status is given, and skips lines without a target', () => {
    expect(rules).toEqual([
      { from: '/shop/OLD/', to: '/shop/NEW/', status: 301 },
      { from: '/docs/*', to: '/guides/:splat', status: 302 },
      { from: '/plain', to: '/', status: 301 },
    ]);
  });

  test('matches exact paths and splats, and nothing else', () => {
    expect(redirectFor(rules, '/shop/OLD/')).toEqual({ location: '/shop/NEW/', status: 301 });
    expect(redirectFor(rules, '/docs/groove/')).toEqual({ location: '/guides/groove/', status: 302 });
    expect(redirectFor(rules, '/shop/OLD')).toBeUndefined();
    expect(redirectFor(rules, '/shop/NEW/')).toBeUndefined();
  });
});
