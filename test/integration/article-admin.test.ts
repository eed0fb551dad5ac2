import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { getEditableArticle, type EditableArticle } from '@/lib/articles/admin';
import { getArticlePreview } from '@/lib/articles/preview';
import { createArticle, updateArticle } from '@/lib/articles/save';
import { transitionArticle } from '@/lib/articles/workflow';
import type { Role, Transition } from '@/lib/auth/permissions';
import { describeFieldError, getEditorMessages } from '@/lib/i18n/admin-editor';
import { uploadImage } from '@/lib/media/admin';
import { articleAdminFixtures } from '../support/article-admin';

// Revisions, scheduling, the trash and cache tags: article-workflow.test.ts.
const { db, actors, input, created, status, articleFor, uploads } = articleAdminFixtures();

const future = new Date(Date.now() + 7 * 24 * 3600_000);

describe(`article admin service (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('lets admin, editor and author create drafts they own, and refuses moderators', async () => {
    for (const role of ['admin', 'editor', 'author'] as const) {
      const article = await created(role);
      expect(article.status).toBe('draft');
      expect(article.author.id).toBe(actors[role].id);
      expect(article.tags).toEqual(['budget', 'parliament']);
    }
    const before = await db().select({ id: schema.articles.id }).from(schema.articles);
    expect(await createArticle(db(), actors.moderator, input())).toEqual({ ok: false, reason: 'forbidden' });
    expect(await db().select({ id: schema.articles.id }).from(schema.articles)).toHaveLength(before.length);
  });

  it('lets authors edit only their own drafts; editors and admins edit any; moderators nothing', async () => {
    const own = await created('author');
    const other = await created('editor');
    const ok = await updateArticle(db(), actors.author, own.id, own.version, input({ title: 'Author edit' }));
    expect(ok.ok && ok.article.title).toBe('Author edit');
    const refused = await updateArticle(db(), actors.author, other.id, other.version, input({ title: 'Hijack' }));
    expect(refused).toMatchObject({ ok: false, reason: 'not-found' });
    for (const role of ['editor', 'admin'] as const) {
      const current = (await getEditableArticle(db(), actors[role], own.id))!;
      const result = await updateArticle(db(), actors[role], own.id, current.version, input({ title: `${role} edit` }));
      expect(result.ok).toBe(true);
    }
    const current = (await getEditableArticle(db(), actors.admin, own.id))!;
    const moderator = await updateArticle(
      db(),
      actors.moderator,
      own.id,
      current.version,
      input({ title: 'Moderated' }),
    );
    expect(moderator.ok).toBe(false);
    expect((await getEditableArticle(db(), actors.admin, own.id))!.title).toBe('admin edit');
    // Once published, the author's own story goes through an editor.
    const published = (await transitionArticle(db(), actors.editor, own.id, 'publish')) as {
      ok: true;
      article: EditableArticle;
    };
    const late = await updateArticle(
      db(),
      actors.author,
      own.id,
      published.article.version,
      input({ title: 'Too late' }),
    );
    expect(late).toMatchObject({ ok: false, reason: 'forbidden' });
  });

  const matrix: Record<Transition, Record<Role, boolean>> = {
    submit: { admin: true, editor: true, author: true, moderator: false },
    publish: { admin: true, editor: true, author: false, moderator: false },
    schedule: { admin: true, editor: true, author: false, moderator: false },
    unpublish: { admin: true, editor: true, author: false, moderator: false },
    archive: { admin: true, editor: true, author: false, moderator: false },
    trash: { admin: true, editor: true, author: true, moderator: false },
    restore: { admin: true, editor: true, author: true, moderator: false },
  };
  for (const [transition, byRole] of Object.entries(matrix) as [Transition, Record<Role, boolean>][]) {
    for (const [role, allowed] of Object.entries(byRole) as [Role, boolean][]) {
      it(`${role} ${allowed ? 'may' : 'may not'} ${transition} (the author's article)`, async () => {
        const article = await articleFor(transition);
        const before = await status(article.id);
        // Unpublish and archive start from a live story: the person has confirmed (see article-live.test.ts).
        const result = await transitionArticle(db(), actors[role], article.id, transition, {
          publishAt: transition === 'schedule' ? future : undefined,
          confirmLive: true,
        });
        expect(result.ok).toBe(allowed);
        const after = await status(article.id);
        if (!allowed) expect(after).toEqual(before);
        else {
          expect(after.version).toBe(before.version + 1);
          const expected = {
            submit: 'pending',
            publish: 'published',
            schedule: 'scheduled',
            unpublish: 'draft',
            archive: 'archived',
          } as const;
          if (transition in expected) expect(after.status).toBe(expected[transition as keyof typeof expected]);
          if (transition === 'trash') expect(after.deletedAt).not.toBeNull();
          if (transition === 'restore') expect(after.deletedAt).toBeNull();
        }
      });
    }
  }

  it('refuses a slug already used in the same language, with a localized sentence', async () => {
    const first = await created('editor', { slug: 'same-slug' });
    expect(first.slug).toBe('same-slug');
    const clash = await createArticle(db(), actors.editor, input({ slug: 'same-slug' }));
    expect(clash).toEqual({ ok: false, reason: 'invalid', fieldErrors: { slug: 'taken' } });
    expect(describeFieldError(getEditorMessages('en'), 'slug', 'taken')).toMatch(/already uses this slug/);
    expect(describeFieldError(getEditorMessages('fr'), 'slug', 'taken')).toMatch(/utilise déjà ce slug/);
    expect(describeFieldError(getEditorMessages('ar'), 'slug', 'taken')).toMatch(/يستخدم هذا المعرّف/);
    const other = await created('editor', { slug: 'same-slug', locale: 'fr', sectionId: null });
    expect(other.slug).toBe('same-slug');
    const arabic = await created('editor', { locale: 'ar', title: 'مجلس النواب يصادق على الميزانية', sectionId: null });
    expect(arabic.slug).toBe('مجلس-النواب-يصادق-على-الميزانية');
    const empty = await createArticle(db(), actors.editor, input({ title: '   ' }));
    expect(empty).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { title: 'required' } });
  });

  it('sanitizes hostile HTML on create and on update', async () => {
    const hostile =
      '<p onclick="steal()">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe>';
    const article = await created('author', { body: hostile });
    for (const body of [
      article.body,
      (
        (await updateArticle(
          db(),
          actors.author,
          article.id,
          article.version,
          input({ body: `${hostile}<p>second</p>` }),
        )) as { article: EditableArticle }
      ).article.body,
    ]) {
      expect(body).toContain('Hi');
      expect(body).not.toMatch(/onclick|onerror|<script|javascript:|<iframe|alert/i);
    }
  });

  it('answers a save on a stale version with a conflict and the current version, writing nothing', async () => {
    const article = await created('author');
    const mine = await updateArticle(db(), actors.author, article.id, article.version, input({ title: 'Saved first' }));
    expect(mine.ok).toBe(true);
    const theirs = await updateArticle(
      db(),
      actors.editor,
      article.id,
      article.version,
      input({ title: 'Saved second' }),
    );
    expect(theirs.ok).toBe(false);
    if (theirs.ok || theirs.reason !== 'conflict') throw new Error('expected a conflict');
    expect(theirs.current.title).toBe('Saved first');
    expect(theirs.current.version).toBe(article.version + 1);
    // Keeping mine means saving again over the version now current.
    const overwrite = await updateArticle(
      db(),
      actors.editor,
      article.id,
      theirs.current.version,
      input({ title: 'Saved second' }),
    );
    expect(overwrite.ok && overwrite.article.title).toBe('Saved second');
    expect(
      await transitionArticle(db(), actors.editor, article.id, 'publish', { expectedVersion: article.version }),
    ).toEqual({ ok: false, reason: 'conflict' });
  });

  it('previews any status for staff who may view it, nobody else', async () => {
    const article = await created('author', { body: '<h2>Draft heading</h2><p>Draft text</p>' });
    const preview = await getArticlePreview(db(), actors.author, article.id);
    expect(preview?.status).toBe('draft');
    expect(preview?.article.body).toContain('Draft heading');
    expect(preview?.article.section?.name).toBe('Politics');
    expect(await getArticlePreview(db(), actors.editor, article.id)).not.toBeNull();
    const other = await created('editor');
    expect(await getArticlePreview(db(), actors.author, other.id)).toBeNull();
    expect(await getArticlePreview(db(), actors.moderator, article.id)).toBeNull();
  });
});

describe('image upload service', () => {
  const png = () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .png()
      .toBuffer();

  it('stores a real image with its alternative text and records it', async () => {
    const file = new File([new Uint8Array(await png())], 'Red Box.png', { type: 'image/png' });
    const result = await uploadImage(
      db(),
      actors.author,
      file,
      { ar: '  مربع   أحمر ' },
      { locale: 'ar', root: uploads() },
    );
    if (!result.ok) throw new Error(`upload failed: ${result.reason}`);
    expect(result.image).toMatchObject({ width: 64, height: 48, alt: 'مربع أحمر' });
    expect(result.image.src).toMatch(/^\/media\/\d{4}\/\d{2}\/[a-f0-9]+-red-box\.png$/);
    const [row] = await db().select().from(schema.media).where(eq(schema.media.id, result.image.id));
    expect(row).toMatchObject({ mimeType: 'image/png', uploadedBy: actors.author.id, alt: { ar: 'مربع أحمر' } });
    expect(fs.existsSync(path.join(uploads(), row!.path))).toBe(true);
    // The new image can be a story's featured image.
    const article = await created('author', { featuredMediaId: result.image.id });
    expect(article.featuredMedia?.id).toBe(result.image.id);
  });

  it('refuses fake images, other formats, oversize files, missing alt text and moderators', async () => {
    const upload = (file: File, alt: Record<string, string> = { en: 'A description' }, role: Role = 'editor') =>
      uploadImage(db(), actors[role], file, alt, { locale: 'en', root: uploads() });
    const fake = new File([new TextEncoder().encode('<?php echo "not an image"; ?>')], 'photo.png', {
      type: 'image/png',
    });
    expect(await upload(fake)).toEqual({ ok: false, reason: 'not-an-image' });
    const svg = new File(
      [
        new TextEncoder().encode(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
        ),
      ],
      'x.png',
      { type: 'image/png' },
    );
    expect(await upload(svg)).toEqual({ ok: false, reason: 'unsupported-format' });
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' });
    expect(await upload(huge)).toEqual({ ok: false, reason: 'too-large' });
    const real = new File([new Uint8Array(await png())], 'ok.png', { type: 'image/png' });
    expect(await upload(real, { en: '   ' })).toEqual({ ok: false, reason: 'alt-required' });
    expect(await upload(real, { fr: 'Une description' })).toEqual({ ok: false, reason: 'alt-required' });
    expect(await upload(real, { en: 'A description' }, 'moderator')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await upload(new File([], 'empty.png'))).toEqual({ ok: false, reason: 'empty' });
  });
});
