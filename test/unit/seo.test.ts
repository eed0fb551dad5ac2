import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticlePage } from '@/lib/articles/types';
import { pageAlternates } from '@/lib/seo/alternates';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { imagesForRatios, largestImage, variantImages } from '@/lib/seo/images';
import { serializeJsonLd } from '@/lib/seo/json-ld';
import { readerMetadata } from '@/lib/seo/metadata';
import { DEFAULT_OG_LOCALES, ogLocale, parseOgLocales } from '@/lib/seo/og-locale';
import { defaultIdentity } from '@/lib/identity/identity';
import { pageTitle } from '@/lib/seo/site';

const identity = defaultIdentity();
const siteName = (locale: 'en' | 'ar') => identity.name[locale];
import { articleStructuredData, collectionPage, homeStructuredData, profilePage } from '@/lib/seo/structured-data';
import { truncateHeadline } from '@/lib/seo/text';
import { blocksOfType, checkStructuredData } from '../../e2e/support/structured-data';

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

beforeEach(() => {
  vi.stubEnv('SITE_URL', 'https://news.example.org');
  vi.stubEnv('DEFAULT_LOCALE', 'en');
  vi.stubEnv('OG_LOCALES', '');
});
afterEach(() => vi.unstubAllEnvs());

describe('titles', () => {
  it('are "Headline — Site name" with the site name of each language', () => {
    expect(siteName('en')).toBe('Maydan');
    expect(siteName('ar')).toBe('ميدان');
    expect(pageTitle('Budget passes', siteName('en'))).toBe('Budget passes — Maydan');
    expect(pageTitle('الميزانية', siteName('ar'))).toBe('الميزانية — ميدان');
    expect(pageTitle('   ', 'Maydan')).toBe('Maydan');
  });
});

describe('serializeJsonLd', () => {
  it('leaves no character that could end the script element, and parses back to the same data', () => {
    const hostile = {
      headline: '</script><script>alert(1)</script><!-- & -->',
      dek: 'line\u2028separator\u2029paragraph',
      ar: 'المجلس الوطني «يصادق»',
    };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u2028');
    expect(json).toContain('\\u2029');
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('truncateHeadline', () => {
  it('keeps a headline of 110 characters or fewer as it is (spaces tidied)', () => {
    const exact = 'a'.repeat(110);
    expect(truncateHeadline(exact)).toBe(exact);
    expect(truncateHeadline('  Budget   passes ')).toBe('Budget passes');
  });

  it('cuts a longer one at a word boundary, with an ellipsis, to at most 110 characters', () => {
    const long = 'The national assembly passes the budget after a night of debate '.repeat(4);
    const cut = truncateHeadline(long);
    expect(graphemes(cut)).toBeLessThanOrEqual(110);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // Whole words only: the character after the kept text in the original is a space.
    expect(long[cut.length - 1]).toBe(' ');
  });

  it('counts an Arabic letter with its vowel marks as one and never splits it', () => {
    const word = 'مُدَرِّسَةٌ'; // 5 letters, 11 code points
    const long = Array.from({ length: 30 }, () => word).join(' ');
    const cut = truncateHeadline(long);
    expect(graphemes(cut)).toBeLessThanOrEqual(110);
    expect(cut.length).toBeGreaterThan(110); // in code units it is longer: the marks are kept
    for (const kept of cut.slice(0, -1).split(' ')) expect(kept).toBe(word);
  });

  it('cuts a headline without spaces between characters, never inside an emoji', () => {
    const cut = truncateHeadline('👨‍👩‍👧'.repeat(200));
    expect(graphemes(cut)).toBe(110);
    expect(cut).toBe(`${'👨‍👩‍👧'.repeat(109)}…`);
  });
});

describe('Open Graph locales', () => {
  it('are ll_TT by default and configurable per language through OG_LOCALES', () => {
    expect(DEFAULT_OG_LOCALES).toEqual({ en: 'en_US', fr: 'fr_FR', ar: 'ar_AR' });
    expect(ogLocale('ar', undefined)).toBe('ar_AR');
    expect(ogLocale('ar', 'ar=ar_MA, fr=fr_CA')).toBe('ar_MA');
    expect(parseOgLocales('ar=ar_MA, fr=fr_CA')).toEqual({ en: 'en_US', fr: 'fr_CA', ar: 'ar_MA' });
  });

  it('ignores entries for unknown languages or of the wrong shape', () => {
    expect(parseOgLocales('de=de_DE,ar=arabic,en=en-GB,fr')).toEqual(DEFAULT_OG_LOCALES);
  });
});

describe('pageAlternates', () => {
  it('gives absolute URLs on SITE_URL, the page itself among them, and one x-default for the set', () => {
    const en = { locale: 'en' as const, path: '/en/article/budget' };
    const ar = { locale: 'ar' as const, path: '/ar/article/%D9%85' };
    expect(pageAlternates(ar, [en])).toEqual({
      canonical: 'https://news.example.org/ar/article/%D9%85',
      languages: {
        en: 'https://news.example.org/en/article/budget',
        ar: 'https://news.example.org/ar/article/%D9%85',
        'x-default': 'https://news.example.org/en/article/budget',
      },
    });
    // The same x-default from the other side.
    expect(pageAlternates(en, [ar]).languages['x-default']).toBe('https://news.example.org/en/article/budget');
  });

  it('falls back to the first language present when DEFAULT_LOCALE has no version, and keeps a path in SITE_URL', () => {
    vi.stubEnv('SITE_URL', 'https://example.org/news/');
    const alternates = pageAlternates({ locale: 'ar', path: '/ar/tag/x' }, [{ locale: 'fr', path: '/fr/tag/y' }]);
    expect(alternates.canonical).toBe('https://example.org/news/ar/tag/x');
    expect(alternates.languages['x-default']).toBe('https://example.org/news/fr/tag/y');
    expect(pageAlternates({ locale: 'ar', path: '/ar' }, [], '/').languages['x-default']).toBe(
      'https://example.org/news/',
    );
  });
});

describe('images from media variants', () => {
  const variants = [160, 320, 640, 960, 1280, 1600].map((width) => ({
    width,
    height: Math.round((width * 9) / 16),
    format: 'webp' as const,
    path: `2026/11/abc-photo-${width}.webp`,
  }));

  const upload = (width: number, height: number) => ({ src: '/media/2026/11/abc-photo.jpg', width, height });

  it('give real sizes: a variant is never wider than the upload', () => {
    // A 100 px upload still gets the 160 px variant (the first one always exists): it is 100 px wide.
    const tiny = variantImages([{ ...variants[0]!, height: 56 }], upload(100, 56));
    expect(tiny).toEqual([{ src: '/media/2026/11/abc-photo-160.webp', width: 100, height: 56 }, upload(100, 56)]);
  });

  it('offer the upload itself when it is no wider than the widest variant, else the widest variant', () => {
    // A 900 px upload has variants up to 640 px: the upload is the largest copy.
    expect(largestImage(variantImages(variants.slice(0, 3), upload(900, 506)))).toEqual(upload(900, 506));
    expect(largestImage(variantImages(variants, upload(6000, 3375)))).toEqual({
      src: '/media/2026/11/abc-photo-1600.webp',
      width: 1600,
      height: 900,
    });
  });

  it('pick the largest copy of each of 16:9, 4:3 and 1:1 that exists', () => {
    const resized = variantImages(variants, upload(4000, 2250));
    expect(imagesForRatios(resized)).toEqual([{ src: '/media/2026/11/abc-photo-1600.webp', width: 1600, height: 900 }]);
    const crops = [
      ...resized,
      { src: '/media/a-4x3.webp', width: 1200, height: 900 },
      { src: '/media/a-1x1.webp', width: 900, height: 900 },
      { src: '/media/a-1x1-small.webp', width: 300, height: 300 },
    ];
    expect(imagesForRatios(crops).map((i) => i.src)).toEqual([
      '/media/2026/11/abc-photo-1600.webp',
      '/media/a-4x3.webp',
      '/media/a-1x1.webp',
    ]);
    // A shape none of the three: the largest copy rather than none.
    const tall = [
      { src: '/media/t-1.webp', width: 600, height: 1000 },
      { src: '/media/t-2.webp', width: 300, height: 500 },
    ];
    expect(imagesForRatios(tall)).toEqual([tall[0]]);
    expect(imagesForRatios([])).toEqual([]);
  });
});

const article: ArticlePage = {
  id: 7,
  locale: 'ar',
  slug: 'الميزانية',
  title: `${'المجلس الوطني يصادق على ميزانية ٢٠٢٧ '.repeat(5)}</script>`,
  dek: 'بعد جلسة طويلة',
  publishedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-21T09:30:00.000Z',
  section: { id: 1, name: 'سياسة', slug: 'سياسة' },
  author: { id: 3, name: 'ليلى حداد', slug: 'leila-haddad' },
  credit: '',
  image: { src: '/media/2026/11/abc-photo.jpg', width: 1600, height: 900, alt: 'قاعة المجلس' },
  imageCaption: 'القاعة',
  imageCredit: 'ليلى حداد / أ ف ب',
  imageVariants: [
    { src: '/media/2026/11/abc-photo-1600.webp', width: 1600, height: 900 },
    { src: '/media/2026/11/abc-photo-640.webp', width: 640, height: 360 },
  ],
  shareImage: { src: '/media/2026/11/abc-photo-share.jpg', width: 1200, height: 630 },
  commentCount: 4,
  translationGroupId: 'g',
  body: '<p>…</p>',
  seoTitle: '',
  seoDescription: '',
  commentsOpen: true,
  tags: [
    { id: 1, name: 'الميزانية', slug: 'الميزانية' },
    { id: 2, name: 'البرلمان', slug: 'البرلمان' },
  ],
  translations: [{ locale: 'en', slug: 'assembly-passes-2027-budget', title: 'Assembly passes 2027 budget' }],
  related: [],
  corrections: [],
  authorProfile: null,
};

describe('article metadata', () => {
  it('has the title, canonical, hreflang, Open Graph article facts and a large Twitter card', () => {
    const metadata = articleMetadata(article, identity);
    expect(metadata.title).toEqual({ absolute: `${article.title} — ميدان` });
    expect(metadata.alternates).toEqual({
      canonical: 'https://news.example.org/ar/article/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9',
      languages: {
        en: 'https://news.example.org/en/article/assembly-passes-2027-budget',
        ar: 'https://news.example.org/ar/article/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9',
        'x-default': 'https://news.example.org/en/article/assembly-passes-2027-budget',
      },
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      siteName: 'ميدان',
      locale: 'ar_AR',
      alternateLocale: ['en_US'],
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: 'سياسة',
      tags: ['الميزانية', 'البرلمان'],
      authors: ['https://news.example.org/ar/author/leila-haddad'],
      images: [
        {
          url: 'https://news.example.org/media/2026/11/abc-photo-share.jpg',
          width: 1200,
          height: 630,
          alt: 'قاعة المجلس',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('a story without a stored crop shows its drawn card, whose URL changes with the headline', () => {
    const url = (a: ArticlePage) =>
      (articleMetadata(a, identity).openGraph as { images: { url: string }[] }).images[0]!.url;
    const plain = { ...article, image: null, imageVariants: [], shareImage: null };
    const card = url(plain);
    expect(card).toMatch(
      /^https:\/\/news\.example\.org\/ar\/article\/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9\/share\.png\?v=[\w-]{12}$/,
    );
    expect(articleMetadata(plain, identity).openGraph).toMatchObject({ images: [{ width: 1200, height: 630 }] });
    expect(url({ ...plain, title: 'عنوان مصحح' })).not.toBe(card);
    expect(url({ ...plain, dek: 'another dek' })).toBe(card);
    // An upload from before stored crops: the card route crops it, and its URL names the image.
    const legacy = url({ ...article, shareImage: null });
    expect(legacy).toMatch(/\/share\.png\?v=/);
    expect(legacy).not.toBe(card);
  });

  it('a page that is not a story shows the language card and a website Open Graph type', () => {
    const metadata = readerMetadata({ locale: 'fr', headline: 'Politique', path: '/fr/section/politique' }, identity);
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      locale: 'fr_FR',
      alternateLocale: [],
      images: [{ width: 1200, height: 630, alt: 'Maydan' }],
    });
    const [image] = (metadata.openGraph as { images: { url: string }[] }).images;
    expect(image!.url).toMatch(/^https:\/\/news\.example\.org\/fr\/share\.png\?v=[\w-]{12}$/);
    expect(metadata.title).toEqual({ absolute: 'Politique — Maydan' });
  });
});

describe('structured data builders', () => {
  it('a story gives a NewsArticle and a breadcrumb trail that pass the checker', () => {
    const blocks = JSON.parse(
      `[${articleStructuredData(article, 'الرئيسية', identity).map(serializeJsonLd).join(',')}]`,
    );
    expect(checkStructuredData(blocks)).toEqual([]);
    const [news] = blocksOfType(blocks, 'NewsArticle');
    expect(graphemes(news!.headline as string)).toBeLessThanOrEqual(110);
    expect(news).toMatchObject({
      inLanguage: 'ar',
      articleSection: 'سياسة',
      keywords: ['الميزانية', 'البرلمان'],
      commentCount: 4,
      isAccessibleForFree: true,
      image: [{ url: 'https://news.example.org/media/2026/11/abc-photo-1600.webp', caption: 'القاعة' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'ميدان' },
    });
    const [crumbs] = blocksOfType(blocks, 'BreadcrumbList');
    expect((crumbs!.itemListElement as { name: string }[]).map((c) => c.name)).toEqual([
      'الرئيسية',
      'سياسة',
      article.title,
    ]);
  });

  it('home, collection and profile pages pass the checker', () => {
    const crumbs = [
      { name: 'Home', path: '/en' },
      { name: 'Leila Haddad', path: '/en/author/leila-haddad' },
    ];
    const blocks = [
      ...homeStructuredData('en', identity),
      collectionPage({ locale: 'en', name: 'Leila Haddad', path: '/en/author/leila-haddad', crumbs, items: ['/en/a'] }),
      profilePage({
        locale: 'en',
        name: 'Leila Haddad',
        path: '/en/author/leila-haddad',
        crumbs,
        personPath: '/en/author/leila-haddad',
      }),
    ];
    expect(checkStructuredData(JSON.parse(JSON.stringify(blocks)))).toEqual([]);
    expect(blocks[0]).toMatchObject({
      potentialAction: { target: { urlTemplate: 'https://news.example.org/en/search?q={search_term_string}' } },
    });
  });

  it('the checker names what is missing', () => {
    const [news, crumbs] = JSON.parse(JSON.stringify(articleStructuredData(article, 'الرئيسية', identity)));
    delete news.datePublished;
    news.headline = 'x'.repeat(111);
    news.author = [{ '@type': 'Person', name: 'No page' }];
    delete news.publisher.logo;
    crumbs.itemListElement[1].item = '/ar/section/x';
    const problems = checkStructuredData([news, crumbs, { '@type': 'WebSite', name: 'Maydan' }]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/datePublished/),
        expect.stringMatching(/headline is over 110/),
        expect.stringMatching(/each author/),
        expect.stringMatching(/logo/),
        expect.stringMatching(/itemListElement\[1\]/),
        expect.stringMatching(/block 2: @context/),
        expect.stringMatching(/block 2: WebSite needs an absolute url/),
      ]),
    );
    expect(problems).toHaveLength(7);
  });
});
