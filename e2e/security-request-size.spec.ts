import { ArticlePage, ARTICLE, ARTICLE_AR } from './support/pages/article-page';
import { expect, test } from './support/test';

test.describe('request size', () => {
  test('a 1 MB comment without JavaScript gets a clear localized 413 page and stores nothing', async ({
    browser,
    signIn,
  }) => {
    // Playwright's checks before each action walk a page holding 1 MB of text: slow, not stuck.
    test.setTimeout(240_000);
    const marker = `oversized${Date.now()}`;
    for (const [url, message] of [
      [`${ARTICLE}/comment`, 'What you sent is larger than this form accepts, so nothing was saved.'],
      [`${ARTICLE_AR}/comment`, 'ما أرسلته أكبر مما يقبله هذا النموذج، لذلك لم يُحفظ شيء.'],
    ] as const) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const article = new ArticlePage(await context.newPage(), url);
      const page = article.page;
      await article.goto();
      await article.name.fill('Big Sender');
      await article.email.fill('big@example.net');
      const body = article.comment;
      // A script the page does not run (JavaScript is off for the page, not for the test).
      await body.evaluate(
        (el, text) => {
          el.removeAttribute('maxlength');
          (el as HTMLTextAreaElement).value = text;
        },
        `${marker} ${'x'.repeat(1024 * 1024)}`,
      );
      const answer = page.waitForResponse((r) => r.request().method() === 'POST');
      // Located by CSS: an accessibility-tree query over a page holding 1 MB of text is slow.
      await page
        .locator('form:has(textarea[name="body"]) button', { hasText: /^(Post comment|انشر التعليق)$/ })
        .click();
      const response = await answer;
      expect(response.status()).toBe(413);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
      await context.close();
    }

    const admin = await browser.newContext();
    const page = await admin.newPage();
    await signIn(page, 'admin', '/admin/comments');
    for (const status of ['pending', 'approved', 'spam', 'trash']) {
      await page.goto(`/admin/comments?status=${status}&q=${marker}`);
      await expect(page.getByText('No comments here.')).toBeVisible();
    }
    await admin.close();
  });

  test('with JavaScript, an oversized comment is stopped in the page with the message, keeping what was typed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const article = new ArticlePage(page);
    await article.goto();
    await article.name.fill('Big Sender');
    await article.email.fill('big@example.net');
    await expect(article.answer).toBeVisible();
    const body = article.comment;
    const text = `oversized-js ${'x'.repeat(200 * 1024)}`;
    await body.evaluate((el, value) => {
      el.removeAttribute('maxlength');
      (el as HTMLTextAreaElement).value = value;
    }, text);
    await article.answer.fill('1');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.locator('form:has(textarea[name="body"]) button', { hasText: /^Post comment$/ }).click();
    // Refused in the page, before sending: the proxy would answer 413 and the answer be lost.
    await expect(page.getByText('What you sent is larger than this form accepts, so nothing was saved.')).toBeVisible();
    expect(posts).toEqual([]);
    await expect(article.name).toHaveValue('Big Sender');
    expect(await body.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
  });

  test('a server action POST over the public limit is answered 413 before it runs', async ({ request }) => {
    const response = await request.post(ARTICLE, {
      headers: {
        'next-action': '0'.repeat(42),
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
      },
      data: 'x'.repeat(1024 * 1024),
    });
    expect(response.status()).toBe(413);
    // Exactly text/plain: Next's client then throws an Error carrying this message.
    expect(response.headers()['content-type']).toBe('text/plain');
    expect(await response.text()).toContain('nothing was saved');
  });
});
