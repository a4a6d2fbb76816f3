import { bookmarkletHref } from '../lib/bookmarklet.ts';
import { readCodeSpelling, resolveText, type Answer, type CodeIndex, type CodeRow, type KnownCode } from '../lib/resolve-code.ts';
import { apiName, triageMarkdown } from '../lib/triage-table.ts';
import { ELEMENT_IDS } from '../lib/element-ids.ts';
import { lookupHashUrl } from '../lib/urls.ts';
import { loadCodeIndex } from './code-index.ts';
import { byId } from './elements.ts';
import { takeHandedOver } from './lookup-handoff.ts';
import { COMPRESSED_PREFIX, inflateFragment } from '../lib/compressed-fragment.ts';
import { renderResults, setText } from './render-results.ts';
import { describeCodes, looksLikePayload, searchReading, warmUp } from './site-search.ts';
import type { QueryReading } from '../lib/search-policy.ts';
import { renderRows, undocumentedItem } from './triage-list.ts';

/**
 * `/lookup/`: the text comes from the fragment (`#q=`, which never reaches the server, however long the
 * pasted payload) or, for older links, the query string (`?q=`). `resolveText` makes the decision, as it
 * does for `npm run explain`: one code opens its page; several (a log) are listed with how many lines name
 * each and the first of them, and copy as a Markdown table; a code the registry lacks in a known API's
 * envelope is named undocumented; a quoted message gives its codes; none gives the nearest codes and the
 * site search for its words. The form puts its text in the fragment too.
 *
 * Nothing on the page changes until the text it was opened with has been resolved: a text naming one code
 * (the usual case, and what the "Look up selection" bookmarklet opens) goes straight to that code's page,
 * with no layout shift, search index or worker on the way. Everything the page shows appears below what is
 * already drawn (the status line and the lists come last, and the page is at least a screen tall), so an
 * answer arriving never moves what someone is reading.
 */
const form = byId<HTMLFormElement>(ELEMENT_IDS.lookupPageForm);
const input = byId<HTMLTextAreaElement>(ELEMENT_IDS.lookupPageInput);
const status = byId<HTMLElement>(ELEMENT_IDS.lookupStatus);
const matchesList = byId<HTMLElement>(ELEMENT_IDS.lookupMatches);
const resultsList = byId<HTMLElement>(ELEMENT_IDS.lookupResults);
const fileInput = byId<HTMLInputElement>(ELEMENT_IDS.lookupFile);
const copyButton = byId<HTMLButtonElement>(ELEMENT_IDS.lookupCopy);
const copyStatus = byId<HTMLElement>(ELEMENT_IDS.lookupCopyStatus);

/** The status line keeps its place whether or not it says anything (see the module comment). */
function say(text: string) {
  if (status) status.textContent = text;
}

/** Pasted text beyond this is not read: a log of 16 MB is more than any ticket carries. */
const MAX_TEXT = 16 * 1024 * 1024;

/**
 * Shows the text being looked up in the box. A browser takes seconds to lay out a text box holding a
 * megabyte, and the tab is frozen meanwhile, so a text that long is looked up but not put into the box,
 * whether it came from the address, a paste or a file; the box's placeholder says so.
 */
const SHOWN_IN_BOX = 20_000;
function showInBox(text: string, from: 'address' | 'paste' | 'file') {
  if (!input || input.value === text) return;
  const fits = text.length <= SHOWN_IN_BOX;
  input.value = fits ? text : '';
  input.placeholder = fits
    ? ''
    : `The ${Math.round(text.length / 1000)} KB of text ${{ address: 'from the address', paste: 'you pasted', file: 'in the file' }[from]} ${from === 'address' ? 'was' : 'were'} looked up; ${from === 'address' ? 'it is' : 'they are'} too long to show here.`;
}

/**
 * The text in the address: a `#z=` fragment inflated (what the bookmarklet writes for a long selection), or
 * the fragment's `q`, or the query string's for older links. A `#z=` that cannot be read gives no text, and
 * says why.
 */
async function addressText(): Promise<{ text: string; unreadable?: string }> {
  if (!location.hash.startsWith(COMPRESSED_PREFIX)) return { text: requestedText() };
  try {
    return { text: await inflateFragment(location.hash.slice(COMPRESSED_PREFIX.length)) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { text: '', unreadable: `This link’s text could not be read: ${why}. Paste the text here instead.` };
  }
}

function requestedText(): string {
  const hash = location.hash;
  // The form writes only `#q=`, with `&` encoded: decoded directly, a megabyte costs a fraction of what
  // URLSearchParams takes. Anything else in the fragment goes through URLSearchParams.
  if (hash.startsWith('#q=') && !hash.includes('&')) {
    try {
      return decodeURIComponent(hash.slice(3).replaceAll('+', ' '));
    } catch {
      // A malformed escape: URLSearchParams below reads it leniently.
    }
  }
  const fromHash = new URLSearchParams(hash.slice(1)).get('q');
  return fromHash ?? new URLSearchParams(location.search).get('q') ?? '';
}

/** Texts longer than this are resolved in a worker: a log of megabytes then never stops the page. */
const IN_WORKER = 200_000;
/** The longest text written into the address after a lookup, well under what browsers accept. */
const IN_ADDRESS = 500_000;
/** Codes described from the search index, beyond which a long log's codes are listed by name alone. */
const DESCRIBED = 20;

/**
 * The worker, started with the page so that a long paste does not wait for it to load. A text arriving
 * while it still works on an earlier one replaces it: the earlier answer is no longer wanted.
 */
let worker: { thread: Worker; busy: boolean } | undefined;
let requests = 0;
function startWorker(index: CodeIndex) {
  const thread = new Worker(new URL('./lookup-worker.ts', import.meta.url), { type: 'module' });
  thread.postMessage({ index });
  worker = { thread, busy: false };
}

/** The answer, from the worker for a long text; the same `resolveText` either way. */
function answer(text: string, index: CodeIndex, known: readonly KnownCode[]): Promise<Answer> {
  if (text.length <= IN_WORKER || typeof Worker === 'undefined') return Promise.resolve(resolveText(text, index, known));
  if (!worker || worker.busy) {
    worker?.thread.terminate();
    startWorker(index);
  }
  const current = worker!;
  const id = ++requests;
  current.busy = true;
  return new Promise<Answer>((resolve, reject) => {
    const onMessage = (event: MessageEvent<{ id: number; answer: Answer }>) => {
      if (event.data.id !== id) return;
      current.thread.removeEventListener('message', onMessage);
      current.busy = false;
      resolve(event.data.answer);
    };
    current.thread.addEventListener('message', onMessage);
    current.thread.addEventListener('error', reject, { once: true });
    current.thread.postMessage({ id, text });
  });
}

let copied: string | undefined;
copyButton?.addEventListener('click', async () => {
  if (copied === undefined) return;
  try {
    await navigator.clipboard.writeText(copied);
    setText(copyStatus, 'The table is copied, as Markdown.');
  } catch {
    setText(copyStatus, 'Copying is blocked here; the table is in the list above.');
  }
});

function showTable(rows: readonly CodeRow[] | undefined, index: CodeIndex) {
  copied = rows ? triageMarkdown(rows, index, location.origin) : undefined;
  if (copyButton) copyButton.hidden = rows === undefined;
  setText(copyStatus, '');
}

let latest = 0;
/**
 * Looks the text up and shows the answer; says whether it did, opened a code's page, or was overtaken.
 * `resolved` is the answer already found for it, for the text the page was opened with.
 */
async function lookUp(text: string, resolved?: Answer): Promise<'answered' | 'opened' | 'stale'> {
  if (!matchesList || !resultsList) return 'stale';
  const ticket = ++latest;
  matchesList.replaceChildren();
  resultsList.replaceChildren();
  if (!text.trim()) {
    say('');
    return 'answered';
  }
  say(text.length > SHOWN_IN_BOX ? `Looking up the ${Math.round(text.length / 1000)} KB of text…` : 'Looking up…');
  try {
    const { index, known } = await loadCodeIndex();
    const found = resolved ?? (await answer(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, index, known));
    if (ticket !== latest) return 'stale';
    showTable(undefined, index);
    switch (found.kind) {
      case 'empty':
        say('');
        return 'answered';
      case 'code':
        say(`Found ${found.code.code}; opening its page…`);
        openCodePage(found.code.url);
        return 'opened';
      case 'codes': {
        // Drawn once, with the summaries from the search index: listed first and described after, each item
        // would grow under the reader's eyes and push the ones below it down.
        const documented = found.rows.flatMap((row) => (row.known ? [row.known] : []));
        const described = await describeCodes(documented.slice(0, DESCRIBED));
        if (ticket !== latest) return 'stale';
        say(`${found.rows.length} codes found in what you entered. Choose one:`);
        renderRows(matchesList, found.rows, new Map(described.map((result) => [result.url, result])), index);
        showTable(found.rows, index);
        return 'answered';
      }
      case 'undocumented': {
        const near = await describeCodes(found.row.nearest ?? [], `Near ${found.row.code}`);
        if (ticket !== latest) return 'stale';
        const names = apiName(index, found.row.apis);
        say(`${found.row.code} is not documented: the ${names} sent it, but its reference does not list it.`);
        matchesList.replaceChildren(undocumentedItem(found.row, index));
        renderResults(resultsList, near);
        return 'answered';
      }
      case 'messages': {
        const described = await Promise.all(found.matches.map((match) => describeCodes([match.known], `Message: “${match.text}”`)));
        if (ticket !== latest) return 'stale';
        say('No code in what you entered, but it reads like the message these codes are sent with:');
        renderResults(matchesList, described.flat());
        return 'answered';
      }
      case 'none': {
        const spelled = readCodeSpelling(text, known, index);
        const reading: QueryReading = {
          text: text.trim(),
          payload: looksLikePayload(text),
          found: [],
          unknownTokens: found.reading.unknownTokens,
          ...(spelled ? { spelled } : {}),
        };
        const search = await searchReading(reading);
        if (ticket !== latest) return 'stale';
        const near = search.results.filter((result) => result.near);
        const words = search.results.filter((result) => !near.includes(result));
        renderResults(matchesList, near);
        renderResults(resultsList, words);
        say(
          near.length
            ? 'No code found in what you entered. Did you mean one of these?'
            : words.length
              ? 'No code found in what you entered. Search results for its words:'
              : 'No code found in what you entered, and no page matches its words.',
        );
      }
    }
  } catch {
    say('The lookup could not load the list of codes. Browse the API indexes instead.');
  }
  return ticket === latest ? 'answered' : 'stale';
}

/**
 * Opens a code's page in place of this one. The address is emptied first: Chromium took about a second longer
 * (at a load average of 8) to leave a page whose address holds a megabyte, and this entry is replaced anyway.
 */
function openCodePage(url: string) {
  if (location.hash.length > SHOWN_IN_BOX || location.search.length > SHOWN_IN_BOX) history.replaceState(null, '', location.pathname);
  location.replace(url);
}

/** An address carries at most 2 MB (Chromium's limit), which the page resolves at once, without the worker. */
const IN_PAGE_AT_START = 2 * 1024 * 1024;

/**
 * The text the page was opened with, from the address or handed over by another page's lookup box (see
 * lookup-handoff.ts), is resolved before anything on the page changes: when it names one code, that code's
 * page opens with nothing fetched or started beyond the code list, which the page preloads. Only otherwise
 * does the page show its own tools and start what later lookups need (the search index, the worker).
 */
async function start() {
  // Taken either way, so that a handover whose page never opened cannot stand in for a later address.
  const handedOver = takeHandedOver();
  const { text: inAddress, unreadable } = await addressText();
  const initial = inAddress || (handedOver ?? '');
  let resolved: Answer | undefined;
  if (initial.trim() && initial.length <= IN_PAGE_AT_START) {
    try {
      const { index, known } = await loadCodeIndex();
      resolved = resolveText(initial, index, known);
    } catch {
      // lookUp below says that the code list could not be loaded.
    }
    if (resolved?.kind === 'code') {
      openCodePage(resolved.code.url);
      return;
    }
  }
  showTools();
  void warmUp().catch(() => undefined);
  if (typeof Worker !== 'undefined') {
    void loadCodeIndex()
      .then(({ index }) => worker ?? startWorker(index))
      .catch(() => undefined);
  }
  showInBox(initial, inAddress ? 'address' : 'paste');
  const outcome = await lookUp(initial, resolved);
  if (unreadable) say(unreadable);
  // A handed-over text goes into the address once answered, as the form's does, so a reload keeps it.
  if (!inAddress && initial && outcome === 'answered' && initial.length <= IN_ADDRESS)
    history.replaceState(null, '', lookupHashUrl(initial));
}
void start();

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input?.value ?? '';
  // The answer first, then the address: encoding a megabyte and writing it into the address takes the
  // browser longer than the lookup itself. The new fragment is a history entry of its own (`pushState`
  // runs no `hashchange`, so the text is looked up once); a code's page, once opened, takes the entry's
  // place instead.
  void lookUp(text).then((outcome) => {
    // Browsers refuse addresses of more than about two megabytes; a text that long stays out of the address.
    if (outcome !== 'answered' || text.length > IN_ADDRESS) return;
    const hash = new URL(lookupHashUrl(text), location.href).hash;
    if (location.hash !== hash) history.pushState(null, '', hash);
  });
});
// A long paste or a log file is looked up without passing through the box (see showInBox), and without
// going into the address, which browsers cap at a few megabytes.
input?.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= SHOWN_IN_BOX) return;
  event.preventDefault();
  showInBox(text, 'paste');
  void lookUp(text);
});
fileInput?.addEventListener('change', async () => {
  const [file] = fileInput.files ?? [];
  if (!file) return;
  const text = await file.text();
  showInBox(text, 'file');
  void lookUp(text);
});
addEventListener('hashchange', async () => {
  const { text, unreadable } = await addressText();
  showInBox(text, 'address');
  await lookUp(text);
  if (unreadable) say(unreadable);
});

/**
 * The file picker and the bookmarklet need this script, so they appear only with it, together and before
 * any answer: below them there is then nothing yet to push down.
 */
function showTools() {
  const fileField = byId<HTMLElement>(ELEMENT_IDS.lookupFileField);
  if (fileField) fileField.hidden = false;
  // The bookmarklet is built for the address this page is served from, so it works on any host.
  const bookmarklet = byId<HTMLAnchorElement>(ELEMENT_IDS.bookmarklet);
  const bookmarkletSection = byId(ELEMENT_IDS.bookmarkletSection);
  if (bookmarklet && bookmarkletSection) {
    bookmarklet.href = bookmarkletHref(location.origin);
    // Clicked here rather than bookmarked, it would only be blocked by this page's CSP; say what to do instead.
    bookmarklet.addEventListener('click', (event) => {
      event.preventDefault();
      say('Drag “Look up selection” to your bookmarks bar, then use it on the page with the text.');
    });
    bookmarkletSection.hidden = false;
  }
}
