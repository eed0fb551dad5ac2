import sharp from 'sharp';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { getAdminIdentityMessages } from '../lib/i18n/admin-identity';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

const t = getAdminIdentityMessages('en');

// The e2e server is shared: this spec changes only what no other spec reads (footer, contact,
// profiles, the logo), and puts them back. Names and taglines are covered by the unit and
// integration tests, the default share image (which the share spec reads) by the integration tests.
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

test('an admin uploads a logo for light and dark backgrounds; the masthead shows the one for the reader’s mode', async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(120_000);
  const png = async (background: string) => ({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: await sharp({ create: { width: 400, height: 80, channels: 3, background } })
      .png()
      .toBuffer(),
  });
  await signIn(page, 'admin', '/admin/settings');
  const form = page.getByRole('form', { name: t.title });
  await form.getByLabel(t.logoLight).setInputFiles(await png('#b3261e'));
  await form.getByLabel(t.logoDark).setInputFiles(await png('#f2b8b5'));
  await form.getByRole('button', { name: t.save }).click();
  await expect(form.getByText(t.saved)).toBeVisible();
  // Each one is shown in the form, stored under /media through the image pipeline.
  const stored = await form
    .locator('img')
    .evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).src).pathname));
  expect(stored).toHaveLength(2);
  for (const src of stored) expect(src).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{12}-logo\.png$/);
  const stem = (src: string) => src.replace(/\.png$/, '');

  for (const [scheme, expected] of [
    ['light', stored[0]!],
    ['dark', stored[1]!],
  ] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 360, height: 740 } });
    const reader = await context.newPage();
    await reader.goto('/ar');
    const home = reader.getByRole('banner').getByRole('link', { name: 'ميدان', exact: true });
    const logo = home.getByRole('img', { name: 'ميدان' });
    await expect(logo).toBeVisible();
    await expect
      .poll(() => logo.evaluate((img) => new URL((img as HTMLImageElement).currentSrc).pathname))
      .toContain(stem(expected));
    await expectNoAxeViolations(reader);
    await context.close();
  }

  // Removed, the name is set in type again.
  await page.goto('/admin/settings');
  await form.getByRole('checkbox', { name: t.remove }).first().check();
  await form.getByRole('checkbox', { name: t.remove }).last().check();
  await form.getByRole('button', { name: t.save }).click();
  await expect(form.getByText(t.saved)).toBeVisible();
  await expect(form.locator('img')).toHaveCount(0);
  await page.goto('/ar');
  await expect(page.getByRole('banner').getByRole('link', { name: 'ميدان', exact: true })).toHaveText('ميدان');
  await expect(page.getByRole('banner').getByRole('img', { name: 'ميدان' })).toHaveCount(0);
});

test('without JavaScript a file that is no image is refused next to its field and nothing typed is lost', async ({
  browser,
  signIn,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'admin', '/admin/settings');
  const form = page.getByRole('form', { name: t.title });
  const email = `desk+${Date.now()}@maydan.example`;
  await form.getByLabel(t.contactEmail).fill(email);
  await form
    .getByLabel(t.shareImage)
    .setInputFiles({ name: 'card.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg onload=alert(1)>') });
  await form.getByRole('button', { name: t.save }).click();
  const errors = getEditorMessages('en').image.errors;
  await expect(form.getByLabel(t.shareImage)).toHaveAccessibleDescription(new RegExp(errors['not-an-image']));
  await expect(form.getByLabel(t.contactEmail)).toHaveValue(email);
  // Nothing was saved: the contact address readers see is unchanged.
  await page.goto('/en');
  await expect(page.getByRole('contentinfo')).not.toContainText(email);
  await context.close();
});
