/**
 * Adds a Copy button to each sample block. The buttons are created here, so a page read without
 * JavaScript shows no button that cannot work. Text is copied exactly as displayed.
 */
for (const part of document.querySelectorAll<HTMLElement>('.exchange-part')) {
  const pre = part.querySelector('pre');
  if (!pre) continue;
  const label = part.dataset['copyLabel'] ?? 'code';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy the ${label}`);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.textContent ?? '');
      status.textContent = `Copied the ${label}.`;
      button.textContent = 'Copied';
    } catch {
      // Without clipboard access (an insecure origin, a denied permission), select the text instead.
      getSelection()?.selectAllChildren(pre);
      status.textContent = 'Selected; press Ctrl+C or ⌘C to copy.';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
      status.textContent = '';
    }, 2500);
  });
  part.querySelector('.code-label')?.append(button, status);
}
