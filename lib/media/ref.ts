import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { media, type LocalizedText, type MediaRef } from '@/db/schema';
import type { Actor } from '../auth/actor';
import type { UploadErrorCode } from '../i18n/admin-editor';
import type { Locale } from '../i18n/config';
import { routes } from '../routes';
import { uploadImage } from './admin';

export type { MediaRef };

/** A saved reference's shape, for the schemas of what holds one. */
export const mediaRefSchema = z.object({
  id: z.number().int().positive(),
  src: z.string().startsWith('/media/'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  share: z.string().startsWith('/media/').nullable(),
});

/** The reference to media row `id`, or null when there is no such image. */
export async function mediaRef(db: Db, id: number): Promise<MediaRef | null> {
  const [row] = await db
    .select({ id: media.id, path: media.path, width: media.width, height: media.height, variants: media.variants })
    .from(media)
    .where(eq(media.id, id));
  if (!row?.width || !row.height) return null;
  const share = row.variants.find((v) => v.crop === 'share');
  return {
    id: row.id,
    src: routes.media(row.path),
    width: row.width,
    height: row.height,
    share: share ? routes.media(share.path) : null,
  };
}

/** What a form sent for one image: a new file, the one it showed (a media id), or remove. */
export type ImageChoice = { file?: File; keep?: string; remove?: boolean };

/**
 * The image after a save: a new file goes through the image pipeline (decoded, re-encoded,
 * variants and share crop: ./store.ts) described by `alt`; otherwise the image the form showed
 * stays, unless removed. The id the form sends back is looked up, never trusted as an address.
 * The caller authorizes who may set the image; uploading needs `media.upload` as well.
 */
export async function resolveImageChoice(
  db: Db,
  actor: Actor,
  choice: ImageChoice,
  alt: LocalizedText,
  locale: Locale,
): Promise<{ image: MediaRef | null; error?: UploadErrorCode }> {
  const kept = /^\d{1,10}$/.test(choice.keep ?? '') ? await mediaRef(db, Number(choice.keep)) : null;
  if (choice.remove) return { image: null };
  if (!choice.file || choice.file.size === 0) return { image: kept };
  const uploaded = await uploadImage(db, actor, choice.file, alt, { locale });
  if (!uploaded.ok) return { image: kept, error: uploaded.reason };
  return { image: await mediaRef(db, uploaded.image.id) };
}
