import { getLiveMessages } from '../lib/i18n/admin-live';
import { getAdminMenusMessages } from '../lib/i18n/admin-menus';
import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { readJsonLd } from './support/page-metadata';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';

const t = getAdminMenusMessages('en');
const live = getLiveMessages('en');
const ABOUT_AR = `/ar/${encodeURIComponent('من-نحن')}`;

// Only the English footer menu changes here (other specs read the header's sections), and the
// link added is removed at the end.
test.describe('static pages and menus', () => {
  test('an editor writes a page, links it from the footer and reorders the footer from the keyboard', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, 'editor', '/admin/pages');
    await expect(page.getByRole('heading', { level: 1, name: 'Pages' })).toBeVisible();
    // The demo's About page is listed; stories are not.
    await expect(page.getByRole('link', { name: 'About Maydan' }).first()).toBeVisible();
    await page.getByRole('link', { name: t.pages.newPage }).click();

    const editor = new EditorPage(page);
    await editor.ready();
    await expect(page.getByRole('heading', { level: 1, name: 'New page' })).toBeVisible();
    // A page has no section, tags, credit or comments.
    await expect(editor.form.getByLabel(editor.t.editor.section)).toHaveCount(0);
    await expect(editor.form.getByLabel(editor.t.editor.bylineCredit)).toHaveCount(0);
    const stamp = Date.now();
    const title = `Ethics policy ${stamp}`;
    await editor.fillTitle(title);
    await editor.typeBody('We do not accept gifts from the people we cover.');
    await editor.publish();
    const href = (await page.getByRole('link', { name: editor.t.editor.viewLive }).getAttribute('href'))!;
    expect(href).toBe(`/en/ethics-policy-${stamp}`);

    const reader = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    expect((await reader.goto(href))!.status()).toBe(200);
    await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(reader.getByText('We do not accept gifts')).toBeVisible();
    await expect(reader.locator('#respond')).toHaveCount(0);
    expect(((await readJsonLd(reader, 'WebPage')) as { name: string }).name).toBe(title);
    // A page is not a story: its slug is no article, and unknown pages are a real 404.
    expect((await reader.goto(`/en/article/ethics-policy-${stamp}`))!.status()).toBe(404);
    expect((await reader.goto(`/en/no-such-page-${stamp}`))!.status()).toBe(404);

    // Link it from the English footer.
    await page.goto('/admin/menus?locale=en');
    const form = page.getByRole('form', { name: t.menus.add.title });
    await form.getByLabel(t.menus.add.menu).selectOption('footer');
    await form.getByLabel(t.menus.add.target).selectOption('page');
    await form.getByLabel(t.menus.add.page).selectOption({ label: title });
    await form.getByLabel(t.menus.add.label).fill(`Ethics ${stamp}`);
    await form.getByRole('button', { name: t.menus.add.submit }).click();
    await expect(form.getByRole('status')).toHaveText(t.menus.add.added);
    const footerMenu = page.getByRole('region', { name: /^Footer menu/ });
    const row = footerMenu.getByRole('listitem').filter({ hasText: `Ethics ${stamp}` });
    await expect(row).toBeVisible();
    await expectNoAxeViolations(page);

    await reader.goto('/en');
    const footerNav = reader.getByRole('navigation', { name: 'About us' });
    await expect(footerNav.getByRole('link')).toHaveText(['About us', `Ethics ${stamp}`]);

    // Move it up with the keyboard: the focus stays on the link's controls, the order changes.
    const group = row.getByRole('group', { name: `Link “Ethics ${stamp}”` });
    await group.getByRole('button', { name: t.menus.moveUp }).focus();
    await page.keyboard.press('Enter');
    await expect(footerMenu.getByRole('listitem').first()).toContainText(`Ethics ${stamp}`);
    // At the top "Move up" is disabled, so the focus is on the row's next control.
    await expect(group.getByRole('button', { name: t.menus.moveDown })).toBeFocused();
    await reader.reload();
    await expect(footerNav.getByRole('link')).toHaveText([`Ethics ${stamp}`, 'About us']);
    await footerNav.getByRole('link', { name: `Ethics ${stamp}` }).click();
    await expect(reader).toHaveURL(href);

    // Unpublished, the page leaves the footer at once; removed, the link is gone for good.
    await page.goto(`/admin/pages`);
    await page.getByRole('link', { name: title }).first().click();
    await editor.ready();
    await editor.form.getByRole('button', { name: editor.t.workflow.unpublish, exact: true }).click();
    await page
      .getByRole('dialog', { name: live.confirm.unpublish.title })
      .getByRole('button', { name: live.confirm.unpublish.action })
      .click();
    await expect(page.getByText(editor.t.workflow.done.unpublish)).toBeVisible();
    await reader.goto('/en');
    await expect(footerNav.getByRole('link')).toHaveText(['About us']);
    expect((await reader.goto(href))!.status()).toBe(404);
    await page.goto('/admin/menus?locale=en');
    await expect(row).toContainText(t.menus.offline);
    await row.getByRole('button', { name: t.menus.remove }).click();
    await expect(row).toHaveCount(0);
    await reader.context().close();
  });

  test('without JavaScript a bad link is refused next to its field and what was typed stays', async ({
    browser,
    signIn,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, 'editor', '/admin/menus?locale=fr');
    const form = page.getByRole('form', { name: t.menus.add.title });
    await form.getByLabel(t.menus.add.menu).selectOption('header');
    await form.getByLabel(t.menus.add.target).selectOption('link');
    await form.getByLabel(t.menus.add.url).fill('javascript:alert(1)');
    await form.getByLabel(t.menus.add.label).fill('Dons');
    await form.getByRole('button', { name: t.menus.add.submit }).click();
    await expect(page).toHaveURL(/\/admin\/menus\?locale=fr&flash=/);
    await expect(form.getByLabel(t.menus.add.url)).toHaveAccessibleDescription(new RegExp(t.menus.errors.urlInvalid));
    await expect(form.getByLabel(t.menus.add.url)).toHaveValue('javascript:alert(1)');
    await expect(form.getByLabel(t.menus.add.label)).toHaveValue('Dons');
    await expect(page.getByRole('region', { name: /^Header menu/ }).getByText(t.menus.empty)).toBeVisible();
    await context.close();
  });

  test('Arabic: the demo About page reads right to left on a phone and the footer links it', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    expect((await page.goto(ABOUT_AR))!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'من نحن' })).toBeVisible();
    // Its other languages, and the footer link to it.
    await expect(page.getByRole('navigation', { name: 'اقرأ بـ' }).getByRole('link')).toHaveCount(2);
    await expect(
      page.getByRole('navigation', { name: 'عن الموقع' }).getByRole('link', { name: 'من نحن' }),
    ).toHaveAttribute('href', ABOUT_AR);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
