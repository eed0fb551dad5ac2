// What sections (lib/sections.ts) and tags (lib/tags.ts) share: who may manage them, how a
// write answers, and how zod issues become the codes their forms show.
import { z } from 'zod';
import type { Actor } from './auth/actor';
import { can } from './auth/permissions';
import type { FieldErrors, Result } from './result';
import { fieldErrorsFromZod } from './validation';

/** Error codes per field; the admin screens turn them into sentences. Field keys match form names. */
export type TaxonomyErrorCode = 'required' | 'too-long' | 'invalid' | 'taken' | 'cannot-remove' | 'mixed-locales';
export type TaxonomyFieldErrors = FieldErrors<string, TaxonomyErrorCode>;

/** A section or tag write: the value and the cache tags to expire, or why not. */
export type TaxonomyResult<T> = Result<
  { value: T; invalidate: string[] },
  'forbidden' | 'not-found' | 'invalid',
  string,
  TaxonomyErrorCode
>;

/**
 * Editors and administrators manage sections and tags. Admin reads answer a refusal with an
 * empty list (the page has already checked the permission, so a refusal is a caller's
 * mistake and shows nothing); writes answer `forbidden`.
 */
export const mayManageTaxonomy = (actor: Actor) => can(actor.role, 'taxonomy.manage');

/** Text that may be left empty (a slug made from the name, a missing translation). */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/** Zod issues keyed by form field: `names.en` → `name.en`, `sourceIds.3` → `sourceIds`. */
export function taxonomyFieldErrors(error: z.ZodError): TaxonomyFieldErrors {
  // The taxonomy schemas name no codes of their own: only required, too-long and invalid come back.
  return fieldErrorsFromZod(error, (path) =>
    path
      .map((p) => (p === 'names' ? 'name' : p === 'slugs' ? 'slug' : String(p)))
      .join('.')
      .replace(/\.\d+$/, ''),
  ) as TaxonomyFieldErrors;
}
