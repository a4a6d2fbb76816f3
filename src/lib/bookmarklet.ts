import { LOOKUP_URL } from './urls.ts';

/**
 * The "Look up selection" bookmarklet: run from a bookmark on any page (a support ticket, a log viewer), it
 * opens this site's lookup with the selected text in the URL's fragment, or asks for the text when nothing
 * is selected. It runs in that page, not ours, so it does nothing there but read the selection and open our
 * URL: no script is loaded into the page and nothing of it is changed. Selections inside a text box are read
 * from the box, since `getSelection()` does not see them.
 */
export function bookmarkletHref(origin: string): string {
  const target = JSON.stringify(new URL(`${LOOKUP_URL}#q=`, origin).href);
  const source =
    '(()=>{let e=document.activeElement,s="";' +
    'try{if(e&&(e.tagName=="TEXTAREA"||e.tagName=="INPUT"))s=e.value.slice(e.selectionStart,e.selectionEnd)}catch(x){}' +
    's=(s||String(getSelection())).trim()||prompt("Code or error text to look up:");' +
    `if(s)open(${target}+encodeURIComponent(s),"_blank","noopener")})()`;
  return `javascript:${encodeURIComponent(source)}`;
}
