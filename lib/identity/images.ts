import 'server-only';
import type { Db } from '@/db/connect';
import type { LocalizedText } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import type { UploadErrorCode } from '../i18n/admin-editor';
import type { Locale } from '../i18n/config';
import { resolveImageChoice, type ImageChoice } from '../media/ref';
import { identityImageFields, type IdentityImage, type IdentityImageField } from './identity';

/**
 * The identity's images after a save (lib/media/ref.ts: a new file through the image pipeline,
 * else the one the form showed, unless removed), described by the site's name. Upload refusals
 * come back per field. Only admins store or pick them, as only they save the identity.
 */
export async function resolveIdentityImages(
  db: Db,
  actor: Actor,
  choices: Partial<Record<IdentityImageField, ImageChoice>>,
  alt: LocalizedText,
  locale: Locale,
): Promise<{
  images: Record<IdentityImageField, IdentityImage | null>;
  errors: Partial<Record<IdentityImageField, UploadErrorCode>>;
}> {
  const images = {} as Record<IdentityImageField, IdentityImage | null>;
  const errors: Partial<Record<IdentityImageField, UploadErrorCode>> = {};
  const admin = can(actor.role, 'settings.manage');
  for (const field of identityImageFields) {
    if (!admin) {
      images[field] = null;
      if (choices[field]?.file) errors[field] = 'forbidden';
      continue;
    }
    const { image, error } = await resolveImageChoice(db, actor, choices[field] ?? {}, alt, locale);
    images[field] = image;
    if (error) errors[field] = error;
  }
  return { images, errors };
}
