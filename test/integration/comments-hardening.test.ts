import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { MAX_DRAFTS_PER_ADDRESS, saveDraft, takeDraft, type DraftData } from '@/lib/comments/drafts';
import { commentIpHash, submitComment } from '@/lib/comments/submit';
import { ctx, draft, label, now, ONE_MB, secret, setUpCommentsDatabase } from '../support/comments-hardening';

const env = setUpCommentsDatabase();

describe(`captcha guessing (${label})`, () => {
  it('a wrong answer spends the question: the same token with the right answer is then refused', async () => {
    const attempt = env.form({ email: 'guess@example.net' });
    const wrong = await submitComment(
      env.db,
      { ...attempt, captchaAnswer: String(attempt.answer + 1) },
      ctx('198.51.100.101'),
    );
    expect(wrong).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'wrong' } });
    const right = await submitComment(env.db, attempt, ctx('198.51.100.101'));
    expect(right).toEqual({ ok: false, reason: 'invalid', fieldErrors: { captcha: 'replayed' } });
    const stored = await env.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.email, 'guess@example.net'));
    expect(stored).toEqual([]);
  });

  it('a fresh question answered correctly after a wrong one is accepted', async () => {
    const first = env.form({ email: 'retry@example.net' });
    expect(await submitComment(env.db, { ...first, captchaAnswer: '99999' }, ctx('198.51.100.102'))).toMatchObject({
      ok: false,
    });
    const second = env.form({ email: 'retry@example.net', body: first.body });
    expect(await submitComment(env.db, second, ctx('198.51.100.102'))).toMatchObject({ ok: true });
  });
});

describe(`oversized input and the draft flood (${label})`, () => {
  it('a 1 MB comment body is refused with a field error and stores nothing', async () => {
    const before = {
      comments: await env.count(schema.comments),
      drafts: await env.count(schema.commentDrafts),
      nonces: await env.count(schema.captchaNonces),
    };
    const result = await submitComment(env.db, env.form({ body: ONE_MB }), ctx('198.51.100.103'));
    expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { body: 'too-long' } });
    const saved = await saveDraft(env.db, {
      articleId: env.articleId,
      data: draft(ONE_MB),
      existingId: null,
      ipHash: commentIpHash('198.51.100.103', secret),
      now,
    });
    expect(saved).toEqual({ ok: false, reason: 'too-long', fieldErrors: { body: 'too-long' } });
    expect({
      comments: await env.count(schema.comments),
      drafts: await env.count(schema.commentDrafts),
      nonces: await env.count(schema.captchaNonces),
    }).toEqual(before);
  });

  it('100 cookie-less posts from one address store at most a small fixed number of drafts', async () => {
    const ipHash = commentIpHash('203.0.113.66', secret);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        saveDraft(env.db, {
          articleId: env.articleId,
          data: draft(`Flood ${i} ${'y'.repeat(4000)}`),
          existingId: null,
          ipHash,
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_DRAFTS_PER_ADDRESS);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'rate-limited')).toBe(true);
    const [stored] = await env.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.commentDrafts)
      .where(eq(schema.commentDrafts.ipHash, ipHash));
    expect(stored!.n).toBe(MAX_DRAFTS_PER_ADDRESS);
    expect(MAX_DRAFTS_PER_ADDRESS).toBeLessThanOrEqual(10);
    // A reader keeps updating their own draft; another address is not affected.
    const own = results.find((r) => r.ok)!;
    const again = await saveDraft(env.db, {
      articleId: env.articleId,
      data: draft('Edited'),
      existingId: own.ok ? own.id : null,
      ipHash,
      now,
    });
    expect(again).toEqual(own);
    expect(
      (
        await saveDraft(env.db, {
          articleId: env.articleId,
          data: draft('Other reader'),
          existingId: null,
          ipHash: commentIpHash('203.0.113.67', secret),
          now,
        })
      ).ok,
    ).toBe(true);
    // An hour later the drafts have expired and the address may keep text again.
    const later = new Date(now.getTime() + 61 * 60_000);
    expect(
      (
        await saveDraft(env.db, {
          articleId: env.articleId,
          data: draft('Later'),
          existingId: null,
          ipHash,
          now: later,
        })
      ).ok,
    ).toBe(true);
  });
});

describe(`the outcome of a post without JavaScript (${label})`, () => {
  it('shows once: the next read of the draft has the values but no message, outcome or errors', async () => {
    const data: DraftData = {
      ...draft('Thanks once'),
      message: 'Thank you, awaiting moderation',
      outcome: 'success',
      fieldErrors: { captcha: 'Wrong' },
    };
    const saved = await saveDraft(env.db, {
      articleId: env.articleId,
      data,
      existingId: null,
      ipHash: commentIpHash('203.0.113.70', secret),
      now,
    });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : '';
    expect(await takeDraft(env.db, id, env.articleId, now)).toEqual(data);
    expect(await takeDraft(env.db, id, env.articleId, now)).toEqual({
      ...data,
      message: null,
      outcome: null,
      fieldErrors: {},
    });
    // Another article's page, a forged id or an expired draft read nothing.
    expect(await takeDraft(env.db, id, env.articleId + 1, now)).toBeNull();
    expect(await takeDraft(env.db, 'not-a-uuid', env.articleId, now)).toBeNull();
    expect(await takeDraft(env.db, id, env.articleId, new Date(now.getTime() + 61 * 60_000))).toBeNull();
  });
});
