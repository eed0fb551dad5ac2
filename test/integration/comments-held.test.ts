import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connect } from '@/db/connect';
import * as schema from '@/db/schema';
import { errorSummary, isDatabaseUnavailable } from '@/lib/comments/db-unavailable';
import { submitComment } from '@/lib/comments/submit';
import { defaultCommentSettings } from '@/lib/comments/rules';
import { FIRST_ADMIN_EMAIL } from '@/lib/first-admin';
import { readCommentSettings, updateCommentSettings } from '@/lib/settings';
import { ctx, label, setUpCommentsDatabase } from '../support/comments-hardening';

const env = setUpCommentsDatabase();

describe(`known commenters and staff emails (${label})`, () => {
  it('defaults hold a comment from a known email', async () => {
    expect(defaultCommentSettings.autoApproveKnown).toBe(false);
    expect((await readCommentSettings(env.db)).autoApproveKnown).toBe(false);
    const first = await submitComment(env.db, env.form({ email: 'known@example.net' }), ctx('198.51.100.110'));
    if (!first.ok) throw new Error(JSON.stringify(first));
    await env.db.update(schema.comments).set({ status: 'approved' }).where(eq(schema.comments.id, first.comment.id));
    const second = await submitComment(env.db, env.form({ email: 'known@example.net' }), ctx('198.51.100.111'));
    expect(second).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'new-commenter' } });
  });

  it("holds a comment with a staff member's email in any case or spacing, even with the rule on", async () => {
    await env.db
      .insert(schema.users)
      .values({ email: 'Editor.Desk@Example.Test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor' });
    await updateCommentSettings(env.db, env.admin(), {
      closeAfterDays: '',
      maxLinks: 2,
      blockedWords: '',
      blockedAddresses: '',
      autoApproveKnown: 'on',
      rateLimitCount: 100,
      rateLimitMinutes: 10,
      minFillSeconds: 3,
    });
    // Staff replies are stored approved under the staff email, which must not make it "known".
    const [staff] = await env.db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.slug, 'desk-editor'));
    await env.db.insert(schema.comments).values({
      articleId: env.articleId,
      name: 'Desk Editor',
      email: 'editor.desk@example.test',
      body: 'Staff reply',
      status: 'approved',
      userId: staff!.id,
    });
    // Even an approved reader comment under that address does not make it trusted.
    await env.db.insert(schema.comments).values({
      articleId: env.articleId,
      name: 'Someone',
      email: 'EDITOR.DESK@example.test',
      body: 'Old comment',
      status: 'approved',
    });
    for (const [i, email] of [
      'editor.desk@example.test',
      'EDITOR.DESK@EXAMPLE.TEST',
      '  Editor.Desk@Example.Test  ',
      '\teditor.desk@example.TEST\n',
    ].entries()) {
      const result = await submitComment(env.db, env.form({ email }), ctx(`198.51.100.${120 + i}`));
      expect(result, email).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'staff-email' } });
    }
    // The rule still works for a reader with an approved comment.
    const reader = await submitComment(env.db, env.form({ email: 'known@example.net' }), ctx('198.51.100.130'));
    expect(reader).toMatchObject({ ok: true, comment: { status: 'approved' } });
  });

  it('the first administrator address (admin@maydan.local) is held too', async () => {
    await env.db
      .insert(schema.users)
      .values({ email: FIRST_ADMIN_EMAIL, name: 'Administrator', slug: 'administrator-test', role: 'admin' })
      .onConflictDoNothing();
    const result = await submitComment(
      env.db,
      env.form({ email: ` ${FIRST_ADMIN_EMAIL.toUpperCase()}` }),
      ctx('198.51.100.131'),
    );
    expect(result).toMatchObject({ ok: true, comment: { status: 'pending', heldReason: 'staff-email' } });
  });
});

describe(`database unreachable (${label})`, () => {
  it('a connection refused by a server that is gone reads as "unavailable", not as a bug', async () => {
    const gone = connect({ url: 'postgres://maydan@127.0.0.1:1/maydan' });
    const error = await submitComment(gone.db, env.form(), ctx('198.51.100.140')).then(
      () => null,
      (e: unknown) => e,
    );
    // What gets logged names the cause, never the query's parameters (email, comment text).
    const withParams = await gone.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(and(eq(schema.comments.email, 'rania@example.net'), eq(schema.comments.body, 'A hardened comment')))
      .then(
        () => null,
        (e: unknown) => e,
      );
    await gone.close();
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(String((withParams as Error).message)).toContain('rania@example.net');
    const logged = errorSummary(withParams);
    expect(logged).toMatch(/ECONNREFUSED|CONNECTION|connect/i);
    expect(logged).not.toContain('rania@example.net');
    expect(logged).not.toContain('A hardened comment');
  });

  it('a closed connection reads as "unavailable"; a failing query does not', async () => {
    const closed = process.env.DATABASE_URL
      ? connect({ url: process.env.DATABASE_URL })
      : connect({ dataDir: 'memory' });
    await closed.close();
    const error = await submitComment(closed.db, env.form(), ctx('198.51.100.141')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    const broken = await env.db.execute(sql`select * from no_such_table`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(broken).not.toBeNull();
    expect(isDatabaseUnavailable(broken)).toBe(false);
  });
});
