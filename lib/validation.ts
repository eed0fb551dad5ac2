import { z } from 'zod';
import type { FieldErrorCode, FieldErrors } from './result';

const namedCodes = new Set<string>(['required', 'too-long', 'invalid', 'invalid-url', 'taken', 'locked']);

/** PostgreSQL's `integer`: ids above it cannot exist, so they are refused before any query. */
export const INT32_MAX = 2_147_483_647;

/** A row id as a server action receives it (bound with `.bind(null, id)` or in a JSON body). */
export const rowId = z.number().int().positive().max(INT32_MAX);

/** A row id from a form field or a query string. */
export const rowIdParam = z.coerce.number().int().positive().max(INT32_MAX);

/** A row id from a URL segment: digits only, no sign, no leading zero, within `integer`. */
export function parseRowId(raw: unknown): number | null {
  return typeof raw === 'string' && /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= INT32_MAX ? Number(raw) : null;
}

/**
 * The one mapping from zod issues to field error codes. A schema may name the code itself
 * (`z.string().max(80, 'too-long')`); otherwise a string too short is `required`, too long is
 * `too-long`, anything else `invalid`. The first issue of each field wins. `key` turns an
 * issue path into the field name the form uses (default: the path joined with dots).
 */
export function fieldErrorsFromZod<Field extends string = string>(
  error: z.ZodError,
  key: (path: PropertyKey[]) => string | null = (path) => path.map(String).join('.'),
): FieldErrors<Field> {
  const out: Record<string, FieldErrorCode> = {};
  for (const issue of error.issues) {
    const field = key(issue.path);
    if (!field || out[field]) continue;
    out[field] = namedCodes.has(issue.message)
      ? (issue.message as FieldErrorCode)
      : issue.code === 'too_small'
        ? 'required'
        : issue.code === 'too_big'
          ? 'too-long'
          : 'invalid';
  }
  return out as FieldErrors<Field>;
}
