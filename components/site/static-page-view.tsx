import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { TranslationLinks } from '@/components/site/translation-links';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import { getMessages } from '@/lib/i18n/messages';
import type { StaticPage } from '@/lib/pages';
import { routes } from '@/lib/routes';

/**
 * A static page as readers see it: title, standfirst, links to its other languages, the text and
 * when it last changed. No byline, date line, tags or comments: it is the publication speaking.
 * Shared by the reader page and the staff preview.
 */
export function StaticPageView({ page, locale }: { page: StaticPage; locale: Locale }) {
  const t = getMessages(locale);
  return (
    <article className="mx-auto max-w-3xl" aria-labelledby="headline" data-static-page>
      <header>
        <h1 id="headline" className="text-3xl leading-tight font-extrabold sm:text-4xl">
          {page.title}
        </h1>
        {page.dek && <p className="mt-3 text-xl text-muted">{page.dek}</p>}
        <TranslationLinks locale={locale} translations={page.translations} href={routes.page} />
      </header>
      <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: page.body }} />
      <footer className="mt-8 border-t border-rule pt-4 text-sm text-muted">
        {t.updated} <time dateTime={page.updatedAt}>{formatDate(locale, page.updatedAt, true)}</time>
      </footer>
    </article>
  );
}

/** A static page with the site's header (its translations as the language switcher's links) and footer. */
export function StaticPageScreen({ page, locale }: { page: StaticPage; locale: Locale }) {
  return (
    <>
      <SiteHeader
        locale={locale}
        alternates={page.translations.map((tr) => ({ locale: tr.locale, href: routes.page(tr.locale, tr.slug) }))}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <StaticPageView page={page} locale={locale} />
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
