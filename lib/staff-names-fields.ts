// What the staff names form needs in the browser, without zod (see lib/articles/limits.ts).
import type { Locale } from './i18n/config';

export const MAX_DEFAULT_NAME = 120;
export const MAX_DISPLAY_NAME = 80;

/** The form field holding the name readers of `locale` see. */
export const displayNameField = (locale: Locale) => `name_${locale}` as const;
