import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { defaultIdentity } from '@/lib/identity/identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getArticleBySlug } from '@/lib/articles/article-page';
import type { ArticlePage } from '@/lib/articles/types';
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

    const [news] = JSON.parse(
      `[${articleStructuredData(article, 'Home', defaultIdentity()).map(serializeJsonLd).join(',')}]`,
    );
    expect(checkStructuredData([news])).toEqual([]);
    // A square upload: its one shape is 1:1, at its largest size.
    expect(news.image).toEqual([
      expect.objectContaining({
        width: expect.objectContaining({ value: 900 }),
        height: expect.objectContaining({ value: 900 }),
      }),
    ]);
    // Link previews get the 1200×630 crop made at upload, a real JPEG of that size.
    expect(articleMetadata(article, defaultIdentity()).openGraph).toMatchObject({
      images: [{ width: 1200, height: 630 }],
    });
    await expectShareCrop(article);
  });

  it('crops every upload to 1200×630 for link previews, and keeps the crop out of the page images', async () => {
    for (const [width, height] of [
      [2400, 1600],
      [500, 1200],
    ] as const) {
      const article = await publishedWithImage(width, height, `A ${width}×${height} picture`);
      await expectShareCrop(article);
      expect(article.imageVariants.every((v) => !v.src.endsWith('-share.jpg'))).toBe(true);
    }
  });

  it('an upload from before stored crops, and a story without an image, use the drawn card', async () => {
    const article = await publishedWithImage(800, 600, 'An older upload');
    const [row] = await database.db
      .select()
      .from(schema.media)
      .where(eq(schema.media.path, mediaPath(article)));
    await database.db
      .update(schema.media)
      .set({ variants: row!.variants.filter((v) => !v.crop) })
      .where(eq(schema.media.id, row!.id));
    const legacy = (await getArticleBySlug(database.db, 'en', article.slug))!;
    expect(legacy.shareImage).toBeNull();
    const [image] = (
      articleMetadata(legacy, defaultIdentity()).openGraph as { images: { url: string; width: number }[] }
    ).images;
    expect(image).toMatchObject({ width: 1200, height: 630 });
    expect(image!.url).toMatch(new RegExp(`/en/article/${legacy.slug}/share\\.png\\?v=`));

    const created = await createArticle(database.db, editor, { locale: 'en', title: 'No picture', body: '<p>T</p>' });
    if (!created.ok) throw new Error(JSON.stringify(created));
    await transitionArticle(database.db, editor, created.article.id, 'publish');
    const plain = (await getArticleBySlug(database.db, 'en', created.article.slug))!;
    expect(plain.shareImage).toBeNull();
    expect(articleMetadata(plain, defaultIdentity()).openGraph).toMatchObject({
      images: [{ url: expect.stringMatching(/\/share\.png\?v=/), width: 1200, height: 630, alt: 'No picture' }],
    });
  });
});

function mediaPath(article: ArticlePage): string {
  return decodeURIComponent(article.image!.src.replace(/^\/media\//, ''));
}

async function expectShareCrop(article: ArticlePage) {
  expect(article.shareImage).toMatchObject({ width: 1200, height: 630 });
  expect(article.shareImage!.src).toMatch(/-share\.jpg$/);
  const file = path.join(uploads, decodeURIComponent(article.shareImage!.src.replace(/^\/media\//, '')));
  expect(await sharp(file).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
}
