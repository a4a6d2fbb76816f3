import type { APIRoute } from 'astro';
import { FAVICON_URL, SEARCH_URL } from '../lib/urls.ts';
import { SITE } from '../lib/site.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The OpenSearch 1.1 description of the site's search, linked from every page, so a browser can add the
 * site as a search engine for its address bar (Chrome and Firefox offer it once the site has been visited).
 * `{searchTerms}` goes to `/search/`, which reads codes in any spelling, pasted payloads and plain words.
 */
export const GET: APIRoute = ({ site }) => {
  // Absolute addresses need SITE_URL; without it they stay relative to the description's own address.
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const template = `${address(SEARCH_URL)}?q={searchTerms}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(SITE.shortName)}</ShortName>
  <Description>Look up API error codes and error responses in the ${escapeXml(SITE.name)}.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(address(FAVICON_URL))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <moz:SearchForm>${escapeXml(address(SEARCH_URL))}</moz:SearchForm>
  <Query role="example" searchTerms="ACCESS_TOKEN_EXPIRED"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
