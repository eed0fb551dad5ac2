/** Cookie names of the comment form (HttpOnly, SameSite=Lax, scoped to the site). */
export const DRAFT_COOKIE = 'maydan.comment-draft';
export const OWN_COMMENTS_COOKIE = 'maydan.own-comments';

export const commentCookieOptions = (maxAgeSeconds: number) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SITE_URL?.startsWith('https:')),
  path: '/',
  maxAge: maxAgeSeconds,
});
