import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { defaultIdentity, socialName, type Identity } from '@/lib/identity/identity';
import { getIdentitySettings, readIdentity, updateIdentity } from '@/lib/identity/settings';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { resolveIdentityImages } from '@/lib/identity/images';
import { siteShareImage } from '@/lib/share/images';
import { newsMediaOrganization } from '@/lib/seo/structured-data';
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

// Uploads go to a folder of this test's own.
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-identity-'));
const savedUploadsDir = process.env.UPLOADS_DIR;
process.env.UPLOADS_DIR = uploads;

afterAll(async () => {
  await database?.dispose();
  process.env.UPLOADS_DIR = savedUploadsDir;
  fs.rmSync(uploads, { recursive: true, force: true });
});

/** A wide PNG logo, as a browser would send it. */
async function logoFile(name: string, colour: string) {
  const png = await sharp({ create: { width: 480, height: 96, channels: 4, background: colour } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(png)], name, { type: 'image/png' });
}

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
  logoLight: null,
  logoDark: null,
  shareImage: null,
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

  it('takes logos and the share image through the image pipeline, keeps them by id, removes them on request', async () => {
    const alt = { en: 'Mayadin', fr: 'Mayadin', ar: 'ميادين' };
    const first = await resolveIdentityImages(
      database.db,
      admin(),
      {
        logoLight: { file: await logoFile('logo.png', '#0a5') },
        logoDark: { file: new File([new TextEncoder().encode('<svg onload=alert(1)>')], 'logo.png') },
        shareImage: { keep: '999999' },
      },
      alt,
      'en',
    );
    // A file that is no image is refused next to its field; an unknown id keeps nothing.
    expect(first.errors).toEqual({ logoDark: 'not-an-image' });
    expect(first.images.logoDark).toBeNull();
    expect(first.images.shareImage).toBeNull();
    const logo = first.images.logoLight!;
    expect(logo).toMatchObject({ width: 480, height: 96 });
    expect(logo.src).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{12}-logo\.png$/);
    expect(logo.share).toMatch(/-share\.jpg$/);
    // Re-encoded and stored under the uploads folder, with its variants.
    expect(fs.existsSync(path.join(uploads, decodeURIComponent(logo.src.slice('/media/'.length))))).toBe(true);
    const [row] = await database.db.select().from(schema.media).where(eq(schema.media.id, logo.id));
    expect(row!.alt).toEqual(alt);

    const saved = await updateIdentity(database.db, admin(), { ...mayadin, ...first.images, shareImage: logo });
    expect(saved.ok).toBe(true);
    const identity = await readIdentity(database.db);
    expect(identity.logoLight).toEqual(logo);
    // Readers' pages use them: the organization's logo, the default share image's 1200×630 crop.
    expect(newsMediaOrganization('ar', identity).logo).toMatchObject({ url: expect.stringContaining(logo.src) });
    expect(siteShareImage('fr', identity)).toEqual({ src: logo.share, width: 1200, height: 630, alt: 'Mayadin' });

    // The form sends back the ids it showed: they stay; "remove" takes one away.
    const again = await resolveIdentityImages(
      database.db,
      admin(),
      { logoLight: { keep: String(logo.id) }, shareImage: { keep: String(logo.id), remove: true } },
      alt,
      'en',
    );
    expect(again).toEqual({ images: { logoLight: logo, logoDark: null, shareImage: null }, errors: {} });
    // An id that is no number is never looked up.
    const odd = await resolveIdentityImages(database.db, admin(), { logoLight: { keep: '1 or 1=1' } }, alt, 'en');
    expect(odd.images.logoLight).toBeNull();
    // The identity without images reads the drawn card and the brand mark again.
    await updateIdentity(database.db, admin(), mayadin);
    const plain = await readIdentity(database.db);
    expect(siteShareImage('fr', plain).src).toMatch(/^\/fr\/share\.png\?v=/);
    expect(newsMediaOrganization('ar', plain).logo).toMatchObject({ url: expect.stringContaining('/brand/logo.png') });
  });

  it('only admins store or pick identity images', async () => {
    const result = await resolveIdentityImages(
      database.db,
      editor(),
      { logoLight: { file: await logoFile('x.png', '#000') }, shareImage: { keep: '1' } },
      { en: 'x' },
      'en',
    );
    expect(result).toEqual({
      images: { logoLight: null, logoDark: null, shareImage: null },
      errors: { logoLight: 'forbidden' },
    });
  });
});
