import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { BackupPanel } from '@/components/admin/backup-panel';
import { readFormState } from '@/lib/admin/form-flash';
import { CommentSettingsForm } from '@/components/admin/comment-settings-form';
import { FeedSettingsForm } from '@/components/admin/feed-settings-form';
import { IdentitySettingsForm } from '@/components/admin/identity-settings-form';
import { getAdminIdentityMessages } from '@/lib/i18n/admin-identity';
import { getIdentitySettings } from '@/lib/identity/settings';
import { identityFormValues } from '@/lib/identity/form-values';
import { updateIdentityAction } from './identity-actions';
import { getDb } from '@/db';
import { getAdminContext } from '@/lib/auth/admin-context';
import { requirePagePermission } from '@/lib/auth/session';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { getFeedMessages } from '@/lib/i18n/feeds';
import { getCommentSettings, getFeedSettings } from '@/lib/settings';
import { updateCommentSettingsAction, updateFeedSettingsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getAdminContext();
  return { title: getAdminCommentsMessages(locale).settings.title };
}

export default async function SettingsPage({ searchParams }: PageProps<'/admin/settings'>) {
  const staff = await requirePagePermission('settings.manage', '/admin/settings');
  const t = getAdminCommentsMessages(staff.preferredLocale).settings;
  const [settings, feedSettings, identity] = await Promise.all([
    getCommentSettings(getDb(), staff),
    getFeedSettings(getDb(), staff),
    getIdentitySettings(getDb(), staff),
  ]);
  if (!settings || !feedSettings || !identity) forbidden();
  const flash = (await searchParams).flash;
  const kept = await readFormState(typeof flash === 'string' ? flash : undefined);
  return (
    <main className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-extrabold">{t.title}</h1>
      <IdentitySettingsForm
        action={updateIdentityAction}
        initialState={kept?.key === 'identity' ? kept.state : undefined}
        initial={identityFormValues(identity)}
        t={getAdminIdentityMessages(staff.preferredLocale)}
      />
      <CommentSettingsForm
        action={updateCommentSettingsAction}
        initialState={kept?.key === 'settings' ? kept.state : undefined}
        t={t}
        initial={{
          closeMode: settings.closeAfterDays === null ? 'never' : 'after',
          closeAfterDays: settings.closeAfterDays === null ? '' : String(settings.closeAfterDays),
          maxLinks: String(settings.maxLinks),
          blockedWords: settings.blockedWords.join('\n'),
          blockedAddresses: settings.blockedAddresses.join('\n'),
          autoApproveKnown: settings.autoApproveKnown ? 'on' : '',
          rateLimitCount: String(settings.rateLimitCount),
          rateLimitMinutes: String(settings.rateLimitMinutes),
          minFillSeconds: String(settings.minFillSeconds),
        }}
      />
      <FeedSettingsForm
        action={updateFeedSettingsAction}
        initialState={kept?.key === 'feed-settings' ? kept.state : undefined}
        initial={feedSettings}
        t={getFeedMessages(staff.preferredLocale).admin}
      />
      <BackupPanel locale={staff.preferredLocale} />
    </main>
  );
}
