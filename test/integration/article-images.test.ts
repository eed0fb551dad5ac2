import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getEditableArticle, type EditableArticle } from '@/lib/articles/admin';
import { getRevision, listRevisions } from '@/lib/articles/revisions';
import { createArticle, restoreRevision, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/auth/actor';
import { getArticlePreview } from '@/lib/articles/preview';
import { getArticleBySlug } from '@/lib/articles/article-page';
import type { Role } from '@/lib/auth/permissions';
import { describeFieldError, getEditorMessages } from '@/lib/i18n/admin-editor';
import { locales } from '@/lib/i18n/config';
import { uploadImage } from '@/lib/media/admin';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let uploads: string;
const actors = {} as Record<Role, Actor>;
let counter = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-image-uploads-'));
  for (const role of ['admin', 'editor', 'author', 'moderator'] as const) {
    const [row] = await database.db
      .insert(schema.users)
      .values({ email: `${role}@images.example`, name: `Image ${role}`, slug: `image-${role}`, role })
      .returning({ id: schema.users.id });
    actors[role] = { id: row!.id, role };
  }
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(uploads, { recursive: true, force: true });
});

const db = () => database.db;

async function photo(by: Role, locale: 'en' | 'ar' = 'en'): Promise<number> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  const result = await uploadImage(
    db(),
    actors[by],
    new File([new Uint8Array(png)], 'harbour.png', { type: 'image/png' }),
    { [locale]: 'The harbour at dawn' },
    { locale, root: uploads },
  );
  if (!result.ok) throw new Error(`upload failed: ${result.reason}`);
  return result.image.id;
}

function input(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return { locale: 'en', title: `Captioned story ${counter}`, body: '<p>Text</p>', ...overrides };
}

async function created(by: Role, overrides: Record<string, unknown> = {}): Promise<EditableArticle> {
  const result = await createArticle(db(), actors[by], input(overrides));
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.article;
}

describe(`image caption and credit (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('saves the featured image caption and credit trimmed, shows them to readers and in the preview', async () => {
    const mediaId = await photo('author');
    const article = await created('author', {
      featuredMediaId: mediaId,
      featuredCaption: '  Fishing boats return at dawn.  ',
      featuredCredit: ' Layla Haddad / Maydan ',
    });
    expect(article).toMatchObject({
      featuredCaption: 'Fishing boats return at dawn.',
      featuredCredit: 'Layla Haddad / Maydan',
    });
    const published = await transitionArticle(db(), actors.editor, article.id, 'publish');
    expect(published.ok).toBe(true);
    const page = (await getArticleBySlug(db(), 'en', article.slug))!;
    expect(page).toMatchObject({ imageCaption: 'Fishing boats return at dawn.', imageCredit: 'Layla Haddad / Maydan' });
    expect(page.image?.alt).toBe('The harbour at dawn');
    const preview = (await getArticlePreview(db(), actors.author, article.id))!;
    expect(preview.article).toMatchObject({
      imageCaption: 'Fishing boats return at dawn.',
      imageCredit: 'Layla Haddad / Maydan',
    });
  });

  it('shows no caption once the featured image is removed', async () => {
    const article = await created('editor', {
      featuredMediaId: await photo('editor'),
      featuredCaption: 'A caption',
      featuredCredit: 'AFP',
    });
    await transitionArticle(db(), actors.editor, article.id, 'publish');
    const current = (await getEditableArticle(db(), actors.editor, article.id))!;
    const saved = await updateArticle(
      db(),
      actors.editor,
      article.id,
      current.version,
      input({
        title: current.title,
        slug: current.slug,
        featuredMediaId: null,
        featuredCaption: 'A caption',
        featuredCredit: 'AFP',
      }),
      {
        confirmLive: true, // the story is live: the editor's "Update live story" button says so
      },
    );
    expect(saved.ok).toBe(true);
    expect(await getArticleBySlug(db(), 'en', current.slug)).toMatchObject({
      image: null,
      imageCaption: '',
      imageCredit: '',
    });
  });

  it('refuses an over-long caption or credit with a sentence in every language, writing nothing', async () => {
    const article = await created('author', { featuredMediaId: await photo('author'), featuredCaption: 'Kept' });
    const tooLong = await updateArticle(
      db(),
      actors.author,
      article.id,
      article.version,
      input({
        featuredMediaId: article.featuredMedia!.id,
        featuredCaption: 'x'.repeat(1001),
        featuredCredit: 'y'.repeat(201),
      }),
    );
    expect(tooLong).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { featuredCaption: 'too-long', featuredCredit: 'too-long' },
    });
    for (const locale of locales)
      expect(describeFieldError(getEditorMessages(locale), 'featuredCaption', 'too-long')).toBeTruthy();
    expect((await getEditableArticle(db(), actors.author, article.id))!.featuredCaption).toBe('Kept');
    // At the limits, accepted.
    const atLimit = await updateArticle(
      db(),
      actors.author,
      article.id,
      article.version,
      input({
        featuredMediaId: article.featuredMedia!.id,
        featuredCaption: 'x'.repeat(1000),
        featuredCredit: 'y'.repeat(200),
      }),
    );
    expect(atLimit.ok).toBe(true);
  });

  it('keeps caption and credit in revisions and restores them', async () => {
    const mediaId = await photo('author');
    const first = await created('author', {
      featuredMediaId: mediaId,
      featuredCaption: 'First caption',
      featuredCredit: 'First credit',
    });
    const second = await updateArticle(
      db(),
      actors.author,
      first.id,
      first.version,
      input({
        title: first.title,
        featuredMediaId: mediaId,
        featuredCaption: 'Second caption',
        featuredCredit: 'Second credit',
      }),
    );
    if (!second.ok) throw new Error('save failed');
    const revisions = (await listRevisions(db(), actors.author, first.id))!;
    const oldest = revisions.at(-1)!;
    expect((await getRevision(db(), actors.author, first.id, oldest.id))!.data).toMatchObject({
      featuredCaption: 'First caption',
      featuredCredit: 'First credit',
    });
    const restored = await restoreRevision(db(), actors.author, first.id, oldest.id, second.article.version);
    expect(restored.ok && restored.article).toMatchObject({
      featuredCaption: 'First caption',
      featuredCredit: 'First credit',
    });
  });

  it('lets no author set the caption or credit of someone else’s story', async () => {
    const mediaId = await photo('editor');
    const story = await created('editor', {
      featuredMediaId: mediaId,
      featuredCaption: 'Editor caption',
      featuredCredit: 'Editor credit',
    });
    const attempt = await updateArticle(
      db(),
      actors.author,
      story.id,
      story.version,
      input({ title: story.title, featuredMediaId: mediaId, featuredCaption: 'Hijacked', featuredCredit: 'Hijacked' }),
    );
    // Authors do not even see others' drafts: the same answer as for a story that does not exist.
    expect(attempt).toEqual({ ok: false, reason: 'not-found' });
    const [row] = await db()
      .select({
        caption: schema.articles.featuredCaption,
        credit: schema.articles.featuredCredit,
        version: schema.articles.version,
      })
      .from(schema.articles)
      .where(eq(schema.articles.id, story.id));
    expect(row).toEqual({ caption: 'Editor caption', credit: 'Editor credit', version: story.version });
    // Moderators may not either.
    expect(
      (await updateArticle(db(), actors.moderator, story.id, story.version, input({ featuredCaption: 'x' }))).ok,
    ).toBe(false);
  });

  it('keeps a captioned inline image in the body and neutralizes hostile captions', async () => {
    const figure =
      '<figure><img src="/media/2026/01/a.png" alt="A boat"><figcaption>Boats &amp; nets <small class="credit">Photo: Layla Haddad</small></figcaption></figure>';
    const hostile =
      '<figure><img src="/media/2026/01/b.png" alt="B"><figcaption><img src=x onerror=alert(1)>Caption<script>alert(2)</script> <small class="credit" onclick="alert(3)">Credit<a href="javascript:alert(4)">x</a></small></figcaption></figure>';
    const article = await created('author', { body: figure + hostile });
    expect(article.body).toBe(
      '<figure><img src="/media/2026/01/a.png" alt="A boat" loading="lazy" /><figcaption>Boats &amp; nets <small class="credit">Photo: Layla Haddad</small></figcaption></figure>' +
        '<figure><img src="/media/2026/01/b.png" alt="B" loading="lazy" /><figcaption><img src="x" loading="lazy" />Caption <small class="credit">Credit<a>x</a></small></figcaption></figure>',
    );
  });
});
