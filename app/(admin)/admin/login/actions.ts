'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { signIn } from '@/lib/auth/config';
import { loginSchema } from '@/lib/auth/login-schema';
import { formValues, type FormState } from '@/lib/form-state';
import { getLoginMessages } from '@/lib/i18n/admin-login';

/** Only paths inside the admin are allowed as a destination after sign-in. */
function safeDestination(path: string): string {
  return path.startsWith('/admin') && !path.startsWith('//') && !path.startsWith('/admin/login') ? path : '/admin';
}

/** Whatever happens, only the email comes back to the form: never the password. */
const keepEmail = (state: FormState): FormState => ({ ...state, values: { email: state.values?.email ?? '' } });

export const loginAction = action(
  {
    name: 'login',
    access: 'public',
    schema: loginSchema.extend({ from: z.string().default('') }),
    input: (_prev: FormState, form: FormData) => ({ email: '', password: '', ...formValues(form) }),
    describe: (field, _code, locale) => {
      const t = getLoginMessages(locale);
      return field === 'email' ? t.emailInvalid : field === 'password' ? t.passwordRequired : undefined;
    },
    refused: keepEmail,
  },
  async ({ from, ...credentials }, { locale, values }): Promise<FormState> => {
    const t = getLoginMessages(locale);
    const email = { email: values.email ?? '' };
    try {
      // Signs in and redirects: the redirect passes through the pipeline untouched.
      await signIn('credentials', { ...credentials, redirectTo: safeDestination(from) });
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === 'throttled')
        return { status: 'error', code: 'throttled', message: t.throttled, values: email };
      if (error instanceof CredentialsSignin && error.code === 'unavailable')
        return { status: 'error', code: 'unavailable', message: t.unavailable, values: email };
      if (error instanceof AuthError) return { status: 'error', message: t.invalid, values: email };
      throw error;
    }
    return { status: 'success' };
  },
);
