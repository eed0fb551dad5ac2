import type { NextRequest } from 'next/server';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { getSearchMessages } from '@/lib/i18n/search';
import { absoluteUrl } from '@/lib/routes';
import { openSearchPath, searchPath } from '@/lib/search';

const xmlEscape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** What a browser needs to add the site's search in `locale` (OpenSearch 1.1). */
function openSearchDescription(locale: Locale): string {
  const t = getSearchMessages(locale);
  const results = `${absoluteUrl(searchPath(locale))}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${xmlEscape(t.shortName)}</ShortName>
  <Description>${xmlEscape(t.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <OutputEncoding>UTF-8</OutputEncoding>
  <Language>${locale}</Language>
  <Url type="text/html" method="get" template="${xmlEscape(results)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${xmlEscape(absoluteUrl(openSearchPath(locale)))}"/>
  <moz:SearchForm>${xmlEscape(absoluteUrl(searchPath(locale)))}</moz:SearchForm>
</OpenSearchDescription>
`;
}

/**
 * `/opensearch.xml?hl=ar`: the description of the search in that language (every reader page
 * links its own); without `hl`, or with an unknown one, the site's default language.
 */
export function GET(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get('hl');
  const locale = isLocale(asked) ? asked : defaultLocale();
  return new Response(openSearchDescription(locale), {
    headers: {
      'content-type': 'application/opensearchdescription+xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
}
