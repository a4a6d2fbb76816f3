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

for (const part of document.querySelectorAll<HTMLElement>('.exchange-part')) {
  const pre = part.querySelector('pre');
  if (!pre) continue;
  const label = part.dataset['copyLabel'] ?? 'code';
  part
    .querySelector('.code-label')
    ?.append(...copyButton('Copy', `Copy the ${label}`, `Copied the ${label}.`, () => pre.textContent ?? ''));
}

/** One line of Markdown for a support ticket: the code linked to its page, the API and the summary. */
function ticketLine(code: string, url: string, apiName: string, summary: string): string {
  return `[\`${code}\`](${url}) (${apiName}): ${summary}`;
}

for (const share of document.querySelectorAll<HTMLElement>('.share')) {
  const { sharePath = '', shareCode = '', shareApi = '', shareSummary = '' } = share.dataset;
  // The address the reader is on, not one fixed at build time: it is the one known to work for them.
  const url = new URL(sharePath, window.location.href).href;
  share.append(
    // Each accessible name starts with the button's visible text (WCAG 2.5.3, label in name).
    ...copyButton('Copy link', 'Copy link to this code', 'Link copied.', () => url),
    ...copyButton('Copy for ticket', 'Copy for ticket, as Markdown', 'Ticket text copied.', () =>
      ticketLine(shareCode, url, shareApi, shareSummary),
    ),
  );
  share.hidden = false;
}
