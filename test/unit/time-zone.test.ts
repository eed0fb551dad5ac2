import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { OwnPendingComments } from '@/components/site/own-pending-comments';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { formatDate, siteTimeZone } from '@/lib/i18n/format';

const comment = {
  id: 1,
  parentId: null,
  name: 'Nadia',
  body: 'Merci',
  createdAt: '2026-12-01T10:05:00.000Z',
  isStaff: false,
  website: null,
};

describe('one time zone for every date', () => {
  const saved = process.env.SITE_TIME_ZONE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_TIME_ZONE;
    else process.env.SITE_TIME_ZONE = saved;
  });

  it('formats in SITE_TIME_ZONE on the server, UTC when unset', () => {
    delete process.env.SITE_TIME_ZONE;
    expect(siteTimeZone()).toBe('UTC');
    expect(formatDate('en', comment.createdAt, true)).toContain('10:05');
    process.env.SITE_TIME_ZONE = 'Asia/Beirut';
    expect(formatDate('en', comment.createdAt, true)).toContain('12:05');
  });

  it("the reader's own pending comments (a client component) show the zone the server passes, not the browser's", () => {
    // In the browser SITE_TIME_ZONE is not defined: the component must rely on its prop.
    delete process.env.SITE_TIME_ZONE;
    const html = renderToStaticMarkup(
      createElement(OwnPendingComments, {
        locale: 'fr',
        t: getCommentMessages('fr'),
        timeZone: 'Africa/Tunis',
        comments: [comment],
      }),
    );
    const shown = html.match(/<time[^>]*>([^<]*)<\/time>/)?.[1];
    expect(shown).toContain('11:05');
  });
});
