import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { defaultIdentity, socialName, type Identity } from '@/lib/identity/identity';
import { getIdentitySettings, readIdentity, updateIdentity } from '@/lib/identity/settings';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let adminId = 0;
let editorId = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .insert(schema.users)
    .values([
      { email: 'admin@identity.example', name: 'Identity Admin', slug: 'identity-admin', role: 'admin' },
      { email: 'editor@identity.example', name: 'Identity Editor', slug: 'identity-editor', role: 'editor' },
    ])
    .returning({ id: schema.users.id });
  adminId = rows[0]!.id;
  editorId = rows[1]!.id;
});

afterAll(async () => {
  await database?.dispose();
});

const admin = () => ({ id: adminId, role: 'admin' as const });
const editor = () => ({ id: editorId, role: 'editor' as const });

const mayadin: Identity = {
  name: { en: 'Mayadin', fr: 'Mayadin', ar: 'ميادين' },
  tagline: {
    en: 'Mirror of society: files, analysis, opinions and ideas',
    fr: 'Miroir de la société : dossiers, analyses, opinions et idées',
    ar: 'مرآة المجتمع، ملفات، تحليلات، آراء وافكار و رسائل لصناع القرار.. صوت من لا صوت له',
  },
  footer: { en: 'Independent.\nSince 2009.', fr: 'Indépendant.', ar: 'إعلام بديل.' },
  contactEmail: 'news@mayadin.example',
  social: ['https://www.facebook.com/mayadin', 'https://x.com/mayadin'],
  languageOrder: ['ar', 'fr', 'en'],
};

describe(`identity settings (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('shows the dictionaries’ defaults until an admin saves', async () => {
    expect(await readIdentity(database.db)).toEqual(defaultIdentity());
  });

  it('only admins read or change it; editors are refused and nothing changes', async () => {
    expect(await getIdentitySettings(database.db, editor())).toBeNull();
    expect(await updateIdentity(database.db, editor(), mayadin)).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await readIdentity(database.db)).toEqual(defaultIdentity());
  });

  it('saves and reads back every part, expires only the identity tag and is audited', async () => {
    const result = await updateIdentity(database.db, admin(), mayadin);
    expect(result).toMatchObject({ ok: true, invalidate: ['identity'] });
    expect(await readIdentity(database.db)).toEqual(mayadin);
    expect(await getIdentitySettings(database.db, admin())).toEqual(mayadin);
    const [audit] = await database.db
      .select({ actorId: schema.auditLog.actorId, data: schema.auditLog.data })
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, 'setting.update'), eq(schema.auditLog.entityId, 'identity')));
    expect(audit).toMatchObject({ actorId: adminId, data: { after: { name: mayadin.name } } });
  });

  it('refuses bad input field by field and keeps what was saved', async () => {
    const result = await updateIdentity(database.db, admin(), {
      ...mayadin,
      name: { ...mayadin.name, ar: '   ' },
      tagline: { ...mayadin.tagline, fr: 'x'.repeat(201) },
      contactEmail: 'not an address',
      social: ['https://x.com/ok', 'http://insecure.example', 'javascript:alert(1)'],
      languageOrder: ['ar', 'ar', 'en'],
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected field errors');
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ['contactEmail', 'languageOrder', 'name.ar', 'social.1', 'social.2', 'tagline.fr'].sort(),
    );
    expect(result.fieldErrors['name.ar']).toBe('required');
    expect(await readIdentity(database.db)).toEqual(mayadin);
  });

  it('strips control characters, keeps the footer’s line breaks', async () => {
    const result = await updateIdentity(database.db, admin(), {
      ...mayadin,
      name: { ...mayadin.name, en: 'May\u0000adin\n' },
      footer: { ...mayadin.footer, en: 'Line one\r\nLine\u0007 two' },
    });
    expect(result.ok).toBe(true);
    const saved = await readIdentity(database.db);
    expect(saved.name.en).toBe('May adin');
    expect(saved.footer.en).toBe('Line one\nLine two');
  });

  it('names profile links by their network', () => {
    expect(socialName('https://www.facebook.com/mayadin')).toBe('Facebook');
    expect(socialName('https://twitter.com/mayadin')).toBe('X');
    expect(socialName('https://t.me/mayadin')).toBe('Telegram');
    expect(socialName('https://news.example.org/about')).toBe('news.example.org');
  });
});
