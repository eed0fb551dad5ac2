import 'server-only';
import type { Db } from '@/db/connect';
import { media, type LocalizedText } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { FormState } from '../form-state';
import type { Locale } from '../i18n/config';
import type { UploadErrorCode } from '../i18n/admin-editor';
import { ok, refuse, type Ok } from '../result';
import { routes } from '../routes';
import { MAX_UPLOAD_BYTES, storeImage, uploadsDir } from './store';

export const MAX_ALT_LENGTH = 300;

export type UploadedImage = { id: number; src: string; width: number; height: number; alt: string };

/** What the upload route answers (JSON): the form state (a refusal has its `code`), and the image once stored. */
export type UploadResponse = FormState & { image?: UploadedImage };

/** The Result shape without field errors: each refusal names the one thing wrong with the upload. */
export type UploadResult = Ok<{ image: UploadedImage }> | { ok: false; reason: UploadErrorCode };

/**
 * Stores an uploaded image for an article in `locale`. The bytes are decoded to prove they are
 * an image (a renamed file is refused); alternative text in the article's language is required.
 */
export async function uploadImage(
  db: Db,
  actor: Actor,
  file: File,
  alt: LocalizedText,
  options: { locale: Locale; root?: string },
): Promise<UploadResult> {
  if (!can(actor.role, 'media.upload')) return refuse('forbidden');
  if (!file || file.size === 0) return refuse('empty');
  if (file.size > MAX_UPLOAD_BYTES) return refuse('too-large');
  const cleanAlt: LocalizedText = {};
  for (const [locale, text] of Object.entries(alt) as [Locale, string | undefined][]) {
    const value = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_ALT_LENGTH);
    if (value) cleanAlt[locale] = value;
  }
  if (!cleanAlt[options.locale]) return refuse('alt-required');

  const result = await storeImage(
    Buffer.from(await file.arrayBuffer()),
    file.name.replace(/\.[^.]*$/, ''),
    options.root ?? uploadsDir(),
  );
  if (!result.ok) return refuse(result.reason);
  const stored = result.image;
  const [row] = await db
    .insert(media)
    .values({
      path: stored.path,
      mimeType: stored.mimeType,
      size: stored.size,
      width: stored.width,
      height: stored.height,
      alt: cleanAlt,
      variants: stored.variants,
      uploadedBy: actor.id,
    })
    .returning({ id: media.id });
  return ok({
    image: {
      id: row!.id,
      src: routes.media(stored.path),
      width: stored.width,
      height: stored.height,
      alt: cleanAlt[options.locale]!,
    },
  });
}
