import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { decide, defaultCommentSettings, type CommentFacts } from '@/lib/comments/rules';
import { commentSettingsSchema, getCommentSettings, readCommentSettings, updateCommentSettings } from '@/lib/settings';
import { createTestDatabase } from '../support/database';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TestDb;
let adminId = 0;
const admin = () => ({ id: adminId, role: 'admin' as const });

/** What the settings form posts: every value a string, the checkbox absent when unticked. */
const formInput = {
  closeAfterDays: '30',
  maxLinks: '1',
  blockedWords: ' casino \n\n  cheap pills\r\n',
  blockedAddresses: 'spammer@example.test\n@spam.example\n203.0.113.9',
  autoApproveKnown: 'on',
  rateLimitCount: '3',
  rateLimitMinutes: '15',
  minFillSeconds: '4',
};

const settingAudits = () =>
  database.db
    .select({ actorId: schema.auditLog.actorId, data: schema.auditLog.data, entityId: schema.auditLog.entityId })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.action, 'setting.update'), eq(schema.auditLog.entityType, 'setting')))
    .orderBy(schema.auditLog.id);

beforeAll(async () => {
  database = await createTestDatabase();
  const [admin] = await database.db
    .insert(schema.users)
    .values({ email: 'settings-admin@example.test', name: 'Settings Admin', slug: 'settings-admin', role: 'admin' })
    .returning({ id: schema.users.id });
  adminId = admin!.id;
});

afterAll(async () => {
  await database?.dispose();
});

describe('comment settings validation', () => {
  it('reads form strings: empty days means never, lists split by line, the checkbox is on or absent', () => {
    const parsed = commentSettingsSchema.parse({ ...formInput, closeAfterDays: '', autoApproveKnown: undefined });
    expect(parsed.closeAfterDays).toBeNull();
    expect(parsed.blockedWords).toEqual(['casino', 'cheap pills']);
    expect(parsed.blockedAddresses).toEqual(['spammer@example.test', '@spam.example', '203.0.113.9']);
    expect(parsed.autoApproveKnown).toBe(false);
    expect(parsed.maxLinks).toBe(1);
    expect(commentSettingsSchema.parse(formInput).autoApproveKnown).toBe(true);
  });

  it.each([
    ['closeAfterDays', '0'],
    ['closeAfterDays', 'soon'],
    ['maxLinks', '-1'],
    ['maxLinks', '1.5'],
    ['rateLimitCount', '0'],
    ['rateLimitMinutes', '1441'],
    ['minFillSeconds', '121'],
    ['minFillSeconds', '2.5'],
  ])('refuses %s = %j', (field, value) => {
    const result = commentSettingsSchema.safeParse({ ...formInput, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('refuses an over-long line and too many lines', () => {
    const long = commentSettingsSchema.safeParse({ ...formInput, blockedWords: `ok\n${'x'.repeat(201)}` });
    expect(long.error?.issues[0]?.path).toEqual(['blockedWords', 1]);
    const many = commentSettingsSchema.safeParse({
      ...formInput,
      blockedAddresses: Array.from({ length: 501 }, (_, i) => `u${i}@example.test`).join('\n'),
    });
    expect(many.error?.issues[0]?.path).toEqual(['blockedAddresses']);
  });
});

describe(`comment settings storage (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('answers the defaults before anything is saved', async () => {
    expect(await getCommentSettings(database.db, admin())).toEqual(defaultCommentSettings);
  });

  it('reads and writes them for admins only: anyone else is refused, and nothing is written', async () => {
    const editor = { id: adminId, role: 'editor' as const };
    expect(await getCommentSettings(database.db, editor)).toBeNull();
    expect(await updateCommentSettings(database.db, editor, formInput)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await database.db.select().from(schema.settings)).toEqual([]);
    expect(await settingAudits()).toEqual([]);
  });

  it('writes nothing, and audits nothing, when the input is invalid', async () => {
    const result = await updateCommentSettings(database.db, admin(), { ...formInput, rateLimitCount: '0' });
    expect(result).toEqual({ ok: false, reason: 'invalid', fieldErrors: { rateLimitCount: 'required' } });
    expect(await database.db.select().from(schema.settings)).toEqual([]);
    expect(await settingAudits()).toEqual([]);
    expect(await getCommentSettings(database.db, admin())).toEqual(defaultCommentSettings);
  });

  it('saves valid settings, reads them back and records who changed what', async () => {
    const result = await updateCommentSettings(database.db, admin(), formInput);
    expect(result.ok).toBe(true);
    const expected = {
      closeAfterDays: 30,
      maxLinks: 1,
      blockedWords: ['casino', 'cheap pills'],
      blockedAddresses: ['spammer@example.test', '@spam.example', '203.0.113.9'],
      autoApproveKnown: true,
      rateLimitCount: 3,
      rateLimitMinutes: 15,
      minFillSeconds: 4,
    };
    expect(await getCommentSettings(database.db, admin())).toEqual(expected);
    const [row] = await database.db
      .select({ updatedBy: schema.settings.updatedBy })
      .from(schema.settings)
      .where(eq(schema.settings.key, 'comments'));
    expect(row?.updatedBy).toBe(adminId);
    const audits = await settingAudits();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: adminId,
      entityId: 'comments',
      data: { before: defaultCommentSettings, after: expected },
    });
  });

  it('a second save replaces the first and audits the previous values as "before"', async () => {
    const result = await updateCommentSettings(database.db, admin(), {
      ...formInput,
      closeAfterDays: '',
      autoApproveKnown: undefined,
      blockedWords: '',
    });
    expect(result.ok).toBe(true);
    const saved = (await getCommentSettings(database.db, admin()))!;
    expect(saved.closeAfterDays).toBeNull();
    expect(saved.autoApproveKnown).toBe(false);
    expect(saved.blockedWords).toEqual([]);
    expect(await database.db.select().from(schema.settings)).toHaveLength(1);
    const audits = await settingAudits();
    expect(audits).toHaveLength(2);
    expect(audits[1]!.data).toMatchObject({
      before: { closeAfterDays: 30, blockedWords: ['casino', 'cheap pills'] },
      after: { closeAfterDays: null, blockedWords: [] },
    });
  });

  it('the saved rules are the ones comments are judged by', async () => {
    await updateCommentSettings(database.db, admin(), { ...formInput, blockedWords: 'casino' });
    const settings = await readCommentSettings(database.db);
    expect(await getCommentSettings(database.db, admin())).toEqual(settings);
    const now = new Date('2026-03-01T12:00:00Z');
    const facts: CommentFacts = {
      name: 'Reader',
      email: 'reader@example.test',
      website: null,
      body: 'Best CASINO bonuses here',
      ipHash: 'hash',
      blockedIpHashes: [],
      honeypotFilled: false,
      secondsToFill: 10,
      hasApprovedFromEmail: false,
      isDuplicate: false,
      recentFromIp: 0,
      commentsOpen: true,
      publishedAt: new Date('2026-02-20T12:00:00Z'),
      now,
    };
    expect(decide(settings, facts)).toEqual({ action: 'store', status: 'spam', heldReason: 'blocklist-word' });
    expect(decide(settings, { ...facts, body: 'Fair point', secondsToFill: 3 })).toEqual({
      action: 'store',
      status: 'pending',
      heldReason: 'too-fast',
    });
    expect(decide(settings, { ...facts, body: 'Fair point', publishedAt: new Date('2026-01-01T00:00:00Z') })).toEqual({
      action: 'reject',
      reason: 'closed',
    });
  });
});
