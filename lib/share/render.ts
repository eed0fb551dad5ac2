import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheLife } from 'next/cache';
import { getArticle } from '../articles';
import type { Locale } from '../i18n/config';
import { MAX_INPUT_PIXELS, uploadsDir } from '../media/store';
import { getIdentity } from '../identity';
import { DEFAULT_LOGO } from '../seo/site';
import { cropForSharing, renderCard } from './card';
import type { Identity } from '../identity/identity';
import { articleCardVersion, cardLogo, siteCardVersion } from './images';

/** A drawn card and the version of what it shows (compared with the URL's `v`). */
export type DrawnCard = { bytes: Uint8Array; type: 'image/png' | 'image/jpeg'; version: string };

const DEFAULT_LOGO_FILE = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', DEFAULT_LOGO.path);

/** The logo file a card draws: the publication's upload when it has one (lib/identity), else the brand mark. */
const logoFile = (identity: Identity) => uploadFile(cardLogo(identity)) ?? DEFAULT_LOGO_FILE();

/** The stored upload behind a `/media/…` address, or null for anything else. */
function uploadFile(src: string): string | null {
  if (!src.startsWith('/media/')) return null;
  const root = uploadsDir();
  const file = path.join(root, ...src.slice('/media/'.length).split('/').map(decodeURIComponent));
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * A story's card, cached with the story (a new headline or image expires it with the page):
 * its featured image cropped to 1200×630 when it has one (uploads from before stored crops),
 * otherwise the site name and headline drawn by lib/share/card.ts. Null when readers cannot
 * see the story.
 */
export async function drawArticleCard(locale: Locale, slug: string): Promise<DrawnCard | null> {
  'use cache';
  const [article, identity] = await Promise.all([getArticle(locale, slug), getIdentity()]);
  if (!article) return null;
  const version = articleCardVersion(article, identity);
  const photo = article.image ? uploadFile(article.image.src) : null;
  if (photo) {
    try {
      const bytes = await cropForSharing(await fs.readFile(/*turbopackIgnore: true*/ photo), MAX_INPUT_PIXELS);
      return { bytes: new Uint8Array(bytes), type: 'image/jpeg', version };
    } catch {
      // A missing or unreadable upload: the drawn card stands in.
    }
  }
  const bytes = await renderCard({
    locale,
    site: identity.name[locale],
    headline: article.title,
    logoFile: logoFile(identity),
  });
  return { bytes: new Uint8Array(bytes), type: 'image/png', version };
}

/** The language's card: logo, site name and tagline. */
export async function drawSiteCard(locale: Locale): Promise<DrawnCard> {
  'use cache';
  cacheLife('max');
  const identity = await getIdentity();
  const bytes = await renderCard({
    locale,
    site: identity.name[locale],
    headline: identity.tagline[locale] || identity.name[locale],
    logoFile: logoFile(identity),
  });
  return { bytes: new Uint8Array(bytes), type: 'image/png', version: siteCardVersion(locale, identity) };
}

/**
 * A card's answer. With the URL's version current, it never changes (a new headline has a new
 * URL): a year, immutable. Any other version (an old link) gets today's card, kept briefly.
 */
export function cardResponse(request: Request, card: DrawnCard | null): Response {
  if (!card)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const current = new URL(request.url).searchParams.get('v') === card.version;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(card.bytes), {
    headers: {
      'content-type': card.type,
      'content-length': String(card.bytes.byteLength),
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    },
  });
}
