import { createCssVariablesTheme, createHighlighterCoreSync } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import http from 'shiki/langs/http.mjs';
import json from 'shiki/langs/json.mjs';

/** The languages registry samples and envelopes are written in. */
export type CodeLanguage = 'http' | 'json';

/**
 * Shiki tokenizes; the markup is ours. Every code page carries two or three blocks, so at 5000 codes this runs
 * about 12,000 times per build: Astro's `<Code>` (Oniguruma, dual themes tokenized twice, a hast tree per block)
 * took 3.8 s of a 5000-code build, this takes about 0.8 s (`node --cpu-prof`). One theme of CSS variables also
 * means a token carries a class rather than inline colours, so light and dark come from the stylesheet and the
 * Content-Security-Policy needs no inline styles.
 */
const theme = createCssVariablesTheme({ name: 'error-reference', variablePrefix: '--hl-', variableDefaults: {} });
const highlighter = createHighlighterCoreSync({
  themes: [theme],
  langs: [...http, ...json],
  engine: createJavaScriptRegexEngine(),
});

const TOKEN_VARIABLE = /^var\(--hl-token-([a-z-]+)\)$/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeText = (text: string) => text.replace(/[&<>]/g, (char) => ESCAPES[char]!);

/**
 * The HTML for one code block: a focusable `<pre>` (so a keyboard can scroll a wide sample) and an
 * `hl-<kind>` class per token (`hl-keyword`, `hl-string`, …). All text is escaped, and the
 * block's text content is exactly `code`.
 */
export function highlight(code: string, language: CodeLanguage): string {
  const lines = highlighter.codeToTokensBase(code, { lang: language, theme: theme.name! }).map((tokens) => {
    let html = '';
    let openKind: string | undefined;
    for (const token of tokens) {
      const kind = TOKEN_VARIABLE.exec(token.color ?? '')?.[1];
      if (kind !== openKind) {
        if (openKind) html += '</span>';
        if (kind) html += `<span class="hl-${kind}">`;
        openKind = kind;
      }
      html += escapeText(token.content);
    }
    if (openKind) html += '</span>';
    return html;
  });
  return `<pre class="code-block" data-language="${language}" tabindex="0"><code>${lines.join('\n')}</code></pre>`;
}
