import { z } from 'zod';

export const MAX_COMMENT_LENGTH = 5000;

/** Longest value of each text field (after trimming), shared by the schema, drafts and the form. */
export const commentLimits = { name: 80, email: 254, website: 200, body: MAX_COMMENT_LENGTH } as const;

/**
 * Readers type "example.com" far more often than "https://example.com": an address without a
 * scheme gets https://. Anything that names another scheme (javascript:, mailto:, ftp://) is
 * left as typed, so the check below refuses it.
 */
export function withScheme(value: string): string {
  if (value === '' || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value)) return value;
  if (value.startsWith('//')) return `https:${value}`;
  return /^[^\s/?#]+\.[^\s/?#]/.test(value) ? `https://${value}` : value;
}

/** What the reader typed. Errors are codes; the form turns them into sentences in the reader's language. */
export const commentInputSchema = z.object({
  name: z.string().trim().min(1, 'required').max(commentLimits.name, 'too-long'),
  email: z.string().trim().min(1, 'required').max(commentLimits.email, 'too-long').email('invalid'),
  website: z.preprocess(
    (v) => (typeof v === 'string' ? withScheme(v.trim()) : v),
    z
      .string()
      .max(commentLimits.website, 'too-long')
      .refine((v) => v === '' || (/^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v)), 'invalid-url')
      .transform((v) => (v === '' ? null : v)),
  ),
  body: z.string().trim().min(1, 'required').max(commentLimits.body, 'too-long'),
  parentId: z.preprocess((v) => (v === '' || v == null ? null : Number(v)), z.number().int().positive().nullable()),
});

export type CommentInput = z.output<typeof commentInputSchema>;
export type CommentField = 'name' | 'email' | 'website' | 'body' | 'captcha';
export type CommentErrorCode = 'required' | 'too-long' | 'invalid' | 'invalid-url' | 'wrong' | 'expired' | 'replayed';
export type CommentFieldErrors = Partial<Record<CommentField, CommentErrorCode>>;

/** The form field of a schema issue: `parentId` is not one the reader fills in. */
export function commentFieldKey(path: PropertyKey[]): CommentField | null {
  return path[0] === 'parentId' ? null : (String(path[0]) as CommentField);
}

/**
 * Fields longer than the form accepts. Checked before anything is stored, so an oversized post
 * costs no more than reading it.
 */
export function tooLongFields(values: Partial<Record<keyof typeof commentLimits, unknown>>): CommentFieldErrors {
  const out: CommentFieldErrors = {};
  for (const field of Object.keys(commentLimits) as (keyof typeof commentLimits)[]) {
    const value = values[field];
    if (typeof value === 'string' && value.trim().length > commentLimits[field]) out[field] = 'too-long';
  }
  return out;
}
