import type { Page } from '@playwright/test';

/** What a page tells search engines and social apps in its head, as served. */
export type PageMetadata = {
  title: string;
  canonical: string | null;
  /** hreflang → href of every `<link rel="alternate" hreflang>`. */
  hreflang: Record<string, string>;
  /** `<meta property|name>` → every content given for it, in order. */
  meta: Record<string, string[]>;
  /** Every `application/ld+json` block, parsed. */
  jsonLd: unknown[];
};

export async function readPageMetadata(page: Page): Promise<PageMetadata> {
  const raw = await page.evaluate(() => ({
    title: document.title,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    hreflang: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute('hreflang')!,
      l.getAttribute('href')!,
    ]),
    meta: [...document.querySelectorAll('meta[property], meta[name]')].map((m) => [
      m.getAttribute('property') ?? m.getAttribute('name')!,
      m.getAttribute('content') ?? '',
    ]),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  }));
  const meta: Record<string, string[]> = {};
  for (const [key, value] of raw.meta) (meta[key!] ??= []).push(value!);
  return {
    title: raw.title,
    canonical: raw.canonical,
    hreflang: Object.fromEntries(raw.hreflang),
    meta,
    jsonLd: raw.jsonLd.map((text) => JSON.parse(text) as unknown),
  };
}

/** The page's JSON-LD block of one `@type` (the NewsArticle of a story page, say). */
export async function readJsonLd(page: Page, type: string): Promise<Record<string, unknown>> {
  const { jsonLd } = await readPageMetadata(page);
  const found = jsonLd.filter(
    (block): block is Record<string, unknown> =>
      typeof block === 'object' && block !== null && (block as Record<string, unknown>)['@type'] === type,
  );
  if (found.length !== 1) throw new Error(`expected one ${type} JSON-LD block, found ${found.length}`);
  return found[0]!;
}
