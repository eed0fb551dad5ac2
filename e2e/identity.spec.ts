import { getAdminIdentityMessages } from '../lib/i18n/admin-identity';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

const t = getAdminIdentityMessages('en');

// The e2e server is shared: this spec changes only what no other spec reads (footer, contact,
// profiles), and puts them back. Names and taglines are covered by the unit and integration tests.
test.describe.configure({ mode: 'serial' });

test('an admin sets the footer, contact and profiles; every page shows them at once', async ({ page, signIn }) => {
  await signIn(page, 'admin', '/admin/settings');
  const form = page.getByRole('form', { name: t.title });
  const footer = form.getByRole('group', { name: /In English/ }).getByLabel(t.footer);
  const before = await footer.inputValue();
  const stamp = Date.now();
  await footer.fill(`Reader-funded since ${stamp}.`);
  await form.getByLabel(t.contactEmail).fill('desk@maydan.example');
  await form.getByLabel(t.social).fill('https://www.facebook.com/maydan\n\nhttps://x.com/maydan');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: t.save }).click();
  await expect(form.getByText(t.saved)).toBeVisible();

  await page.goto('/en/article/assembly-passes-2027-budget');
  const siteFooter = page.getByRole('contentinfo');
  await expect(siteFooter).toContainText(`Reader-funded since ${stamp}.`);
  await expect(siteFooter.getByRole('link', { name: 'desk@maydan.example' })).toHaveAttribute(
    'href',
    'mailto:desk@maydan.example',
  );
  await expect(siteFooter.getByRole('link', { name: 'Facebook' })).toHaveAttribute(
    'href',
    'https://www.facebook.com/maydan',
  );
  await expect(siteFooter.getByRole('link', { name: 'X', exact: true })).toHaveAttribute('rel', 'me noopener');

  // Put things back for the other specs.
  await page.goto('/admin/settings');
  await form
    .getByRole('group', { name: /In English/ })
    .getByLabel(t.footer)
    .fill(before);
  await form.getByLabel(t.contactEmail).fill('');
  await form.getByLabel(t.social).fill('');
  await form.getByRole('button', { name: t.save }).click();
  await expect(form.getByText(t.saved)).toBeVisible();
});

test('bad input is answered next to each field and nothing typed is lost, with and without JavaScript', async ({
  browser,
  staffState,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, storageState: await staffState('admin') });
    const page = await context.newPage();
    await page.goto('/admin/settings');
    const form = page.getByRole('form', { name: t.title });
    const arabic = form.getByRole('group', { name: /In العربية/ });
    await arabic.getByLabel(t.name).fill('');
    await form.getByLabel(t.contactEmail).fill('not an address');
    await form.getByLabel(t.social).fill('https://x.com/ok\n\nhttp://insecure.example');
    await form.getByLabel('Position of English').selectOption('1');
    await form.getByLabel('Position of العربية').selectOption('1');
    await form.getByRole('button', { name: t.save }).click();
    await expect(form.getByText(t.errors.fix)).toBeVisible();
    await expect(arabic.getByLabel(t.name)).toHaveAccessibleDescription(t.errors.nameRequired);
    await expect(form.getByLabel(t.contactEmail)).toHaveAccessibleDescription(new RegExp(t.errors.email.slice(0, 20)));
    await expect(form.getByLabel(t.social)).toHaveAccessibleDescription(/Line 3 is not an https address/);
    await expect(form.getByLabel('Position of English')).toHaveAccessibleDescription(t.errors.order);
    // What was typed is still there.
    await expect(form.getByLabel(t.contactEmail)).toHaveValue('not an address');
    await expect(form.getByLabel(t.social)).toHaveValue('https://x.com/ok\n\nhttp://insecure.example');
    await context.close();
  }
});

test('editors cannot open the publication settings', async ({ page, signIn }) => {
  await signIn(page, 'editor', '/admin');
  const response = await page.goto('/admin/settings');
  expect(response!.status()).toBe(403);
});
