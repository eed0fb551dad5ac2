import { type Page } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getLiveMessages } from '../lib/i18n/admin-live';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';
import { readJsonLd } from './support/page-metadata';
import { fill } from '@/lib/i18n/format';

const en = getEditorMessages('en');
const live = getLiveMessages('en');
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
const editorForm = (page: Page) => page.getByRole('form', { name: /^(New article|Edit article)$/ });
const body = (page: Page) => page.getByRole('textbox', { name: 'Body' });
// A demo story published weeks ago that no other test reads: republishing it shows "Updated".
const OLD_STORY = {
  title: /^Volunteers race to digitise 4,000 Andalusi/,
  path: '/en/article/volunteers-digitise-andalusi-records',
};

/** The dates the reader page gives, visible and structured. */
async function readerDates(page: Page) {
  const header = page.getByRole('article').locator('header');
  const published = await header
    .locator('span', { hasText: /^Published/ })
    .locator('time')
    .getAttribute('datetime');
  const updatedSpan = header.locator('span', { hasText: /^Updated/ });
  const updated = (await updatedSpan.count()) ? await updatedSpan.locator('time').getAttribute('datetime') : null;
  const ld = (await readJsonLd(page, 'NewsArticle')) as {
    datePublished: string;
    dateModified: string;
  };
  return { published, updated, ld };
}

async function laterInBrowser(page: Page, days: number) {
  return page.evaluate((d) => {
    const at = new Date(Date.now() + d * 24 * 3600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}`;
  }, days);
}

test.describe('live stories', () => {
  test('taking a live story offline asks first; cancel changes nothing; it comes back with its first date and "Updated"', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(150_000);
    const reader = await browser.newContext();
    const visitor = await reader.newPage();
    expect((await visitor.goto(OLD_STORY.path))!.status()).toBe(200);
    const before = await readerDates(visitor);
    expect(before.updated).toBeNull();
    expect(before.ld.datePublished).toBe(before.published);

    await signIn(page, 'editor', `/admin?q=${encodeURIComponent('Volunteers race to digitise')}`);
    await page.getByRole('link', { name: OLD_STORY.title }).first().click();
    await expect(page.locator('[data-editor-ready]')).toBeVisible();
    const form = editorForm(page);
    // Live: nothing offers to publish it again or to schedule it; saving says it changes the live story.
    await expect(form.getByRole('button', { name: en.workflow.publish })).toHaveCount(0);
    await expect(form.getByLabel(en.workflow.scheduleAt)).toHaveCount(0);
    await expect(form.getByRole('button', { name: live.updateLive })).toBeVisible();
    await expect(form.getByText(live.keepsDate)).toBeVisible();

    const unpublish = form.getByRole('button', { name: en.workflow.unpublish, exact: true });
    const dialog = page.getByRole('dialog', { name: live.confirm.unpublish.title });
    await unpublish.click();
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(live.confirm.unpublish.body);
    await expect(dialog.getByRole('button', { name: live.cancel })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: live.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(unpublish).toBeFocused();
    // With the keyboard: Enter opens it, Escape cancels.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`${en.editor.status}: Published`)).toBeVisible();
    expect((await visitor.goto(OLD_STORY.path))!.status()).toBe(200);

    await unpublish.click();
    await dialog.getByRole('button', { name: live.confirm.unpublish.action }).click();
    await expect(page.getByText(en.workflow.done.unpublish)).toBeVisible();
    expect((await visitor.goto(OLD_STORY.path))!.status()).toBe(404);

    // Offline now: scheduling is offered; then "Publish now" before the date.
    await form.getByLabel(en.workflow.scheduleAt).fill(await laterInBrowser(page, 2));
    await form.getByRole('button', { name: en.workflow.schedule, exact: true }).click();
    await expect(page.getByText(en.workflow.done.schedule)).toBeVisible();
    expect((await visitor.goto(OLD_STORY.path))!.status()).toBe(404);
    await form.getByRole('button', { name: en.workflow.publish }).click();
    await expect(page.getByText(en.workflow.done.publish)).toBeVisible();
    await expect(form.getByText(/^Published .+ · Updated /)).toBeVisible();

    expect((await visitor.goto(OLD_STORY.path))!.status()).toBe(200);
    const after = await readerDates(visitor);
    expect(after.published).toBe(before.published);
    expect(after.ld.datePublished).toBe(before.published);
    expect(Date.parse(after.updated!)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(after.ld.dateModified).toBe(after.updated);
    await reader.close();
  });

  test('restoring a revision shows what changes and changes nothing until confirmed; revisions say who, when and what', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(150_000);
    await signIn(page, 'editor', '/admin/articles/new');
    const form = editorForm(page);
    const original = `Restore check ${unique()}`;
    await form.getByLabel('Title', { exact: true }).fill(original);
    await body(page).click();
    await page.keyboard.type('The council approved the budget.');
    await form.getByRole('button', { name: en.workflow.saveDraft }).click();
    await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
    const id = /articles\/(\d+)/.exec(page.url())![1];
    await form.getByRole('button', { name: en.workflow.publish }).click();
    await expect(page.getByText(en.workflow.done.publish)).toBeVisible();
    const path = await form.getByRole('link', { name: en.editor.viewLive }).getAttribute('href');

    await form.getByLabel('Title', { exact: true }).fill(`Corrected ${original}`);
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Then it adjourned.');
    await form.getByRole('button', { name: live.updateLive }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible();

    await page.goto(`/admin/articles/${id}/revisions`);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    const cells = async (n: number) => (await rows.nth(n).getByRole('cell').allInnerTexts()).map((c) => c.trim());
    for (const [row, number, kind] of [
      [1, '#3', live.revisions.kinds.save],
      [2, '#2', live.revisions.kinds.publish],
      [3, '#1', live.revisions.kinds.create],
    ] as const) {
      const [label, when, by, what] = await cells(row);
      expect([label, by, what]).toEqual([number, 'Test Editor', kind]);
      expect(when).toMatch(/\d{4}/);
    }

    await page.getByRole('link', { name: fill(live.revisions.view, { number: '1' }) }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText('#1');
    const diff = page.getByRole('region', { name: live.revisions.diffTitle });
    await expect(diff.getByRole('deletion').first()).toContainText('Corrected');
    await expect(diff.getByRole('deletion').last()).toContainText('Then it adjourned.');
    await page.getByRole('link', { name: fill(live.revisions.start, { number: '1' }) }).click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(
      fill(live.revisions.confirmTitle, { number: '1' }),
    );
    await expect(page.getByText(live.revisions.confirmLive)).toBeVisible();
    await expect(
      page.getByRole('region', { name: live.revisions.diffTitle }).getByRole('deletion').first(),
    ).toContainText('Corrected');
    await page.getByRole('link', { name: live.cancel }).click();
    await expect(page.getByRole('heading', { level: 2 })).not.toContainText(
      fill(live.revisions.confirmTitle, { number: '1' }),
    );

    const reader = await browser.newContext();
    const visitor = await reader.newPage();
    await visitor.goto(path!);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`Corrected ${original}`);

    await page.getByRole('link', { name: fill(live.revisions.start, { number: '1' }) }).click();
    await page.getByRole('button', { name: fill(live.revisions.confirmAction, { number: '1' }) }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?restored=\\d+$`));
    await expect(page.getByText(en.revisions.restored)).toBeVisible();
    await visitor.goto(path!);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(original);
    await expect(visitor.getByText('Then it adjourned.')).toHaveCount(0);
    await reader.close();

    await page.goto(`/admin/articles/${id}/revisions`);
    expect((await cells(1)).filter((_, i) => i !== 1)).toEqual([
      '#4',
      'Test Editor',
      fill(live.revisions.revertOf, { number: '1' }),
      'View',
    ]);
  });

  test('on a phone the header is one short row and Save stays on screen; the desktop layout is unchanged', async ({
    browser,
    page,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor', '/admin/articles/new');
    const phone = await browser.newContext({
      storageState: await page.context().storageState(),
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const mobile = await phone.newPage();
    await mobile.goto('/admin/articles/new');
    await expect(body(mobile)).toBeVisible();
    const header = await mobile.getByRole('banner').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const menu = mobile.getByRole('button', { name: live.menu });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mobile.getByRole('navigation', { name: 'Newsroom' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(
      mobile.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Articles' }),
    ).toBeVisible();
    await mobile.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    await expect(mobile.getByRole('navigation', { name: 'Newsroom' })).toBeHidden();

    const save = editorForm(mobile).getByRole('button', { name: en.workflow.saveDraft });
    await expect(save).toBeInViewport();
    const box = (await save.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    // Still there after typing a long body, without scrolling back.
    await body(mobile).click();
    await mobile.keyboard.type('A paragraph. '.repeat(40));
    await expect(save).toBeInViewport();
    await expectNoAxeViolations(mobile);

    // A live story: "Update live story" and "Unpublish" both at hand.
    await mobile.goto(`/admin?q=${encodeURIComponent('Volunteers race to digitise')}`);
    await mobile.goto((await mobile.getByRole('link', { name: OLD_STORY.title }).first().getAttribute('href'))!);
    for (const name of [live.updateLive, en.workflow.unpublish]) {
      const button = editorForm(mobile).getByRole('button', { name, exact: true });
      await expect(button).toBeInViewport();
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await phone.close();

    // Desktop: no menu button, the links in the header, Save inside the workflow panel (not fixed).
    await expect(page.getByRole('button', { name: live.menu })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Articles' }),
    ).toBeVisible();
    const desktopSave = editorForm(page).getByRole('button', { name: en.workflow.saveDraft });
    await expect(page.getByRole('region', { name: en.workflow.label })).toContainText(en.workflow.saveDraft);
    expect(await desktopSave.evaluate((b) => getComputedStyle(b.parentElement!).position)).toBe('static');
  });
});
