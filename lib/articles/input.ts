import { z } from 'zod';
import { locales } from '../i18n/config';
import { articleKinds } from './kind';
import type { FieldErrorCode, FieldErrors } from '../result';
import { MAX_SLUG_LENGTH } from '../slug';

import { MAX_BYLINE_CREDIT_LENGTH, MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from './limits';

export { MAX_BYLINE_CREDIT_LENGTH, MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH };

/** Accepts a number, a numeric string, or ''/null for "none". */
const optionalId = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? null : typeof v === 'string' ? Number(v) : v),
  z.number().int().positive().nullable(),
);

/**
 * What separates values typed in one field: the Latin comma, and the Arabic comma (،) and
 * semicolon (؛) that an Arabic keyboard types where a Latin one has `,` and `;`.
 */
export const LIST_SEPARATORS = /[,\u060C\u061B]/;

/** Accepts an array, or one string of comma-separated values (as a form sends it). */
function list<T extends z.ZodTypeAny>(item: T, max: number) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(LIST_SEPARATORS)
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    z.array(item).max(max),
  );
}

const flag = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

export const articleInputSchema = z
  .object({
    locale: z.enum(locales),
    /** Read on creation only: the kind of a saved row never changes. */
    kind: z.enum(articleKinds).default('story'),
    title: z.string().trim().min(1).max(300),
    slug: z.string().trim().max(MAX_SLUG_LENGTH).default(''),
    dek: z.string().trim().max(600).default(''),
    body: z.string().max(500_000).default(''),
    sectionId: optionalId,
    tags: list(z.string().trim().min(1).max(60), 20).default([]),
    featuredMediaId: optionalId,
    featuredCaption: z.string().trim().max(MAX_CAPTION_LENGTH).default(''),
    featuredCredit: z.string().trim().max(MAX_CREDIT_LENGTH).default(''),
    // One line: line breaks and other control characters become spaces.
    bylineCredit: z
      .string()
      .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' '))
      .pipe(z.string().trim().max(MAX_BYLINE_CREDIT_LENGTH))
      .default(''),
    creditOnly: flag.default(false),
    translationOf: optionalId,
    relatedIds: list(z.coerce.number().int().positive(), 8).default([]),
    seoTitle: z.string().trim().max(200).default(''),
    seoDescription: z.string().trim().max(400).default(''),
    commentsOpen: flag.default(true),
  })
  // A byline of the credit alone needs a credit.
  .refine((input) => !input.creditOnly || input.bylineCredit !== '', {
    path: ['bylineCredit'],
    message: 'required',
  });

export type ArticleInput = z.output<typeof articleInputSchema>;

export type ArticleField = keyof ArticleInput;

/**
 * Error codes per field; the admin UI turns them into sentences in the editor's language. The
 * schema names no code of its own, so zod's issues map to `required`, `too-long` or `invalid`
 * (lib/validation.ts); the save adds `taken` and `locked`.
 */
export type ArticleErrorCode = Exclude<FieldErrorCode, 'invalid-url'>;

export type ArticleFieldErrors = FieldErrors<ArticleField, ArticleErrorCode>;
