import { COMPRESSED_PREFIX } from './compressed-fragment.ts';
import { LOOKUP_URL } from './urls.ts';

/**
 * Selections longer than this go into the address compressed (`#z=`, compressed-fragment.ts), where the
 * browser can compress them: a megabyte in `#q=` costs Chromium seconds.
 */
export const IN_ADDRESS_UNCOMPRESSED = 20_000;

/**
 * The "Look up selection" bookmarklet: run from a bookmark on any page (a support ticket, a log viewer), it
 * opens this site's lookup with the selected text in the URL's fragment, or asks for the text when nothing
 * is selected; a long selection is deflated into `#z=` first. It runs in that page, not ours, so it does
 * nothing there but read the selection and open our URL: no script is loaded into the page and nothing of it
 * is changed. Selections inside a text box are read from the box, since `getSelection()` does not see them.
 * Compressing takes milliseconds, well within the few seconds a click lets a page open a tab.
 */
export function bookmarkletHref(origin: string): string {
  const target = JSON.stringify(new URL(`${LOOKUP_URL}#q=`, origin).href);
  const compressed = JSON.stringify(new URL(`${LOOKUP_URL}${COMPRESSED_PREFIX}`, origin).href);
  const source =
    '(()=>{let e=document.activeElement,s="";' +
    'try{if(e&&(e.tagName=="TEXTAREA"||e.tagName=="INPUT"))s=e.value.slice(e.selectionStart,e.selectionEnd)}catch(x){}' +
    's=(s||String(getSelection())).trim()||prompt("Code or error text to look up:");' +
    'if(!s)return;let o=u=>open(u,"_blank","noopener");' +
    `if(s.length<=${IN_ADDRESS_UNCOMPRESSED}||typeof CompressionStream=="undefined")return o(${target}+encodeURIComponent(s));` +
    'new Response(new Blob([s]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer().then(b=>{' +
    'let a=new Uint8Array(b),t="";for(let i=0;i<a.length;i+=32768)t+=String.fromCharCode.apply(null,a.subarray(i,i+32768));' +
    `o(${compressed}+btoa(t).replaceAll("+","-").replaceAll("/","_").replace(/=+$/,""))})})()`;
  return `javascript:${encodeURIComponent(source)}`;
}
