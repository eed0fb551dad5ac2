import fs from 'node:fs/promises';
import path from 'node:path';
import { uploadsDir } from '@/lib/media/store';
import { variantWidthFor } from '@/lib/media/widths';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves uploaded images. Keys are random and never reused, so responses are immutable.
 * `?w=` picks the pre-generated WebP variant of that width when it exists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  const key = segments.join('/');
  if (!/^[a-z0-9][a-z0-9/_-]*\.(jpg|png|webp|avif)$/.test(key) || key.includes('..') || key.length > 200)
    return notFound();
  const root = uploadsDir();
  const ext = path.extname(key);
  let file = path.join(root, key);
  let type = TYPES[ext]!;
  const requested = Number(new URL(request.url).searchParams.get('w'));
  if (Number.isInteger(requested) && requested > 0) {
    const variant = path.join(root, `${key.slice(0, -ext.length)}-${variantWidthFor(requested)}.webp`);
    try {
      await fs.access(variant);
      file = variant;
      type = 'image/webp';
    } catch {
      // Smaller than the requested width: the original serves.
    }
  }
  if (!file.startsWith(root + path.sep)) return notFound();
  try {
    const data = await fs.readFile(/*turbopackIgnore: true*/ file);
    return new Response(new Uint8Array(data), {
      headers: {
        'content-type': type,
        'content-length': String(data.length),
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}
