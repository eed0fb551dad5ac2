import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { media, type LocalizedText } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { UploadErrorCode } from '../i18n/admin-editor';
import type { Locale } from '../i18n/config';
import { uploadImage } from '../media/admin';
import { routes } from '../routes';
import { identityImageFields, type IdentityImage, type IdentityImageField } from './identity';

/** An uploaded image as the identity keeps it: address, size and its 1200×630 crop. */
export async function identityImage(db: Db, id: number): Promise<IdentityImage | null> {
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

/** What the settings form sent for one image: a new file, the one it showed (a media id), or remove. */
export type IdentityImageChoice = { file?: File; keep?: string; remove?: boolean };

/**
 * The identity's images after a save: a new file goes through the image pipeline (decoded,
 * re-encoded, variants and share crop: lib/media), described by the site's name; otherwise the
 * image the form showed stays, unless removed. The id the form sends back is looked up, never
 * trusted as an address. Upload refusals come back per field.
 */
export async function resolveIdentityImages(
  db: Db,
  actor: Actor,
  choices: Partial<Record<IdentityImageField, IdentityImageChoice>>,
  alt: LocalizedText,
  locale: Locale,
): Promise<{
  images: Record<IdentityImageField, IdentityImage | null>;
  errors: Partial<Record<IdentityImageField, UploadErrorCode>>;
}> {
  const images = {} as Record<IdentityImageField, IdentityImage | null>;
  const errors: Partial<Record<IdentityImageField, UploadErrorCode>> = {};
  // The identity is the admins' (as updateIdentity checks again): no one else stores or picks its images.
  const admin = can(actor.role, 'settings.manage');
  for (const field of identityImageFields) {
    const choice = admin ? (choices[field] ?? {}) : {};
    if (!admin && choices[field]?.file) errors[field] = 'forbidden';
    const kept = /^\d{1,10}$/.test(choice.keep ?? '') ? await identityImage(db, Number(choice.keep)) : null;
    images[field] = choice.remove ? null : kept;
    if (!choice.file || choice.file.size === 0 || choice.remove) continue;
    const uploaded = await uploadImage(db, actor, choice.file, alt, { locale });
    if (uploaded.ok) images[field] = await identityImage(db, uploaded.image.id);
    else errors[field] = uploaded.reason;
  }
  return { images, errors };
}
