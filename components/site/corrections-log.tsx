import Link from 'next/link';
import type { CorrectionsPage } from '@/lib/corrections';
import { correctionsAlternates, correctionsTitle } from '@/lib/corrections/metadata';
import type { Locale } from '@/lib/i18n/config';
import { fill, formatDate, formatNumber } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import { routes } from '@/lib/routes';
import { collectionPage, type Crumb } from '@/lib/seo/structured-data';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** `/{locale}/corrections`: every correction to a story readers can open, newest first. */
export function CorrectionsLog({ locale, log }: { locale: Locale; log: CorrectionsPage }) {
  const t = getMessages(locale);
  const hrefFor = (page: number) => routes.corrections(locale, page);
  const crumbs: Crumb[] = [
    { name: t.home, path: routes.home(locale) },
    { name: t.corrections, path: hrefFor(1) },
  ];
  return (
    <>
      <SiteHeader locale={locale} alternates={correctionsAlternates(locale, log.page)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <header className="mb-8 border-b-2 border-ink pb-3">
          <h1 className="text-3xl font-extrabold">{t.corrections}</h1>
          <p className="mt-2 text-muted">{t.correctionsIntro}</p>
          {log.page > 1 && (
            <p className="mt-1 text-sm text-muted">
              {fill(t.pageOf, { page: formatNumber(locale, log.page), total: formatNumber(locale, log.pageCount) })}
            </p>
          )}
        </header>
        {log.items.length === 0 ? (
          <p>{t.noCorrections}</p>
        ) : (
          <ol className="space-y-6">
            {log.items.map((c) => {
              const [before = '', after = ''] = t.correctionTo.split('{title}');
              return (
                <li key={c.id} className="border-b border-rule pb-5">
                  <h2 className="text-lg leading-snug font-bold">
                    {before}
                    <Link
                      href={`${routes.article(c.article.locale, c.article.slug)}#corrections`}
                      className="hover:text-accent hover:underline"
                    >
                      {c.article.title}
                    </Link>
                    {after}
                  </h2>
                  <p className="mt-1 text-sm text-muted">
                    <time dateTime={c.createdAt}>{formatDate(locale, c.createdAt, true)}</time>
                  </p>
                  <p className="mt-2 whitespace-pre-line">{c.body}</p>
                </li>
              );
            })}
          </ol>
        )}
        <Pagination locale={locale} page={log.page} pageCount={log.pageCount} hrefFor={hrefFor} />
      </main>
      <SiteFooter locale={locale} />
      <JsonLd
        data={[
          collectionPage({
            locale,
            name: correctionsTitle(locale, log.page),
            description: t.correctionsIntro,
            path: hrefFor(log.page),
            crumbs,
            items: log.items.map((c) => routes.article(c.article.locale, c.article.slug)),
          }),
        ]}
      />
    </>
  );
}
