'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { auth, signOut } from '@/lib/auth/config';
import { getStaff } from '@/lib/auth/session';
import { revokeStaffSession } from '@/lib/auth/sessions';
import { locales } from '@/lib/i18n/config';
import { setPreferredLocale } from '@/lib/staff';
import { log } from '@/lib/log';

/** Ends the session on the server (a copied cookie stops working), then clears the cookie. */
export async function signOutAction() {
  const session = (await auth()) as { sid?: unknown } | null;
  if (typeof session?.sid === 'string') {
    try {
      await revokeStaffSession(getDb(), session.sid);
    } catch (error) {
      // The cookie is still cleared; the session row expires with its idle lifetime.
      log.error({ scope: 'sign-out', err: error }, 'could not end the session on the server');
    }
  }
  await signOut({ redirect: false });
  redirect('/admin/login');
}

/** Each staff member picks the admin's language for themselves. */
export async function setAdminLocaleAction(formData: FormData) {
  const staff = await getStaff();
  if (!staff) redirect('/admin/login');
  const locale = z.enum(locales).safeParse(formData.get('locale'));
  if (locale.success) await setPreferredLocale(getDb(), staff.id, locale.data);
  // The root layout (<html lang dir>, navigation) must re-render in the new language too.
  refresh();
  const back = String(formData.get('back') ?? '/admin');
  redirect(back.startsWith('/admin') && !back.startsWith('//') ? back : '/admin');
}
