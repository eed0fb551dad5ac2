// Prints the reader pagination's markup for e2e/targets.spec.ts (run with tsx, which resolves
// Next's modules as the app does; Playwright's loader does not).
import { renderToStaticMarkup } from 'react-dom/server';
import { Pagination } from '@/components/site/pagination';
import { isLocale } from '@/lib/i18n/config';

const locale = process.argv[2];
if (!isLocale(locale)) throw new Error(`Unknown locale: ${locale}`);
process.stdout.write(
  renderToStaticMarkup(Pagination({ locale, page: 2, pageCount: 3, hrefFor: (n) => `/${locale}/page/${n}` })),
);
