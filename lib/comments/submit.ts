import 'server-only';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/connect';
import { articles, captchaNonces, comments, users } from '@/db/schema';
import { isVisible } from '../articles/visibility';
import { hashIp } from '../auth/throttle';
import { challengeNonce, checkChallenge } from '../captcha';
import { cacheTags } from '../cache-tags';
import type { Locale } from '../i18n/config';
import { readCommentSettings } from '../settings';
import { fieldErrorsFromZod } from '../validation';
import { commentFieldKey, commentInputSchema, type CommentFieldErrors } from './input';
import { decide, type HeldReason } from './rules';

export const MAX_DEPTH = 3;

export type SubmitContext = {
  ip: string;
  userAgent: string | null;
  now?: Date;
  captchaSecret?: string;
  ipSecret?: string;
};

export type SubmitRaw = {
  articleId: number;
  name: unknown;
  email: unknown;
  website: unknown;
  body: unknown;
  parentId: unknown;
  captchaToken: string;
  captchaAnswer: string;
  honeypot: string;
};

export type SubmitResult =
  | {
      ok: true;
      comment: { id: number; status: 'approved' | 'pending' | 'spam'; heldReason: HeldReason | null; locale: Locale };
      invalidate: string[];
    }
  | { ok: false; reason: 'invalid'; fieldErrors: CommentFieldErrors }
  | { ok: false; reason: 'not-found' | 'closed' | 'rate-limited' | 'duplicate' };

/** IPs are stored only as a keyed hash, as with sign-in attempts. */
export function commentIpHash(ip: string, secret?: string) {
  return hashIp(ip, secret ?? process.env.CAPTCHA_SECRET ?? '');
}

/**
 * Checks and stores one reader comment. Rate limit, duplicate check and the single use of the
 * captcha nonce happen inside one transaction, serialized per IP and per email with advisory
 * locks, so parallel submissions are each stored exactly once.
 */
export async function submitComment(db: Db, raw: SubmitRaw, context: SubmitContext): Promise<SubmitResult> {
  const now = context.now ?? new Date();
  const parsed = commentInputSchema.safeParse(raw);
  const fieldErrors: CommentFieldErrors = parsed.success
    ? {}
    : (fieldErrorsFromZod(parsed.error, commentFieldKey) as CommentFieldErrors);
  const captcha = checkChallenge(raw.captchaToken, raw.captchaAnswer, raw.articleId, {
    now,
    secret: context.captchaSecret,
  });
  if (!captcha.ok) {
    fieldErrors.captcha = captcha.reason === 'expired' ? 'expired' : 'wrong';
    // A wrong answer spends the question: the next try needs a new one.
    const genuine =
      captcha.reason === 'wrong'
        ? challengeNonce(raw.captchaToken, raw.articleId, { now, secret: context.captchaSecret })
        : null;
    if (genuine) {
      const spent = await db
        .insert(captchaNonces)
        .values(genuine)
        .onConflictDoNothing()
        .returning({ nonce: captchaNonces.nonce });
      if (spent.length === 0) fieldErrors.captcha = 'replayed';
    }
    return { ok: false, reason: 'invalid', fieldErrors };
  }
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors };
  const input = parsed.data;

  const [article] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      commentsOpen: articles.commentsOpen,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(and(eq(articles.id, raw.articleId), isVisible(now)));
  if (!article?.publishedAt) return { ok: false, reason: 'not-found' };

  let parentId = input.parentId;
  if (parentId !== null) {
    const chain = await ancestors(db, parentId, article.id);
    if (!chain) return { ok: false, reason: 'invalid', fieldErrors: { body: 'invalid' } };
    // Threads stop at three levels: a reply to the deepest level joins that level.
    if (chain.length >= MAX_DEPTH) parentId = chain[MAX_DEPTH - 2]!;
  }

  const settings = await readCommentSettings(db);
  const ipHash = commentIpHash(context.ip, context.ipSecret);
  const blockedIpHashes = settings.blockedAddresses
    .filter((a) => !a.includes('@'))
    .map((a) => commentIpHash(a, context.ipSecret));
  const email = input.email.toLowerCase();

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`comment-ip:${ipHash}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`comment-email:${email}`}))`);
    const spent = await tx
      .insert(captchaNonces)
      .values({ nonce: captcha.nonce, expiresAt: captcha.expiresAt })
      .onConflictDoNothing()
      .returning({ nonce: captchaNonces.nonce });
    if (spent.length === 0) return { ok: false, reason: 'invalid', fieldErrors: { captcha: 'replayed' } } as const;

    const since = new Date(now.getTime() - settings.rateLimitMinutes * 60_000);
    const [facts] = await tx
      .select({
        recent: sql<number>`count(*) filter (where ${comments.ipHash} = ${ipHash} and ${comments.createdAt} > ${since.toISOString()}::timestamptz)::int`,
        duplicate: sql<number>`count(*) filter (where lower(${comments.email}) = ${email} and ${comments.body} = ${input.body} and ${comments.createdAt} > ${new Date(now.getTime() - 86_400_000).toISOString()}::timestamptz)::int`,
        // Staff replies carry staff emails: only readers' own approved comments make an email known.
        known: sql<number>`count(*) filter (where lower(${comments.email}) = ${email} and ${comments.status} = 'approved' and ${comments.userId} is null)::int`,
        // Whoever types a staff member's address is not that person: such comments are held.
        staff: sql<number>`(select count(*) from ${users} where lower(trim(${users.email})) = ${email})::int`,
      })
      .from(comments)
      .where(sql`${comments.ipHash} = ${ipHash} or lower(${comments.email}) = ${email}`);

    const decision = decide(settings, {
      name: input.name,
      email,
      website: input.website,
      body: input.body,
      ipHash,
      blockedIpHashes,
      honeypotFilled: raw.honeypot.trim() !== '',
      // The signed challenge says when the reader started (the first question shown, carried
      // over by the questions that follow a wrong answer): no field a bot could fake.
      secondsToFill: (now.getTime() - captcha.startedAt.getTime()) / 1000,
      hasApprovedFromEmail: (facts?.known ?? 0) > 0,
      isStaffEmail: (facts?.staff ?? 0) > 0,
      isDuplicate: (facts?.duplicate ?? 0) > 0,
      recentFromIp: facts?.recent ?? 0,
      commentsOpen: article.commentsOpen,
      publishedAt: article.publishedAt!,
      now,
    });
    if (decision.action === 'reject') return { ok: false, reason: decision.reason } as const;

    const [row] = await tx
      .insert(comments)
      .values({
        articleId: article.id,
        parentId,
        name: input.name,
        email: input.email,
        website: input.website,
        body: input.body,
        status: decision.status,
        heldReason: decision.heldReason,
        ipHash,
        userAgent: context.userAgent?.slice(0, 400) ?? null,
        createdAt: now,
        updatedAt: now,
        moderatedAt: decision.status === 'approved' ? now : null,
      })
      .returning({ id: comments.id });
    // Spent nonces are useless once expired.
    await tx.delete(captchaNonces).where(lt(captchaNonces.expiresAt, now));
    return {
      ok: true,
      comment: { id: row!.id, status: decision.status, heldReason: decision.heldReason, locale: article.locale },
      invalidate:
        decision.status === 'approved' ? [cacheTags.comments(article.id), cacheTags.stories(article.locale)] : [],
    } as const;
  });
}

/** The parent chain of a comment, nearest last, or null if it is not an approved comment of this article. */
async function ancestors(db: Db, parentId: number, articleId: number): Promise<number[] | null> {
  const chain: number[] = [];
  let current: number | null = parentId;
  while (current !== null && chain.length < 10) {
    const [row] = await db
      .select({ id: comments.id, parentId: comments.parentId, articleId: comments.articleId, status: comments.status })
      .from(comments)
      .where(eq(comments.id, current));
    if (!row || row.articleId !== articleId || row.status !== 'approved') return null;
    chain.unshift(row.id);
    current = row.parentId;
  }
  return chain;
}
