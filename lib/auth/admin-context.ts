import 'server-only';
import { headers } from 'next/headers';
import { defaultLocale, negotiateLocale, type Locale } from '../i18n/config';
import { getAdminMessages } from '../i18n/admin';
import { getStaff, type Staff } from './session';

/** The admin speaks each staff member's chosen language; before sign-in, the browser's. */
export async function getAdminContext(): Promise<{
  staff: Staff | null;
  locale: Locale;
  t: ReturnType<typeof getAdminMessages>;
}> {
  const staff = await getStaff();
  const locale = staff?.preferredLocale ?? negotiateLocale((await headers()).get('accept-language'), defaultLocale());
  return { staff, locale, t: getAdminMessages(locale) };
}
