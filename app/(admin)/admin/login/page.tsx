import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form';
import { getAdminContext } from '@/lib/auth/admin-context';
import { getLoginMessages } from '@/lib/i18n/admin-login';
import { defaultLocale, negotiateLocale } from '@/lib/i18n/config';
import { log } from '@/lib/log';
import { loginAction } from './actions';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: PageProps<'/admin/login'>) {
  // With the database away, the form still shows (as signed out) and answers "try again shortly".
  const { staff, locale } = await getAdminContext().catch(async (error: unknown) => {
    unstable_rethrow(error);
    log.error({ scope: 'login', err: error }, 'could not read the session');
    return { staff: null, locale: negotiateLocale((await headers()).get('accept-language'), defaultLocale()) };
  });
  const from = (await searchParams).from;
  const destination = typeof from === 'string' && from.startsWith('/admin') && !from.startsWith('//') ? from : '/admin';
  if (staff) redirect(destination);
  const t = getLoginMessages(locale);
  return (
    <main className="mx-auto mt-16 max-w-sm rounded border border-rule bg-card p-6">
      <h1 className="mb-6 text-2xl font-extrabold">{t.title}</h1>
      <LoginForm action={loginAction} t={t} from={destination} />
    </main>
  );
}
