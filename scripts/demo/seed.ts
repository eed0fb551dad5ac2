import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import * as schema from '../../db/schema';
import { storeImage, type StoredImage } from '../../lib/media/store';
import { sanitizeArticleHtml } from '../../lib/sanitize';
import { slugify } from '../../lib/slug';
import { drawDemoImage } from './image';
import { authors, sections as demoSections, extraArticles } from './site';
import { seedDemoPages } from './pages';
import { storiesA } from './stories-a';
import { storiesB } from './stories-b';
import type { DemoComment, DemoLocale, DemoStory } from './types';
import { demoViewHours } from './views';

export const demoStories: DemoStory[] = [...storiesA, ...storiesB];

export type SeedResult = { skipped: boolean; articles: number; comments: number; media: number };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Writes the demo publication into an empty database, in one transaction.
 * Refuses (skipped: true) when any article exists, so real data is never mixed with demo data.
 */
export async function seedDemo(db: Db, options: { now?: Date; uploadsRoot?: string } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(schema.articles)) as [
    { count: number },
  ];
  if (count > 0) return { skipped: true, articles: 0, comments: 0, media: 0 };

  // Images first (files on disk), then every row in one transaction.
  const images = new Map<string, StoredImage>();
  let seed = 1;
  for (const story of [...demoStories, ...extraArticles]) {
    const bytes = await drawDemoImage(story.image, seed++);
    const stored = await storeImage(bytes, story.key.replace(/^[a-z]-/, ''), options.uploadsRoot);
    if (!stored.ok) throw new Error(`The demo image ${story.key} was refused (${stored.reason}).`);
    images.set(story.key, stored.image);
  }

  return db.transaction(async (tx) => {
    let articleCount = 0;
    let commentCount = 0;

    const sectionIds = new Map<string, number>();
    for (const [position, section] of demoSections.entries()) {
      const [row] = await tx.insert(schema.sections).values({ position }).returning({ id: schema.sections.id });
      sectionIds.set(section.key, row!.id);
      await tx.insert(schema.sectionTranslations).values(
        (Object.keys(section.names) as DemoLocale[]).map((locale) => ({
          sectionId: row!.id,
          locale,
          name: section.names[locale],
          slug: slugify(section.slugs[locale]),
          description: section.descriptions[locale],
        })),
      );
    }

    const authorIds = new Map<string, number>();
    for (const author of authors) {
      const [row] = await tx
        .insert(schema.users)
        .values({
          email: author.email,
          name: author.name,
          slug: author.slug,
          bio: author.bio,
          social: author.social ?? [],
          role: author.role,
          preferredLocale: author.locale,
        })
        .returning({ id: schema.users.id });
      authorIds.set(author.key, row!.id);
      const names = Object.entries(author.names) as [DemoLocale, string][];
      if (names.length)
        await tx
          .insert(schema.staffDisplayNames)
          .values(names.map(([locale, name]) => ({ userId: row!.id, locale, name })));
    }

    const tagIds = new Map<string, number>();
    async function tagId(locale: DemoLocale, name: string) {
      const slug = slugify(name);
      const key = `${locale}:${slug}`;
      const known = tagIds.get(key);
      if (known) return known;
      const [row] = await tx.insert(schema.tags).values({ locale, name, slug }).returning({ id: schema.tags.id });
      tagIds.set(key, row!.id);
      return row!.id;
    }

    async function insertComments(articleId: number, publishedAt: Date, list: DemoComment[], parentId: number | null) {
      for (const comment of list) {
        const createdAt = new Date(
          Math.min(publishedAt.getTime() + comment.afterMinutes * MINUTE, now.getTime() - MINUTE),
        );
        const status = comment.status ?? 'approved';
        const [row] = await tx
          .insert(schema.comments)
          .values({
            articleId,
            parentId,
            name: comment.name,
            email: comment.email,
            website: comment.website ?? null,
            body: comment.body,
            status,
            heldReason: status === 'pending' ? 'new-commenter' : null,
            ipHash: crypto.createHash('sha256').update(`demo:${comment.email}`).digest('hex').slice(0, 32),
            userAgent: 'Mozilla/5.0 (demo)',
            createdAt,
            updatedAt: createdAt,
            moderatedAt: status === 'approved' ? createdAt : null,
          })
          .returning({ id: schema.comments.id });
        commentCount++;
        if (comment.replies) await insertComments(articleId, publishedAt, comment.replies, row!.id);
      }
    }

    const demoCredit: Record<DemoLocale, string> = {
      en: 'Illustration: Maydan',
      fr: 'Illustration : Maydan',
      ar: 'رسم توضيحي: ميدان',
    };
    const articleIds = new Map<string, number>(); // `${storyKey}:${locale}`
    const readable: { id: number; locale: DemoLocale; publishedAt: Date }[] = [];
    for (const story of [...demoStories, ...extraArticles]) {
      const image = images.get(story.key)!;
      const alt = Object.fromEntries(Object.entries(story.translations).map(([locale, tr]) => [locale, tr!.imageAlt]));
      const [mediaRow] = await tx
        .insert(schema.media)
        .values({ ...image, alt, uploadedBy: authorIds.get(story.author) })
        .returning({ id: schema.media.id });
      const groupId = crypto.randomUUID();
      const extra = extraArticles.find((e) => e.key === story.key);
      const baseTime = now.getTime() - story.daysAgo * DAY - ((story.key.length * 37) % 600) * MINUTE;
      for (const [index, [locale, tr]] of (
        Object.entries(story.translations) as [DemoLocale, NonNullable<DemoStory['translations'][DemoLocale]>][]
      ).entries()) {
        const status = extra?.status ?? 'published';
        const publishedAt =
          status === 'scheduled'
            ? new Date(now.getTime() + (extra?.publishInHours ?? 48) * 60 * MINUTE)
            : status === 'draft'
              ? null
              : new Date(baseTime + index * 90 * MINUTE);
        const correctionNote = publishedAt ? story.correction?.notes[locale] : undefined;
        const correctedAt =
          correctionNote && publishedAt
            ? new Date(publishedAt.getTime() + story.correction!.afterHours * 60 * MINUTE)
            : null;
        // A correction moves the story's updated date, as lib/corrections does.
        const updatedAt =
          correctedAt ??
          (publishedAt && story.daysAgo % 3 === 0 && story.daysAgo > 0
            ? new Date(publishedAt.getTime() + 5 * 60 * MINUTE)
            : (publishedAt ?? now));
        const [row] = await tx
          .insert(schema.articles)
          .values({
            translationGroupId: groupId,
            locale,
            slug: slugify(tr.slug),
            title: tr.title,
            dek: tr.dek,
            body: sanitizeArticleHtml(tr.body),
            status,
            publishedAt,
            authorId: authorIds.get(story.author)!,
            sectionId: sectionIds.get(story.section)!,
            featuredMediaId: mediaRow!.id,
            // The demo pictures are drawn by the seed itself: credited to the site.
            featuredCredit: demoCredit[locale],
            bylineCredit: story.credit?.[locale] ?? '',
            creditOnly: Boolean(story.credit?.[locale] && story.creditOnly),
            createdAt: publishedAt ?? now,
            updatedAt,
          })
          .returning({ id: schema.articles.id });
        articleIds.set(`${story.key}:${locale}`, row!.id);
        if (status === 'published' && publishedAt && publishedAt <= now)
          readable.push({ id: row!.id, locale, publishedAt });
        if (correctionNote && correctedAt)
          await tx
            .insert(schema.articleCorrections)
            .values({ articleId: row!.id, body: correctionNote, authorId: null, createdAt: correctedAt });
        articleCount++;
        const ids = await Promise.all(tr.tags.map((name) => tagId(locale, name)));
        if (ids.length)
          await tx
            .insert(schema.articleTags)
            .values([...new Set(ids)].map((id) => ({ articleId: row!.id, tagId: id })));
        if (tr.comments && publishedAt) await insertComments(row!.id, publishedAt, tr.comments, null);
      }
    }

    for (const story of demoStories) {
      for (const [position, relatedKey] of (story.related ?? []).entries()) {
        for (const locale of Object.keys(story.translations) as DemoLocale[]) {
          const from = articleIds.get(`${story.key}:${locale}`);
          const to = articleIds.get(`${relatedKey}:${locale}`);
          if (from && to && from !== to) {
            await tx
              .insert(schema.relatedArticles)
              .values({ articleId: from, relatedId: to, position })
              .onConflictDoNothing();
          }
        }
      }
    }

    // Reads for "Most read", so the box shows on a fresh demo (lib/most-read).
    const perLocale = new Map<DemoLocale, number>();
    for (const article of readable) {
      const index = perLocale.get(article.locale) ?? 0;
      perLocale.set(article.locale, index + 1);
      const hours = demoViewHours(index, article.publishedAt, now);
      if (hours.length)
        await tx.insert(schema.articleViewHours).values(hours.map((h) => ({ articleId: article.id, ...h })));
    }

    // The About page in three languages, linked from each footer (static pages, menus).
    await seedDemoPages(tx as unknown as Db, { authorId: authorIds.get('leila')!, now });

    return { skipped: false, articles: articleCount, comments: commentCount, media: images.size };
  });
}

/** Used by tests: the id of a seeded article by language and slug. */
export async function findArticleId(db: Db, locale: DemoLocale, slug: string) {
  const [row] = await db
    .select({ id: schema.articles.id })
    .from(schema.articles)
    .where(and(eq(schema.articles.locale, locale), eq(schema.articles.slug, slug)));
  return row?.id ?? null;
}
