import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, sectionTranslations, sections, users } from '@/db/schema';
import type { Actor } from './admin';
import { can } from '../auth/permissions';
import { referenceableArticles } from './visibility';
import type { Locale } from '../i18n/config';

export type ArticleChoice = { id: number; title: string; locale: Locale };

/** Titles of picked articles (related, translation of), for the editor's chips. */
export async function getArticleChoices(db: Db, actor: Actor, ids: number[]): Promise<ArticleChoice[]> {
  if (!ids.length || !can(actor.role, 'article.create')) return [];
  const rows = await db
    .select({ id: articles.id, title: articles.title, locale: articles.locale })
    .from(articles)
    .where(and(inArray(articles.id, ids), referenceableArticles(actor)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ArticleChoice => Boolean(r));
}

export type SectionChoice = { id: number; names: Partial<Record<Locale, string>> };

/** Sections with their name in every language, so the select follows the article's language (writers only). */
export async function listSectionChoices(db: Db, actor: Actor): Promise<SectionChoice[]> {
  if (!can(actor.role, 'article.create')) return [];
  const rows = await db
    .select({ id: sections.id, locale: sectionTranslations.locale, name: sectionTranslations.name })
    .from(sections)
    .innerJoin(sectionTranslations, eq(sectionTranslations.sectionId, sections.id))
    .orderBy(asc(sections.position), asc(sections.id));
  const out = new Map<number, SectionChoice>();
  for (const r of rows) {
    const choice = out.get(r.id) ?? { id: r.id, names: {} };
    choice.names[r.locale] = r.name;
    out.set(r.id, choice);
  }
  return [...out.values()];
}

/** People who write, for the dashboard's author filter (editors and admins only see it). */
export async function listAuthorChoices(db: Db, actor: Actor): Promise<{ id: number; name: string }[]> {
  if (!can(actor.role, 'article.edit-any')) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ['admin', 'editor', 'author'])))
    .orderBy(asc(users.name));
}
