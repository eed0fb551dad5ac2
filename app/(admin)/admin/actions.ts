'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { action } from '@/lib/actions/action';
import { auth, signOut } from '@/lib/auth/config';
import { revokeStaffSession } from '@/lib/auth/sessions';
import { locales } from '@/lib/i18n/config';
import { log } from '@/lib/log';
import { setPreferredLocale } from '@/lib/staff';

/**
 * Ends the session on the server (a copied cookie stops working), then clears the cookie.
 * Public on purpose: signing out needs no permission, and someone already signed out (an
 * expired session, a second tab) simply lands on the sign-in page like everyone else.
 */
export const signOutAction = action(
  {
    name: 'signOut',
    access: 'public',
    schema: z.object({}),
    input: () => ({}),
    refused: () => redirect('/admin/login'),
  },
  async () => {
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
  },
);

/** Only addresses inside the admin: the form's `back` must not send anyone elsewhere. */
const adminPath = z.string().refine((path) => path.startsWith('/admin') && !path.startsWith('//'));

/** Each staff member picks the admin's language for themselves. */
export const setAdminLocaleAction = action(
  {
    name: 'setAdminLocale',
    access: 'admin.enter',
    // Neither field can fail: an unknown language is ignored and any other address becomes
    // /admin, so the person always lands back in the admin.
    schema: z.object({ locale: z.enum(locales).optional().catch(undefined), back: adminPath.catch('/admin') }),
    input: (form: FormData) => ({ locale: form.get('locale') ?? undefined, back: form.get('back') ?? '/admin' }),
    // Signed out (or disabled meanwhile): the sign-in page. A failure (logged by the pipeline): the admin.
    refused: (state) => redirect(state.code === 'failed' ? '/admin' : '/admin/login'),
  },
  async ({ locale, back }, { actor }) => {
    if (locale) await setPreferredLocale(getDb(), actor, locale);
    // The root layout (<html lang dir>, navigation) must re-render in the new language too.
    refresh();
    redirect(back);
  },
);
