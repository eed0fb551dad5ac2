import type { Alternate } from './plan';
import { el, xmlDocument, type XmlNode } from './xml';

/** The sitemap documents' shapes (sitemaps.org 0.9 with Google's image and news extensions). */
export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
} as const;

/** One page: absolute URLs, `lastmod` as a W3C date-time in UTC. */
export type SitemapEntry = { loc: string; lastmod: string; alternates: Alternate[]; images: string[] };

export function urlsetXml(entries: SitemapEntry[]): string {
  return xmlDocument(
    el(
      'urlset',
      entries.map((entry) =>
        el('url', [
          el('loc', entry.loc),
          el('lastmod', entry.lastmod),
          // Extension elements come after the protocol's own, as its schema requires.
          ...entry.alternates.map((a) =>
            el('xhtml:link', [], { rel: 'alternate', hreflang: a.hreflang, href: a.href }),
          ),
          ...entry.images.map((src) => el('image:image', [el('image:loc', src)])),
        ]),
      ),
      { xmlns: NS.sitemap, 'xmlns:xhtml': NS.xhtml, 'xmlns:image': NS.image },
    ),
  );
}

export type IndexEntry = { loc: string; lastmod: string | null };

export function sitemapIndexXml(files: IndexEntry[]): string {
  return xmlDocument(
    el(
      'sitemapindex',
      files.map((file) => el('sitemap', [el('loc', file.loc), ...(file.lastmod ? [el('lastmod', file.lastmod)] : [])])),
      { xmlns: NS.sitemap },
    ),
  );
}

export type NewsEntry = {
  loc: string;
  /** The publication's name as readers of `language` know it. */
  publication: string;
  language: string;
  publicationDate: string;
  title: string;
};

export function newsSitemapXml(entries: NewsEntry[]): string {
  const news = (entry: NewsEntry): XmlNode =>
    el('news:news', [
      el('news:publication', [el('news:name', entry.publication), el('news:language', entry.language)]),
      el('news:publication_date', entry.publicationDate),
      el('news:title', entry.title),
    ]);
  return xmlDocument(
    el(
      'urlset',
      entries.map((entry) => el('url', [el('loc', entry.loc), news(entry)])),
      { xmlns: NS.sitemap, 'xmlns:news': NS.news },
    ),
  );
}
