import { expect, test, type Page } from '@playwright/test';
import { solve } from './support/captcha';
import { ArticlePage, ARTICLE, ARTICLE_AR } from './support/pages/article-page';

/** Each test posts from its own address, so the per-IP rate limit does not couple tests. */
let ipCounter = 0;
async function asNewReader(page: Page) {
  ipCounter += 1;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.18.${process.pid % 250}.${ipCounter}` });
}

async function fill(page: Page, body: string, name = 'Nadia Reader', email = 'nadia@example.net') {
  await new ArticlePage(page).fill({ name, email, body });
}

/** Fills the form, answers the question wrong, and checks a new question comes with every field kept. */
async function answerWrongKeepingEverything(page: Page, body: string) {
  await fill(page, body, 'Omar Guess', 'omar@example.net');
  await page.getByLabel(/^Website/).fill('https://omar.example');
  // A new question is a new signed token: the text alone can repeat (2 × 3 may come twice).
  const token = page.locator('input[name="captchaToken"]');
  const spent = await token.inputValue();
  await page.getByLabel(/Solve/).fill(String(Number(await solve(page)) + 1));
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByText('That answer is not right. Here is a new question.')).toBeVisible();
  await expect(token).not.toHaveValue(spent);
  await expect(token).not.toHaveValue('');
  await expect(page.getByLabel(/^Name/)).toHaveValue('Omar Guess');
  await expect(page.getByLabel(/^Email/)).toHaveValue('omar@example.net');
  await expect(page.getByLabel(/^Website/)).toHaveValue('https://omar.example');
  await expect(page.getByLabel(/^Comment/)).toHaveValue(body);
}

test.describe('comments with JavaScript', () => {
  test('a correct answer posts the comment for moderation, shown only to its author', async ({ page, browser }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    const body = `Useful explainer, thank you ${Date.now()}`;
    await fill(page, body);
    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByRole('status')).toContainText('awaiting moderation');
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(body);
    // The form is ready for another comment with a fresh question; the body is cleared.
    await expect(page.getByLabel(/^Comment/)).toHaveValue('');
    // Reloaded, the author still sees it; another reader does not.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(body);
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(ARTICLE);
    await expect(otherPage.getByText(body)).toHaveCount(0);
    await other.close();
  });

  test('a wrong answer keeps everything typed and gives a fresh question', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    await fill(page, 'Text that must survive a wrong answer');
    const question = await page.locator('label', { hasText: 'Solve' }).textContent();
    await page.getByLabel(/Solve/).fill('99999');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('That answer is not right. Here is a new question.')).toBeVisible();
    await expect(page.getByLabel(/^Comment/)).toHaveValue('Text that must survive a wrong answer');
    await expect(page.getByLabel(/^Name/)).toHaveValue('Nadia Reader');
    await expect(page.getByLabel(/Solve/)).toBeFocused();
    await expect(page.locator('label', { hasText: 'Solve' })).not.toHaveText(question!);
  });

  test('a wrong answer spends the question: a new one comes, every field stays filled, and the right answer then posts', async ({
    page,
  }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    const body = `Guessing is not allowed ${Date.now()}`;
    await answerWrongKeepingEverything(page, body);
    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByRole('status')).toContainText('awaiting moderation');
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(body);
  });

  test('invalid fields get messages next to them, in Arabic for Arabic readers', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE_AR);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByLabel(/^البريد/).fill('not-an-email');
    await page.getByLabel(/^التعليق/).fill('تعليق');
    await page.getByLabel(/احسب/).fill(await solve(page));
    await page.getByRole('button', { name: 'انشر التعليق' }).click();
    await expect(page.getByText('هذا الحقل إلزامي.')).toBeVisible();
    await expect(page.getByText('أدخل بريداً إلكترونياً صحيحاً.')).toBeVisible();
    await expect(page.getByLabel(/^التعليق/)).toHaveValue('تعليق');
  });

  test('Arabic-Indic digits are accepted', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE_AR);
    await fill(page, `تعليق بأرقام عربية ${Date.now()}`, 'سلمى', 'salma@example.net');
    const answer = (await solve(page)).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    await page.getByLabel(/احسب/).fill(answer);
    await page.getByRole('button', { name: 'انشر التعليق' }).click();
    await expect(page.getByRole('status')).toContainText('بانتظار المراجعة');
  });

  test('a replayed challenge is refused', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    await fill(page, `Replay check ${Date.now()}`);
    await page.getByLabel(/Solve/).fill(await solve(page));
    const posted = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    await page.getByRole('button', { name: 'Post comment' }).click();
    const request = await posted;
    await expect(page.getByRole('status')).toContainText('awaiting moderation');
    // Send the very same submission (same signed question and answer) again.
    const replay = await page.request.fetch(request);
    expect(await replay.text()).toContain('This question was already used');
  });

  test('Reply sets the parent in place', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    // The question appears once the form's script runs; before that, Reply leads to the comment page.
    await expect(page.locator('label', { hasText: 'Solve' })).toBeVisible();
    await page
      .getByRole('link', { name: /^Reply/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(page.getByText(/^Replying to/)).toBeVisible();
    await expect(page.getByLabel(/^Comment/)).toBeFocused();
  });
});

test.describe('comments without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article form leads to the question on the next page, keeping the text; a correct answer posts', async ({
    page,
  }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    await expect(page.getByText('Without JavaScript you will answer a short math question')).toBeVisible();
    await fill(page, 'Posted without JavaScript');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page).toHaveURL(/\/comment#respond$/);
    await expect(page.getByText('One more step')).toBeVisible();
    await expect(page.getByLabel(/^Comment/)).toHaveValue('Posted without JavaScript');
    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Your comment is awaiting moderation')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(
      'Posted without JavaScript',
    );
  });

  test('a wrong answer keeps the text and shows a fresh question', async ({ page }) => {
    await asNewReader(page);
    await page.goto(`${ARTICLE}/comment`);
    await fill(page, 'No-JS wrong answer first');
    const question = await page.locator('label', { hasText: 'Solve' }).textContent();
    await page.getByLabel(/Solve/).fill('99999');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('That answer is not right')).toBeVisible();
    await expect(page.getByLabel(/^Comment/)).toHaveValue('No-JS wrong answer first');
    await expect(page.getByLabel(/^Name/)).toHaveValue('Nadia Reader');
    await expect(page.locator('label', { hasText: 'Solve' })).not.toHaveText(question!);
  });

  test('a wrong answer spends the question: a new one comes, every field stays filled, and the right answer then posts', async ({
    page,
  }) => {
    await asNewReader(page);
    await page.goto(`${ARTICLE}/comment`);
    const body = `No-JS guessing is not allowed ${Date.now()}`;
    await answerWrongKeepingEverything(page, body);
    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Your comment is awaiting moderation')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(body);
  });

  test('past the draft limit of an address, the article page shows the outcome with everything typed, and posting still works', async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const address = `198.19.${process.pid % 250}.77`;
    const reader = () =>
      browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': address } });
    // Ten readers without cookies, all from one address, each leave a draft for the comment page.
    for (let i = 0; i < 10; i++) {
      const context = await reader();
      const page = await context.newPage();
      await page.goto(ARTICLE);
      await fill(page, `Draft number ${i}`);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await expect(page.getByText('One more step')).toBeVisible();
      await context.close();
    }
    // The eleventh is not stored: the article page answers with a new question and the text.
    const context = await reader();
    const page = await context.newPage();
    await page.goto(`${ARTICLE}/comment`);
    await fill(page, 'Draft past the limit', 'Lina Limit', 'lina@example.net');
    await page.getByLabel(/^Website/).fill('https://lina.example');
    await page.getByLabel(/Solve/).fill('99999');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}#respond$`));
    await expect(page.getByText('That answer is not right. Here is a new question.')).toBeVisible();
    await expect(page.getByLabel(/^Name/)).toHaveValue('Lina Limit');
    await expect(page.getByLabel(/^Email/)).toHaveValue('lina@example.net');
    await expect(page.getByLabel(/^Website/)).toHaveValue('https://lina.example');
    await expect(page.getByLabel(/^Comment/)).toHaveValue('Draft past the limit');
    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(page.getByText('Your comment is awaiting moderation')).toBeVisible();
    await context.close();
  });

  test('the comment page shows the outcome of a post once, and "one more step" as an instruction, not an error', async ({
    page,
  }) => {
    await asNewReader(page);
    const thanks = page.getByText('Your comment is awaiting moderation');
    await page.goto(`${ARTICLE}/comment`);
    await expect(page.getByLabel(/^Comment/)).toBeVisible();
    await expect(thanks).toHaveCount(0);

    // From the article: the question comes on the next page, with an instruction.
    await page.goto(ARTICLE);
    await fill(page, `Shown once ${Date.now()}`);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const step = page.getByRole('status').filter({ hasText: 'One more step' });
    await expect(step).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const look = await step.evaluate((el) => {
      const probe = document.createElement('span');
      probe.className = 'text-accent';
      document.body.append(probe);
      const accent = getComputedStyle(probe).color;
      probe.remove();
      const style = getComputedStyle(el);
      return { color: style.color, border: style.borderTopColor, text: getComputedStyle(document.body).color, accent };
    });
    expect(look.color).toBe(look.text);
    expect(look.border).not.toBe(look.accent);
    // The instruction belonged to that step: a reload starts clean, with the text still there.
    await page.reload();
    await expect(page.getByText('One more step')).toHaveCount(0);
    await expect(page.getByLabel(/^Comment/)).toHaveValue(/^Shown once/);

    await page.getByLabel(/Solve/).fill(await solve(page));
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect(thanks).toHaveCount(1);
    await page.reload();
    await expect(page.getByLabel(/^Comment/)).toBeVisible();
    await expect(thanks).toHaveCount(0);
    // Replying to another comment later: no old thank-you either.
    await page.goto(ARTICLE);
    await page
      .getByRole('link', { name: /^Reply/ })
      .first()
      .click();
    await expect(page.getByText(/^Replying to/)).toBeVisible();
    await expect(thanks).toHaveCount(0);
  });

  test('a reply link works without JavaScript', async ({ page }) => {
    await asNewReader(page);
    await page.goto(ARTICLE);
    await page
      .getByRole('link', { name: /^Reply/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/comment\?replyto=\d+#respond$/);
    await expect(page.getByText(/^Replying to/)).toBeVisible();
    await expect(page.getByRole('blockquote')).toBeVisible();
  });
});
