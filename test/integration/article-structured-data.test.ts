import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getArticleBySlug } from '@/lib/articles/article-page';
import { createArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { uploadImage } from '@/lib/media/admin';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { articleStructuredData } from '@/lib/seo/structured-data';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { checkStructuredData } from '../../e2e/support/structured-data';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
let editor: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-seo-uploads-'));
  const [row] = await database.db
    .insert(schema.users)
    .values({ email: 'editor@seo.example', name: 'Seo Editor', slug: 'seo-editor', role: 'editor' })
    .returning({ id: schema.users.id });
  editor = { id: row!.id, role: 'editor' };
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

/** A story with a featured image of this size, published; what readers load for it. */
async function publishedWithImage(width: number, height: number, title: string) {
  const png = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  const upload = await uploadImage(
    database.db,
    editor,
    new File([new Uint8Array(png)], 'square.png', { type: 'image/png' }),
    { en: 'A square' },
    { locale: 'en', root: uploads },
  );
  if (!upload.ok) throw new Error(upload.reason);
  const created = await createArticle(database.db, editor, {
    locale: 'en',
    title,
    body: '<p>Text</p>',
    featuredMediaId: upload.image.id,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect((await transitionArticle(database.db, editor, created.article.id, 'publish')).ok).toBe(true);
  return (await getArticleBySlug(database.db, 'en', created.article.slug))!;
}

describe(`structured data from stored images (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('gives the real size of every variant, never the width it was named for', async () => {
    const article = await publishedWithImage(900, 900, 'A square picture');
    // Variants 160–640 and the upload itself (900 px: smaller than the widest variant would be).
    expect(article.imageVariants.map((v) => [v.width, v.height])).toEqual([
      [900, 900],
      [640, 640],
      [320, 320],
      [160, 160],
    ]);
    expect(article.imageVariants[0]!.src).toBe(article.image!.src);
    for (const variant of article.imageVariants) {
      const file = path.join(uploads, decodeURIComponent(variant.src.replace(/^\/media\//, '')));
      const real = await sharp(file).metadata();
      expect([real.width, real.height]).toEqual([variant.width, variant.height]);
    }

    const [news] = JSON.parse(`[${articleStructuredData(article, 'Home').map(serializeJsonLd).join(',')}]`);
    expect(checkStructuredData([news])).toEqual([]);
    // A square upload: its one shape is 1:1, at its largest size.
    expect(news.image).toEqual([
      expect.objectContaining({
        width: expect.objectContaining({ value: 900 }),
        height: expect.objectContaining({ value: 900 }),
      }),
    ]);
    expect(articleMetadata(article).openGraph).toMatchObject({ images: [{ width: 900, height: 900 }] });
  });
});
