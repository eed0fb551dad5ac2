import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { MediaVariant } from '@/db/schema';
import { ok, refuse, type Ok } from '../result';
import { cropForSharing, SHARE_HEIGHT, SHARE_WIDTH } from '../share/card';
import { IMAGE_WIDTHS } from './widths';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * The largest image accepted, in pixels. A 10 MB photo is at most ~50 megapixels (a 48 MP phone
 * or a 45 MP camera JPEG); decoding one takes ~150 MB (RGB) in memory. Anything larger is refused
 * from its header, before a pixel is decoded, so a small "decompression bomb" costs nothing.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif']);

export function uploadsDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.UPLOADS_DIR || path.join(process.env.DATA_DIR || '.data', 'uploads'),
  );
}

export type StoredImage = {
  path: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  variants: MediaVariant[];
};

/** Why bytes were not stored as an image. */
export type ImageRejection = 'too-large' | 'too-many-pixels' | 'not-an-image' | 'unsupported-format';

export type StoreImageResult = Ok<{ image: StoredImage }> | { ok: false; reason: ImageRejection };

/**
 * Checks that the bytes really are a JPEG, PNG, WebP or AVIF image (by decoding them, not by
 * trusting a name or a MIME type), stores the original, WebP variants at IMAGE_WIDTHS and the
 * 1200×630 JPEG crop link previews show (JPEG: every social app reads it, not all read WebP).
 */
export async function storeImage(bytes: Buffer, baseName: string, root = uploadsDir()): Promise<StoreImageResult> {
  if (bytes.length > MAX_UPLOAD_BYTES) return refuse('too-large');
  let metadata: Metadata;
  try {
    // Reads the header only; the pixel check must not depend on sharp's own limit, which refuses
    // with an error indistinguishable from a corrupt file.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('not-an-image');
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) {
    return refuse('unsupported-format');
  }
  const pages = metadata.pages ?? 1;
  if (metadata.width * metadata.height * pages > MAX_INPUT_PIXELS) return refuse('too-many-pixels');
  const format = metadata.format === 'heif' ? 'avif' : metadata.format;
  const ext = format === 'jpeg' ? 'jpg' : format;
  const now = new Date();
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const safeBase =
    baseName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'image';
  const stem = `${folder}/${crypto.randomBytes(6).toString('hex')}-${safeBase}`;
  const original = `${stem}.${ext}`;
  // Owner-only, like the rest of DATA_DIR (mode applies to every folder this creates).
  await fs.mkdir(path.join(root, folder), { recursive: true, mode: 0o700 });

  // Re-encode the original: strips metadata (GPS, camera) and anything appended to the file.
  const rotated = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
  const { data: clean, info } = await rotated.toBuffer({ resolveWithObject: true });
  await fs.writeFile(path.join(root, original), clean);

  const variants: MediaVariant[] = [];
  for (const width of IMAGE_WIDTHS) {
    if (width > info.width && variants.length > 0) break;
    const target = Math.min(width, info.width);
    const variantPath = `${stem}-${width}.webp`;
    const out = await sharp(clean, { limitInputPixels: MAX_INPUT_PIXELS })
      .resize({ width: target })
      .webp({ quality: 78 })
      .toBuffer({ resolveWithObject: true });
    await fs.writeFile(path.join(root, variantPath), out.data);
    variants.push({ width, height: out.info.height, format: 'webp', path: variantPath });
  }
  const sharePath = `${stem}-share.jpg`;
  await fs.writeFile(path.join(root, sharePath), await cropForSharing(clean, MAX_INPUT_PIXELS));
  variants.push({ width: SHARE_WIDTH, height: SHARE_HEIGHT, format: 'jpeg', path: sharePath, crop: 'share' });
  return ok({
    image: {
      path: original,
      mimeType: `image/${format}`,
      size: clean.length,
      width: info.width,
      height: info.height,
      variants,
    },
  });
}
