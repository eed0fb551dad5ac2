import type { Locale } from '@/lib/i18n/config';
import { getSearchMessages } from '@/lib/i18n/search';
import { openSearchPath } from '@/lib/search';

/**
 * Tells browsers that the site has a search they can add (OpenSearch). React puts this `<link>`
 * in the document's head wherever it is rendered.
 */
export function OpenSearchLink({ locale }: { locale: Locale }) {
  const t = getSearchMessages(locale);
  return (
    <link rel="search" type="application/opensearchdescription+xml" href={openSearchPath(locale)} title={t.shortName} />
  );
}
