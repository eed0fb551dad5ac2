'use server';

import { headers } from 'next/headers';
import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { signIn } from '@/lib/auth/config';
import type { FormState } from '@/lib/form-state';
import { defaultLocale, negotiateLocale } from '@/lib/i18n/config';
import { getLoginMessages } from '@/lib/i18n/admin-login';

const schema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Only paths inside the admin are allowed as a destination after sign-in. */
function safeDestination(value: FormDataEntryValue | null): string {
  const path = typeof value === 'string' ? value : '';
  return path.startsWith('/admin') && !path.startsWith('//') && !path.startsWith('/admin/login') ? path : '/admin';
}

export async function loginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = getLoginMessages(negotiateLocale((await headers()).get('accept-language'), defaultLocale()));
  const email = String(formData.get('email') ?? '');
  const parsed = schema.safeParse({ email, password: formData.get('password') ?? '' });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === 'email') fieldErrors.email = t.emailInvalid;
      if (issue.path[0] === 'password') fieldErrors.password = t.passwordRequired;
    }
    return { status: 'invalid', fieldErrors, values: { email } };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeDestination(formData.get('from')) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'throttled') {
      return { status: 'error', message: t.throttled, values: { email } };
    }
    if (error instanceof CredentialsSignin && error.code === 'unavailable') {
      return { status: 'error', message: t.unavailable, values: { email } };
    }
    if (error instanceof AuthError) return { status: 'error', message: t.invalid, values: { email } };
    throw error; // The redirect after a successful sign-in.
  }
  return { status: 'success' };
}
