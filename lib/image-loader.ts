import { variantWidthFor } from './media/widths';

/** next/image loader: our uploads come pre-resized by sharp, so no optimizer runs per request. */
export default function imageLoader({ src, width }: { src: string; width: number; quality?: number }): string {
  if (!src.startsWith('/media/')) return src;
  return `${src}?w=${variantWidthFor(width)}`;
}
