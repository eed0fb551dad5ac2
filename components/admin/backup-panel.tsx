import { getBackupMessages } from '@/lib/i18n/admin-backup';
import type { Locale } from '@/lib/i18n/config';

export const BACKUP_DOWNLOAD_PATH = '/api/admin/backup';

/**
 * The Backup section of the settings page: a plain link (works without JavaScript) to the
 * admin-only download, which the route handler authorizes and records in the audit log.
 */
export function BackupPanel({ locale }: { locale: Locale }) {
  const t = getBackupMessages(locale);
  return (
    <section aria-labelledby="backup-title" className="space-y-3 rounded border border-rule bg-card p-5">
      <h2 id="backup-title" className="text-lg font-bold">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <p className="font-semibold">{t.sensitive}</p>
      <p>
        <a
          href={BACKUP_DOWNLOAD_PATH}
          download
          className="inline-block rounded bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90"
        >
          {t.download}
        </a>
      </p>
      <p className="text-sm">
        {t.restoreHint} <code dir="ltr">npm run db:restore -- FILE</code>
      </p>
    </section>
  );
}
