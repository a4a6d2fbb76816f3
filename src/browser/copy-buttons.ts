/**
 * Copy buttons for sample blocks and for sharing a code page. The buttons are created here, so a page read
 * without JavaScript never shows a button that cannot work.
 */

function copyButton(text: string, accessibleName: string, done: string, getText: () => string): HTMLElement[] {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = text;
  button.setAttribute('aria-label', accessibleName);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      status.textContent = done;
      button.textContent = 'Copied';
    } catch {
      // Without clipboard access (an insecure origin, a denied permission) say how to copy by hand.
      status.textContent = 'Copying is blocked here; select the text and press Ctrl+C or ⌘C.';
    }
    clearTimeout(reset);
    reset = setTimeout(() => {
      button.textContent = text;
      status.textContent = '';
    }, 2500);
  });
  return [button, status];
}

// Code blocks, and the words for the customer on a code page (marked data-copy-text), each get a button.
for (const part of document.querySelectorAll<HTMLElement>('.exchange-part')) {
  const block = part.querySelector('pre, [data-copy-text]');
  if (!block) continue;
  const label = part.dataset['copyLabel'] ?? 'code';
  // Markup line breaks inside a paragraph are not the text's: collapse them, so a paste reads as written.
  const text = () => (block.matches('pre') ? (block.textContent ?? '') : (block.textContent ?? '').replace(/\s+/g, ' ').trim());
  part.querySelector('.code-label')?.append(...copyButton('Copy', `Copy the ${label}`, `Copied the ${label}.`, text));
}

/** What a code page puts on its share block (see ShareLinks.astro), with the address the reader is on. */
interface TicketFacts {
  code: string;
  url: string;
  apiName: string;
  summary: string;
  customer: string;
  actor: string;
  ask: readonly string[];
}

/** One line of Markdown for a support ticket: the code linked to its page, the API and the summary. */
function ticketLine({ code, url, apiName, summary }: TicketFacts): string {
  return `[\`${code}\`](${url}) (${apiName}): ${summary}`;
}

/** A note for the ticket's internal thread: the code and API, who has to act, what to collect, and the link. */
function internalNote({ code, url, apiName, summary, actor, ask }: TicketFacts): string {
  return [
    `${code} (${apiName}): ${summary}`,
    `Who acts: ${actor}`,
    'Collect from the customer:',
    ...ask.map((item) => `- ${item}`),
    `Reference: ${url}`,
  ].join('\n');
}

for (const share of document.querySelectorAll<HTMLElement>('.share')) {
  const {
    sharePath = '',
    shareCode = '',
    shareApi = '',
    shareSummary = '',
    shareCustomer = '',
    shareActor = '',
    shareAsk = '',
  } = share.dataset;
  const facts: TicketFacts = {
    code: shareCode,
    // The address the reader is on, not one fixed at build time: it is the one known to work for them.
    url: new URL(sharePath, window.location.href).href,
    apiName: shareApi,
    summary: shareSummary,
    customer: shareCustomer,
    actor: shareActor,
    ask: shareAsk.split('\n').filter(Boolean),
  };
  share.append(
    // Each accessible name starts with the button's visible text (WCAG 2.5.3, label in name).
    ...copyButton('Copy link', 'Copy link to this code', 'Link copied.', () => facts.url),
    ...copyButton('Copy customer words', 'Copy customer words, to send the end user', 'Customer words copied.', () => facts.customer),
    ...copyButton('Copy internal note', 'Copy internal note: code, API, who acts, what to collect, link', 'Internal note copied.', () =>
      internalNote(facts),
    ),
    ...copyButton('Copy for ticket', 'Copy for ticket, as one Markdown line', 'Ticket text copied.', () => ticketLine(facts)),
  );
  share.hidden = false;
}
