import type { Locale } from '@/lib/i18n/config';
import { getMessages } from '@/lib/i18n/messages';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getMessages(locale);
  return (
    <footer className="mt-16 border-t border-rule bg-card">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
        <p>{t.footerAbout}</p>
        <p className="mt-2">{t.allRights}</p>
      </div>
    </footer>
  );
}
