import 'server-only';
import { and, asc, eq, exists, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, staffDisplayNames, users } from '@/db/schema';
import { isVisible, namesItsAuthor } from '../articles/visibility';
import type { Locale } from '../i18n/config';

export type SearchAuthor = { slug: string; name: string };

/**
 * The authors a reader may filter a search by: whoever has a story readers can see in `locale`,
 * named as readers of that language see them, in alphabetical order.
 */
export async function listSearchAuthors(db: Db, locale: Locale): Promise<SearchAuthor[]> {
  const name = sql<string>`coalesce(${staffDisplayNames.name}, ${users.name})`;
  return db
    .select({ slug: users.slug, name })
    .from(users)
    .leftJoin(staffDisplayNames, and(eq(staffDisplayNames.userId, users.id), eq(staffDisplayNames.locale, locale)))
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(articles)
          .where(and(eq(articles.authorId, users.id), eq(articles.locale, locale), isVisible(), namesItsAuthor)),
      ),
    )
    .orderBy(asc(name), asc(users.slug));
}
