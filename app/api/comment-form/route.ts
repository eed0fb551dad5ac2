import { cookies } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db';
import { createChallenge } from '@/lib/captcha';
import { OWN_COMMENTS_COOKIE } from '@/lib/comments/cookies';
import { decodeOwnIds, listOwnPending } from '@/lib/comments/drafts';
import { locales } from '@/lib/i18n/config';

const query = z.object({
  article: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  locale: z.enum(locales),
});

/**
 * The per-view part of a cached article page: a fresh math question, and the reader's own
 * comments still awaiting moderation. Fetched by the comment form once it runs in the browser.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = query.safeParse({ article: url.searchParams.get('article'), locale: url.searchParams.get('locale') });
  if (!parsed.success) return Response.json({ error: 'invalid' }, { status: 400 });
  const { article, locale } = parsed.data;
  const own = decodeOwnIds((await cookies()).get(OWN_COMMENTS_COOKIE)?.value);
  const mine = own.length ? await listOwnPending(getDb(), article, own) : [];
  return Response.json(
    { challenge: createChallenge(locale, article), mine },
    { headers: { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' } },
  );
}
