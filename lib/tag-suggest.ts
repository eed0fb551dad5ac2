import 'server-only';
import { asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/connect';
import { articleTags, tags } from '@/db/schema';
import { can, type Role } from './auth/permissions';
import { locales, type Locale } from './i18n/config';
import { ARTICLE_PATTERN, MARKS_CLASS, SEPARATORS_CLASS, tagFragmentKeys } from './tag-search-key';
import { TAG_NAME_MAX } from './tags';

export const TAG_SUGGESTION_LIMIT = 8;

export const tagSuggestRequest = z.object({
  locale: z.enum(locales),
  q: z.string().trim().min(1).max(TAG_NAME_MAX),
});

export type TagSuggestion = { id: number; name: string };

export type TagSuggestResult = { ok: true; tags: TagSuggestion[] } | { ok: false; reason: 'forbidden' | 'invalid' };

/** tagSearchKey() of lib/tag-search-key.ts, in SQL: PostgreSQL 15 and PGlite give the same keys. */
function searchKeySql(name: SQL | typeof tags.name): SQL {
  // The patterns are constants of this code base, never input: sql.raw is safe here.
  const marks = sql.raw(`'${MARKS_CLASS}'`);
  const separators = sql.raw(`'${SEPARATORS_CLASS}+'`);
  const article = sql.raw(`'${ARTICLE_PATTERN}'`);
  return sql`regexp_replace(btrim(regexp_replace(lower(regexp_replace(normalize(${name}, NFKD), ${marks}, '', 'g')), ${separators}, ' ', 'g')), ${article}, '\\1', 'g')`;
}

/** For tests: the SQL key of any text, to check it agrees with the browser's. */
export async function searchKeyInDatabase(db: Db, text: string): Promise<string> {
  const [row] = await db.select({ key: sql<string>`${searchKeySql(sql`${text}::text`)}` }).from(sql`(select 1) as one`);
  return row!.key;
}

/**
 * Existing tags of one language whose name has a word starting with what is being typed,
 * compared without case, accents, harakat or the Arabic article. Exact matches come first,
 * then names that start with it, then the most used. For the article editor's tag field:
 * anyone who may write articles may ask.
 */
export async function suggestTags(
  db: Db,
  actor: { id: number; role: Role } | null,
  raw: unknown,
): Promise<TagSuggestResult> {
  if (!actor || !can(actor.role, 'article.create')) return { ok: false, reason: 'forbidden' };
  const parsed = tagSuggestRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const keys = tagFragmentKeys(parsed.data.q);
  if (!keys.length) return { ok: true, tags: [] };
  return { ok: true, tags: await findTags(db, parsed.data.locale, keys) };
}

async function findTags(db: Db, locale: Locale, keys: string[]): Promise<TagSuggestion[]> {
  const keyed = db
    .select({ id: tags.id, name: tags.name, key: sql<string>`${searchKeySql(tags.name)}`.as('key') })
    .from(tags)
    .where(eq(tags.locale, locale))
    .as('keyed');
  const spaced = sql`' ' || ${keyed.key}`;
  const uses = sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${keyed.id})`;
  const rows = await db
    .select({ id: keyed.id, name: keyed.name })
    .from(keyed)
    .where(or(...keys.map((k) => sql`strpos(${spaced}, ${` ${k}`}) > 0`)))
    .orderBy(
      desc(or(...keys.map((k) => sql`${keyed.key} = ${k}`))!),
      desc(or(...keys.map((k) => sql`starts_with(${keyed.key}, ${k})`))!),
      desc(uses),
      asc(keyed.name),
      asc(keyed.id),
    )
    .limit(TAG_SUGGESTION_LIMIT);
  return rows;
}
