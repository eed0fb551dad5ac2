/**
 * Writes the site's default icons from public/brand/logo.png (run again when the logo changes):
 * `npx tsx scripts/brand/icons.ts`. The files are committed; Next serves app/favicon.ico,
 * app/icon.png and app/apple-icon.png at their usual paths and links them from every page.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { BRAND_ACCENT } from '../../lib/share/brand';

const root = path.resolve(import.meta.dirname, '../..');
const logo = path.join(root, 'public/brand/logo.png');

const png = (size: number, opaque = false) => {
  const image = sharp(logo).resize(size, size);
  return (opaque ? image.flatten({ background: BRAND_ACCENT }) : image).png({ compressionLevel: 9 }).toBuffer();
};

/** An ICO file holding PNG images (every browser since IE Vista reads PNG inside ICO). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

const sizes = [16, 32, 48];
const favicon = ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) }))));
await fs.writeFile(path.join(root, 'app/favicon.ico'), favicon);
await fs.writeFile(path.join(root, 'app/icon.png'), await png(192));
// iOS draws the home-screen icon on its own rounded square: no transparent corners.
await fs.writeFile(path.join(root, 'app/apple-icon.png'), await png(180, true));
console.log('app/favicon.ico, app/icon.png (192), app/apple-icon.png (180) written');
