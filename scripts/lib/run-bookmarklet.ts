import type { BrowserContext, Page } from '@playwright/test';

/**
 * Runs the "Look up selection" bookmarklet (`href`, as the lookup page offers it) on a stand-in ticket page whose
 * text box holds `selection`, all of it selected, as a support agent would: the tab the bookmarklet opens, and when
 * the run started on the ticket page's clock (milliseconds since the epoch, comparable with another page's
 * `performance.timeOrigin`). Shared by the bench's `lookup_bookmarklet_1mb_to_code_ms` and the browser test.
 */
export async function runBookmarklet(context: BrowserContext, href: string, selection: string): Promise<{ opened: Page; started: number }> {
  const ticket = await context.newPage();
  await ticket.setContent('<textarea id="log"></textarea>');
  await ticket.evaluate((text) => {
    const box = document.querySelector<HTMLTextAreaElement>('#log')!;
    box.value = text;
    box.focus();
    box.select();
  }, selection);
  const popup = context.waitForEvent('page');
  const started = await ticket.evaluate(
    (script) => {
      const now = performance.timeOrigin + performance.now();
      new Function(script)();
      return now;
    },
    decodeURIComponent(href.slice('javascript:'.length)),
  );
  return { opened: await popup, started };
}
