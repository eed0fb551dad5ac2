import { isLocale, type Locale } from './config';

/**
 * The reader's last language, so `/` leads back to it. It holds the locale and nothing else
 * (no identifier): set by proxy.ts on reader pages, read only where `/` is redirected, never
 * inside a cached page.
 */
export const LOCALE_COOKIE = 'maydan.locale';

export const localeCookieOptions = {
  path: '/',
  sameSite: 'lax' as const,
  httpOnly: true,
  maxAge: 365 * 24 * 60 * 60,
  secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SITE_URL?.startsWith('https:')),
};

/** The remembered locale, or null for a missing or foreign value. */
export function rememberedLocale(value: string | undefined): Locale | null {
  return isLocale(value) ? value : null;
}
