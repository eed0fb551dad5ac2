import Link from 'next/link';
import { getBreaking } from '@/lib/breaking/reader';
import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';
import { BreakingDismiss } from './breaking-dismiss';

/**
 * The language's breaking-news banner at the top of every reader page, when there is one. It
 * reads without JavaScript; with it, a reader may dismiss it (remembered in this browser only).
 */
export async function BreakingBanner({ locale }: { locale: Locale }) {
  const banner = await getBreaking(locale);
  if (!banner) return null;
  const t = getMessages(locale);
  const external = /^https?:/.test(banner.href);
  return (
    <aside aria-label={t.breaking} data-breaking={banner.id} className="border-b-2 border-accent bg-card">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
        <strong className="shrink-0 rounded-sm bg-accent px-2 py-0.5 text-sm font-extrabold text-accent-ink uppercase">
          {t.breaking}
        </strong>
        <p className="min-w-0 flex-1 font-semibold">
          {external ? (
            <a href={banner.href} rel="noopener" className="inline-flex min-h-6 items-center hover:underline">
              {banner.text}
            </a>
          ) : (
            <Link href={banner.href} className="inline-flex min-h-6 items-center hover:underline">
              {banner.text}
            </Link>
          )}
        </p>
        <BreakingDismiss id={banner.id} label={t.dismissBreaking} />
      </div>
    </aside>
  );
}
