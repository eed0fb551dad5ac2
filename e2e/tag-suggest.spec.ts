import { type Page } from '@playwright/test';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getTagSuggestMessages } from '../lib/i18n/admin-tag-suggest';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';
import { fill } from '@/lib/i18n/format';

const en = getEditorMessages('en');
const s = getTagSuggestMessages('en');
const SUGGEST = '/api/admin/tags/suggest';
const editorForm = (page: Page) => page.getByRole('form', { name: /^(New article|Edit article)$/ });

test.describe('tag suggestions in the article editor', () => {
  test.slow();
  test('"مياه" suggests "المياه" in an Arabic article; arrows and Enter pick it without saving; the language chooses the tags', async ({
    page,
    signIn,
  }) => {
    await signIn(page, 'editor', '/admin/articles/new');
    const form = editorForm(page);
    await form.getByLabel('Language').selectOption('ar');
    const field = form.getByRole('combobox', { name: en.editor.tags });
    const list = page.getByRole('listbox', { name: s.listLabel });
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    // The list it controls exists while collapsed (hidden), and is a listbox.
    await expect(page.locator(`[id="${await field.getAttribute('aria-controls')}"]`)).toHaveAttribute(
      'role',
      'listbox',
    );

    const asked: URL[] = [];
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(SUGGEST)) asked.push(new URL(r.url()));
      if (r.method() === 'POST') saves.push(r.url());
    });

    // Keyboard only: focus the field, type, choose.
    await field.focus();
    await page.keyboard.type('مياه');
    const water = list.getByRole('option', { name: 'المياه', exact: true });
    await expect(water).toBeVisible();
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(fill(s.found, { count: 1 }), { exact: true })).toHaveAttribute('aria-live', 'polite');
    // The field's label names one control (the list's own name does not contain it).
    await expect(form.getByLabel(en.editor.tags)).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(water).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await water.getAttribute('id'))!);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('المياه، ');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(field).toBeFocused();
    // Enter chose a tag: nothing was saved and the page is still the new article.
    expect(saves).toEqual([]);
    await expect(page).toHaveURL(/\/admin\/articles\/new$/);

    // The fragment after the Arabic comma is what is looked up; Escape closes the list.
    await page.keyboard.type('طاق');
    await expect(list.getByRole('option', { name: 'الطاقة', exact: true })).toBeVisible();
    await expect(list.getByRole('option', { name: 'المياه', exact: true })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();
    await expect(field).toHaveValue('المياه، طاق');

    // In English, the Arabic tags are not offered, English ones are.
    await form.getByLabel('Language').selectOption('en');
    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    const answered = page.waitForResponse(
      (r) =>
        r.url().includes(SUGGEST) &&
        new URL(r.url()).searchParams.get('locale') === 'en' &&
        new URL(r.url()).searchParams.get('q') === 'مياه',
    );
    await page.keyboard.type('مياه');
    expect(await (await answered).json()).toEqual({ tags: [] });
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('energy, WAT');
    await expect(list.getByRole('option', { name: 'water', exact: true })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('energy, water, ');

    // Never asked for an empty fragment, and always for the article's language.
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url.searchParams.get('q')?.trim()).toBeTruthy();
    expect(asked.filter((u) => u.searchParams.get('q') === 'مياه').map((u) => u.searchParams.get('locale'))).toEqual([
      'ar',
      'en',
    ]);
    expect(saves).toEqual([]);
  });

  test('the tag search answers staff who write, not signed-out visitors or moderators', async ({
    page,
    playwright,
    baseURL,
    signIn,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const refused = await anonymous.get(`${SUGGEST}?locale=ar&q=${encodeURIComponent('مياه')}`);
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toEqual({ error: 'signed-out' });
    await anonymous.dispose();

    await signIn(page, 'moderator', '/admin/comments');
    const moderator = await page.request.get(`${SUGGEST}?locale=ar&q=${encodeURIComponent('مياه')}`);
    expect(moderator.status()).toBe(403);
    await page.context().clearCookies();

    await signIn(page, 'author', '/admin');
    const author = await page.request.get(`${SUGGEST}?locale=ar&q=${encodeURIComponent('مياه')}`);
    expect(author.status()).toBe(200);
    expect((await author.json()).tags.map((t: { name: string }) => t.name)).toEqual(['المياه']);
    expect(author.headers()['cache-control']).toContain('no-store');
    const bad = await page.request.get(`${SUGGEST}?locale=de&q=x`);
    expect(bad.status()).toBe(400);
  });
});
