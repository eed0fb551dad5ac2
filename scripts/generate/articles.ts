// Writes generated stories (`npm run db:generate`): sections, writers and tags first, then the
// articles in batches, each batch one transaction of multi-row inserts (articles, then their tags).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import * as schema from '../../db/schema';
import { slugify } from '../../lib/slug';
import { sections as demoSections } from '../demo/site';
import type { DemoLocale } from '../demo/types';
import { between, generatorLocales, headline, languageModel, pick, prng, sentence, zipf, type Random } from './corpus';

export type GenerateOptions = {
  /** Stories readers can see (published, in the past, not trashed). */
  articles: number;
  seed?: number;
  /** Articles per transaction. */
  batch?: number;
  /** The moment the dates are counted back from (default: now). */
  now?: Date;
  /** Years the publication dates spread over. */
  years?: number;
  onProgress?: (progress: GenerateProgress) => void;
};

export type GenerateProgress = { written: number; total: number; elapsedMs: number };

export type GenerateResult = {
  /** Every article written, visible or not. */
  written: number;
  visible: number;
  byLocale: Record<DemoLocale, number>;
  byStatus: Record<string, number>;
  trashed: number;
  tagLinks: number;
  /** Time spent inserting articles (with their search documents) and their tags. */
  articleMs: number;
  tagMs: number;
  totalMs: number;
};

const DAY = 86_400_000;
/** PostgreSQL takes at most 65,535 parameters per statement; an article row has 15. */
export const MAX_BATCH = 4000;
/** Stories readers cannot see, on top of the visible ones: drafts, pending, scheduled, archived, trashed. */
const HIDDEN_SHARE = 0.035;

const writers: { name: string; ar: string; slug: string }[] = [
  { name: 'Amina Kaddour', ar: 'أمينة قدور', slug: 'amina-kaddour' },
  { name: 'Youssef Tahiri', ar: 'يوسف الطاهري', slug: 'youssef-tahiri' },
  { name: 'Claire Dubois', ar: 'كلير دوبوا', slug: 'claire-dubois' },
  { name: 'Omar Haddad', ar: 'عمر حداد', slug: 'omar-haddad' },
  { name: 'Nadia Chergui', ar: 'نادية الشرقي', slug: 'nadia-chergui' },
  { name: 'James Whitfield', ar: 'جيمس ويتفيلد', slug: 'james-whitfield' },
  { name: 'Salma Bennani', ar: 'سلمى بناني', slug: 'salma-bennani' },
  { name: 'Hugo Lefèvre', ar: 'هوغو لوفيفر', slug: 'hugo-lefevre' },
  { name: 'Rania Mansour', ar: 'رانيا منصور', slug: 'rania-mansour' },
  { name: 'Tariq Ziani', ar: 'طارق الزياني', slug: 'tariq-ziani' },
  { name: 'Emily Carter', ar: 'إميلي كارتر', slug: 'emily-carter' },
  { name: 'Mehdi Amrani', ar: 'مهدي العمراني', slug: 'mehdi-amrani' },
];

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Body HTML as the editor saves it: paragraphs, now and then a subheading or a quotation. */
function body(locale: DemoLocale, random: Random): string {
  const model = languageModel(locale);
  const parts: string[] = [];
  const paragraphs = between(random, 4, 9);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 1 && random() < 0.15) parts.push(`<h2>${escapeText(headline(model, random))}</h2>`);
    const sentences: string[] = [];
    for (let s = between(random, 2, 4); s > 0; s--) sentences.push(sentence(model, random));
    const text = escapeText(sentences.join(' '));
    parts.push(p > 0 && random() < 0.06 ? `<blockquote>${text}</blockquote>` : `<p>${text}</p>`);
  }
  return parts.join('\n');
}

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Sections, writers and tags the stories refer to: existing ones are reused, missing ones added. */
async function prepare(db: Db) {
  const sectionIds: number[] = [];
  for (const [position, section] of demoSections.entries()) {
    const [existing] = await db
      .select({ id: schema.sectionTranslations.sectionId })
      .from(schema.sectionTranslations)
      .where(and(eq(schema.sectionTranslations.locale, 'en'), eq(schema.sectionTranslations.slug, section.slugs.en)));
    if (existing) {
      sectionIds.push(existing.id);
      continue;
    }
    const [row] = await db.insert(schema.sections).values({ position }).returning({ id: schema.sections.id });
    await db.insert(schema.sectionTranslations).values(
      generatorLocales.map((locale) => ({
        sectionId: row!.id,
        locale,
        name: section.names[locale],
        slug: slugify(section.slugs[locale]),
        description: section.descriptions[locale],
      })),
    );
    sectionIds.push(row!.id);
  }

  await db
    .insert(schema.users)
    .values(
      writers.map((w) => ({
        email: `${w.slug}@generated.maydan.example`,
        name: w.name,
        slug: `${w.slug}-generated`,
        role: 'author' as const,
        preferredLocale: 'en' as const,
      })),
    )
    .onConflictDoNothing();
  const users = await db
    .select({ id: schema.users.id, slug: schema.users.slug })
    .from(schema.users)
    .where(
      inArray(
        schema.users.slug,
        writers.map((w) => `${w.slug}-generated`),
      ),
    );
  const writerIds = writers.map((w) => users.find((u) => u.slug === `${w.slug}-generated`)!.id);
  await db
    .insert(schema.staffDisplayNames)
    .values(writers.map((w, i) => ({ userId: writerIds[i]!, locale: 'ar' as const, name: w.ar })))
    .onConflictDoNothing();

  const tagIds = {} as Record<DemoLocale, number[]>;
  for (const locale of generatorLocales) {
    const names = new Map<string, string>();
    for (const name of languageModel(locale).tags) {
      const slug = slugify(name);
      if (slug && !names.has(slug)) names.set(slug, name);
    }
    await db
      .insert(schema.tags)
      .values([...names].map(([slug, name]) => ({ locale, name, slug })))
      .onConflictDoNothing();
    const rows = await db
      .select({ id: schema.tags.id, slug: schema.tags.slug })
      .from(schema.tags)
      .where(and(eq(schema.tags.locale, locale), inArray(schema.tags.slug, [...names.keys()])));
    const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
    // Most frequent first, as the models list them, so that a Zipf draw favours the usual tags.
    tagIds[locale] = [...names.keys()].map((slug) => bySlug.get(slug)!);
  }
  return { sectionIds, writerIds, tagIds };
}

type Status = (typeof schema.articleStatusEnum.enumValues)[number];

/**
 * Writes `articles` visible stories across Arabic, French and English (about a third each), and
 * about 3.5 % more that readers cannot see. The text, tags, sections, writers, statuses and the
 * dates (counted back from `now`) depend only on `seed`: the same seed writes the same stories.
 */
export async function generateArticles(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const batchSize = Math.min(MAX_BATCH, Math.max(1, options.batch ?? 500));
  const now = (options.now ?? new Date()).getTime();
  const span = (options.years ?? 6) * 365 * DAY;
  const visible = options.articles;
  const hidden = Math.round(visible * HIDDEN_SHARE);
  const total = visible + hidden;
  const random = prng(seed);
  for (const locale of generatorLocales) languageModel(locale);
  const { sectionIds, writerIds, tagIds } = await prepare(db);
  const drawWriter = zipf(writerIds.length, 0.8);
  const drawTag = Object.fromEntries(generatorLocales.map((l) => [l, zipf(tagIds[l].length, 1.0)])) as Record<
    DemoLocale,
    (r: Random) => number
  >;

  const result: GenerateResult = {
    written: 0,
    visible: 0,
    byLocale: { ar: 0, fr: 0, en: 0 },
    byStatus: {},
    trashed: 0,
    tagLinks: 0,
    articleMs: 0,
    tagMs: 0,
    totalMs: 0,
  };
  let hiddenLeft = hidden;
  for (let first = 0; first < total; first += batchSize) {
    const rows: (typeof schema.articles.$inferInsert)[] = [];
    const tagsOf: number[][] = [];
    for (let i = first; i < Math.min(total, first + batchSize); i++) {
      const locale = pick(random, generatorLocales);
      const model = languageModel(locale);
      const isHidden = random() < hiddenLeft / (total - i);
      if (isHidden) hiddenLeft--;
      const kind = isHidden ? pick(random, ['draft', 'pending', 'scheduled', 'archived', 'trashed'] as const) : null;
      // Denser in recent years, as an archive grows: age = span × u^1.4.
      const past = new Date(now - Math.floor(span * Math.pow(random(), 1.4)) - 60_000);
      let status: Status = 'published';
      let publishedAt: Date | null = past;
      let deletedAt: Date | null = null;
      if (kind === 'draft' || kind === 'pending') {
        status = kind;
        publishedAt = null;
      } else if (kind === 'scheduled') {
        status = 'scheduled';
        publishedAt = new Date(now + between(random, 1, 30 * 24) * 3_600_000);
      } else if (kind === 'archived') {
        status = 'archived';
      } else if (kind === 'trashed') {
        deletedAt = new Date(Math.min(now - 1000, past.getTime() + between(random, 1, 90) * DAY));
      }
      const title = headline(model, random);
      const dek = sentence(model, random, 35);
      const html = body(locale, random);
      const tagCount = between(random, 1, 4);
      const tags = new Set<number>();
      for (let t = 0; t < tagCount; t++) tags.add(tagIds[locale][drawTag[locale](random)]!);
      const created = publishedAt && publishedAt.getTime() < now ? publishedAt : new Date(now - DAY);
      rows.push({
        translationGroupId: uuid(random),
        locale,
        slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-g${seed}-${i}`,
        title,
        dek,
        body: html,
        status,
        publishedAt,
        firstPublishedAt: status === 'published' || status === 'archived' ? publishedAt : null,
        authorId: writerIds[drawWriter(random)]!,
        sectionId: pick(random, sectionIds),
        deletedAt,
        createdAt: created,
        updatedAt: deletedAt ?? created,
      });
      tagsOf.push([...tags]);
      result.byLocale[locale]++;
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      if (deletedAt) result.trashed++;
      if (!isHidden) result.visible++;
    }
    await db.transaction(async (tx) => {
      const t0 = performance.now();
      const ids = await tx.insert(schema.articles).values(rows).returning({ id: schema.articles.id });
      const t1 = performance.now();
      // One statement for the batch's tags: the tag trigger refreshes these documents once.
      const links = ids.flatMap((row, n) => tagsOf[n]!.map((tagId) => ({ articleId: row.id, tagId })));
      if (links.length) await tx.insert(schema.articleTags).values(links);
      result.articleMs += t1 - t0;
      result.tagMs += performance.now() - t1;
      result.tagLinks += links.length;
    });
    result.written += rows.length;
    options.onProgress?.({ written: result.written, total, elapsedMs: performance.now() - started });
  }
  result.totalMs = performance.now() - started;
  return result;
}

/** After a bulk load: reclaim the rows the tag trigger replaced and refresh the planner's statistics. */
export async function settle(db: Db) {
  await db.execute(sql`vacuum (analyze) articles, article_tags, tags`);
}
