import type { MediaVariant } from '@/db/schema';
import { IMAGE_WIDTHS } from '@/lib/media/widths';
import { routes } from '@/lib/routes';

/** An image file readers can load, with its real size in pixels. */
export type SizedImage = { src: string; width: number; height: number };

/**
 * The copies of an upload readers can load (lib/media/store.ts), with their real sizes, largest
 * first: the WebP variants, and the upload itself (re-encoded, without metadata) when it is no
 * wider than the widest variant would be. So a 900 px upload offers 900 px, not its 640 px
 * variant, and a 6000 px photo offers its 1600 px variant, not 6000 px. A variant is named by
 * its target width; an upload narrower than that target is not enlarged.
 */
export function variantImages(variants: readonly MediaVariant[], upload: SizedImage): SizedImage[] {
  const copies = variants
    .filter((v) => !v.crop && v.width > 0 && v.height > 0)
    .map((v) => ({ src: routes.media(v.path), width: Math.min(v.width, upload.width), height: v.height }));
  if (upload.width > 0 && upload.height > 0 && upload.width <= IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!)
    copies.push(upload);
  return copies.sort((a, b) => b.width * b.height - a.width * a.height);
}

/** The largest copy: what Open Graph and Twitter cards show. */
export function largestImage(images: readonly SizedImage[]): SizedImage | null {
  return images.reduce<SizedImage | null>(
    (best, image) => (!best || image.width * image.height > best.width * best.height ? image : best),
    null,
  );
}

/** The aspect ratios Google asks NewsArticle images in. */
export const ARTICLE_IMAGE_RATIOS = [16 / 9, 4 / 3, 1] as const;

/**
 * For each of 16:9, 4:3 and 1:1, the largest copy in that shape (within 2 %), largest shape first;
 * when none has one of those shapes, the largest copy alone (an image of another shape is still
 * better than none). Uploads are resized, not cropped, so every copy has the upload's shape: a
 * 16:9 photo gives one 16:9 image. (The 1200×630 share crop is for link previews only.)
 */
export function imagesForRatios(images: readonly SizedImage[], tolerance = 0.02): SizedImage[] {
  const picked: SizedImage[] = [];
  for (const ratio of ARTICLE_IMAGE_RATIOS) {
    const match = largestImage(images.filter((i) => Math.abs(i.width / i.height / ratio - 1) <= tolerance));
    if (match && !picked.includes(match)) picked.push(match);
  }
  if (picked.length > 0) return picked;
  const largest = largestImage(images);
  return largest ? [largest] : [];
}

/** The featured image's 1200×630 link-preview crop (lib/media/store.ts), when it was made. */
export function shareCrop(variants: readonly MediaVariant[]): SizedImage | null {
  const crop = variants.find((v) => v.crop === 'share');
  return crop ? { src: routes.media(crop.path), width: crop.width, height: crop.height } : null;
}
