import { getEditorMessages } from '../lib/i18n/admin-editor';
import { expectNoAxeViolations } from './support/axe';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';

const en = getEditorMessages('en');

test.describe('newsroom: the dashboard', () => {
  test('dashboard: tabs, filters and pages work without JavaScript; dashboard and editor pass axe in English and Arabic', async ({
    page,
    browser,
    signIn,
  }) => {
    // Four axe-core runs and two sign-ins: it took 59.5 s of its 60 on a busy two-core machine.
    test.slow();
    await signIn(page, 'editor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.list.title);
    await expectNoAxeViolations(page);
    const noScript = await browser.newContext({
      storageState: await page.context().storageState(),
      javaScriptEnabled: false,
    });
    const list = await noScript.newPage();
    await list.goto('/admin');
    const tabs = list.getByRole('navigation', { name: en.list.statusTabs });
    await tabs.getByRole('link', { name: /^Published \(\d+\)$/ }).click();
    await expect(list).toHaveURL(/\/admin\?status=published$/);
    await expect(tabs.getByRole('link', { name: /^Published/ })).toHaveAttribute('aria-current', 'page');
    const filters = list.getByRole('search', { name: en.list.filters });
    await filters.getByLabel(en.list.language).selectOption('fr');
    await filters.getByLabel(en.list.search).fill('budget');
    await filters.getByLabel(en.list.sort).selectOption('title');
    await filters.getByRole('button', { name: 'Apply' }).click();
    await expect(list).toHaveURL(/status=published/);
    await expect(list).toHaveURL(/locale=fr/);
    await expect(list).toHaveURL(/q=budget/);
    // Columns by position: the table's cells carry no names of their own.
    const titles = await list
      .getByRole('table')
      .locator('tbody tr td:first-child a[href^="/admin/articles/"]')
      .allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => /budget/i.test(t))).toBe(true);
    const languages = await list.getByRole('table').locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(new Set(languages)).toEqual(new Set(['Français']));
    const statuses = await list.getByRole('table').locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Published']));
    await list.goto('/admin?status=published');
    await list.getByRole('navigation', { name: en.list.pagination }).getByRole('link', { name: en.list.next }).click();
    await expect(list).toHaveURL(/page=2/);
    await expect(list.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await noScript.close();

    const editor = new EditorPage(page);
    await editor.gotoNew();
    await expect(editor.body).toBeVisible();
    await expectNoAxeViolations(page);

    const arabic = await browser.newContext();
    const author = await arabic.newPage();
    await signIn(author, 'author');
    await expect(author.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(author);
    const authorEditor = new EditorPage(author, 'ar');
    await authorEditor.gotoNew();
    await expect(authorEditor.body).toBeVisible();
    await expectNoAxeViolations(author);
    await arabic.close();
  });
});
