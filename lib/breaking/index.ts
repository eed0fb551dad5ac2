import 'server-only';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articles, breakingNews } from '@/db/schema';
import { recordAudit } from '../audit/write';
import type { Actor } from '../auth/actor';
import { can } from '../auth/permissions';
import { cacheTags } from '../cache-tags';
import { locales, type Locale } from '../i18n/config';
import { invalid, ok, refuse, type Result } from '../result';
import { routes } from '../routes';
import { normalizeSlugParam } from '../slug';
import { isVisible } from '../articles/visibility';

/**
 * Breaking news: an editor points a banner at a published story, or writes a short line with a
 * link, for one language until a time. Every reader page in that language shows the newest
 * current banner; it appears at once (a cache tag) and disappears on time without any write (the
 * cached pages that show it live no longer than it does). Editors and admins only.
 */

export const BREAKING_TEXT_MAX = 160;
/** A banner lasts at most a week: breaking news that is still news after that is a story. */
export const BREAKING_MAX_HOURS = 7 * 24;

export type Banner = { id: number; text: string; href: string; expiresAt: string };

export type AdminBanner = Banner & {
  locale: Locale;
  articleTitle: string | null;
  createdAt: string;
  current: boolean;
};

/** What the form sends: a link (a story of ours, or any https address), words, a language, an end. */
export const breakingSchema = z.object({
  link: z.string().trim().min(1).max(2000),
  text: z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' '))
    .pipe(z.string().trim().max(BREAKING_TEXT_MAX)),
  locale: z.union([z.enum(locales), z.literal('')]),
  expiresAt: z.date(),
});

export type BreakingField = keyof z.input<typeof breakingSchema>;
export type BreakingCode = 'required' | 'too-long' | 'invalid' | 'not-live' | 'past' | 'too-far';

/** `/en/article/slug` (or the same on this site's address): the story's language and slug. */
function storyPath(link: string): { locale: Locale; slug: string } | null {
  let path = link;
  const site = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
  if (/^https?:\/\//i.test(link)) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return null;
    }
    if (url.origin !== new URL(site).origin) return null;
    path = url.pathname;
  }
  const m = /^\/([a-z]{2})\/article\/([^/?#]+)\/?$/.exec(path);
  if (!m || !(locales as readonly string[]).includes(m[1]!)) return null;
  const slug = normalizeSlugParam(m[2]!);
  return slug ? { locale: m[1] as Locale, slug } : null;
}

const isHttps = (link: string) => {
  try {
    return new URL(link).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Banners shown now (newest first) in a language: not expired, and their story readers can open. */
function currentWhere(locale: Locale, now: Date) {
  return and(
    eq(breakingNews.locale, locale),
    gt(breakingNews.expiresAt, now),
    or(isNull(breakingNews.articleId), isVisible(now)),
  );
}

/** The banner readers see now in `locale`, and when the shown set next changes by itself. */
export async function currentBreaking(
  db: Db,
  locale: Locale,
  now = new Date(),
): Promise<{ banner: Banner | null; nextChange: Date | null }> {
  const rows = await db
    .select({
      id: breakingNews.id,
      text: breakingNews.text,
      url: breakingNews.url,
      expiresAt: breakingNews.expiresAt,
      title: articles.title,
      slug: articles.slug,
    })
    .from(breakingNews)
    .leftJoin(articles, eq(articles.id, breakingNews.articleId))
    .where(currentWhere(locale, now))
    .orderBy(desc(breakingNews.createdAt), desc(breakingNews.id))
    .limit(20);
  const first = rows[0];
  // The shown banner changes when any current one ends (an older one may show again).
  const nextChange = rows.reduce<Date | null>(
    (soonest, r) => (!soonest || r.expiresAt < soonest ? r.expiresAt : soonest),
    null,
  );
  if (!first) return { banner: null, nextChange };
  return {
    banner: {
      id: first.id,
      text: first.text || first.title || '',
      href: first.url ?? routes.article(locale, first.slug!),
      expiresAt: first.expiresAt.toISOString(),
    },
    nextChange,
  };
}

/** The latest banners, current first, for the admin screen; null for whoever may not manage them. */
export async function listBreakingForAdmin(db: Db, actor: Actor, now = new Date()): Promise<AdminBanner[] | null> {
  if (!can(actor.role, 'article.publish')) return null;
  const rows = await db
    .select({
      id: breakingNews.id,
      locale: breakingNews.locale,
      text: breakingNews.text,
      url: breakingNews.url,
      expiresAt: breakingNews.expiresAt,
      createdAt: breakingNews.createdAt,
      title: articles.title,
      slug: articles.slug,
      articleLocale: articles.locale,
    })
    .from(breakingNews)
    .leftJoin(articles, eq(articles.id, breakingNews.articleId))
    .orderBy(
      sql`${breakingNews.expiresAt} > ${now.toISOString()}::timestamptz desc`,
      desc(breakingNews.createdAt),
      desc(breakingNews.id),
    )
    .limit(30);
  return rows.map((r) => ({
    id: r.id,
    locale: r.locale,
    text: r.text || r.title || '',
    href: r.url ?? routes.article(r.articleLocale ?? r.locale, r.slug ?? ''),
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    articleTitle: r.title,
    current: r.expiresAt > now,
  }));
}

/**
 * Puts up a banner. A link to one of our stories takes the story's language and, unless words
 * are given, its headline; any other link must be https and needs words and a language.
 */
export async function addBreaking(
  db: Db,
  actor: Actor,
  raw: unknown,
  now = new Date(),
): Promise<Result<{ id: number; invalidate: string[] }, 'forbidden' | 'invalid', BreakingField, BreakingCode>> {
  if (!can(actor.role, 'article.publish')) return refuse('forbidden');
  const parsed = breakingSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Partial<Record<BreakingField, BreakingCode>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as BreakingField;
      errors[field] ??=
        issue.code === 'too_big' ? 'too-long' : field === 'link' && issue.code === 'too_small' ? 'required' : 'invalid';
    }
    return invalid(errors);
  }
  const input = parsed.data;
  const errors: Partial<Record<BreakingField, BreakingCode>> = {};
  if (input.expiresAt <= now) errors.expiresAt = 'past';
  else if (input.expiresAt.getTime() - now.getTime() > BREAKING_MAX_HOURS * 3600_000) errors.expiresAt = 'too-far';

  let articleId: number | null = null;
  let locale: Locale | null = input.locale || null;
  const story = storyPath(input.link);
  if (story) {
    const [row] = await db
      .select({ id: articles.id, locale: articles.locale })
      .from(articles)
      .where(and(eq(articles.locale, story.locale), eq(articles.slug, story.slug), isVisible(now)));
    if (!row) errors.link = 'not-live';
    else {
      articleId = row.id;
      locale = row.locale;
    }
  } else if (!isHttps(input.link)) {
    errors.link = 'invalid';
  } else {
    if (!input.text) errors.text = 'required';
    if (!locale) errors.locale = 'required';
  }
  if (Object.keys(errors).length > 0) return invalid(errors);

  const [row] = await db
    .insert(breakingNews)
    .values({
      locale: locale!,
      articleId,
      text: input.text,
      url: articleId ? null : input.link,
      expiresAt: input.expiresAt,
      createdBy: actor.id,
    })
    .returning({ id: breakingNews.id });
  await recordAudit(db, actor.id, 'breaking.add', 'breaking', row!.id, {
    locale,
    articleId,
    text: input.text,
    url: articleId ? null : input.link,
    expiresAt: input.expiresAt.toISOString(),
  });
  return ok({ id: row!.id, invalidate: [cacheTags.breaking(locale!)] });
}

/** Takes a banner down now (it stays in the list, ended). */
export async function endBreaking(
  db: Db,
  actor: Actor,
  id: number,
  now = new Date(),
): Promise<Result<{ invalidate: string[] }, 'forbidden' | 'not-found'>> {
  if (!can(actor.role, 'article.publish')) return refuse('forbidden');
  const [row] = await db
    .update(breakingNews)
    .set({ expiresAt: now })
    .where(and(eq(breakingNews.id, id), gt(breakingNews.expiresAt, now)))
    .returning({ locale: breakingNews.locale });
  if (!row) return refuse('not-found');
  await recordAudit(db, actor.id, 'breaking.end', 'breaking', id);
  return ok({ invalidate: [cacheTags.breaking(row.locale)] });
}
