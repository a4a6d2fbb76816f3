import { knownCodes, resolveText, type CodeIndex, type KnownCode } from '../lib/resolve-code.ts';

/**
 * Resolves a long text away from the page, so that triaging a log of many megabytes never stops the tab
 * from scrolling, typing or repainting. The page sends the code list once, then each text with an id, and
 * gets back the answer with that id.
 */
let codes: { index: CodeIndex; known: KnownCode[] } | undefined;
addEventListener('message', (event: MessageEvent<{ index: CodeIndex } | { id: number; text: string }>) => {
  if ('index' in event.data) {
    codes = { index: event.data.index, known: knownCodes(event.data.index) };
    return;
  }
  if (codes) postMessage({ id: event.data.id, answer: resolveText(event.data.text, codes.index, codes.known) });
});
