import { expectNoAxeViolations, hasHorizontalScroll } from './support/axe';
import { readJsonLd } from './support/page-metadata';
import { EditorPage } from './support/pages/editor-page';
import { expect, test } from './support/test';

// Demo stories with credit lines (scripts/demo/stories-a.ts): a desk story signed by the credit
// alone, and a staff story with an agency credit beside the author. No other spec reads them.
const DESK_AR = `/ar/article/${encodeURIComponent('حركة-الحاويات-في-ميناء-أماليس')}`;
const AGENCY_AR = `/ar/article/${encodeURIComponent('صادرات-زيت-الزيتون-رقم-قياسي')}`;

test.describe('credit lines', () => {
  test('an editor signs a story with a credit alone: readers see the credit, never the staff name', async ({
    page,
    browser,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, 'editor', '/admin/articles/new');
    const editor = new EditorPage(page);
    await editor.ready();
    const title = `Wire report ${Date.now()}`;
    await editor.fillTitle(title);
    await editor.typeBody('Ministers met in the capital on Monday.');
    const credit = editor.form.getByLabel(editor.t.editor.bylineCredit);
    // Recent credits are offered while typing one.
    await expect(page.locator(`datalist option[value="Maydan + Agencies"]`)).toHaveCount(1);

    // "Credit only" with no credit: refused next to the field, and nothing typed is lost.
    await editor.form.getByLabel(editor.t.editor.creditOnly).check();
    await page.getByRole('button', { name: editor.t.workflow.publish }).click();
    await expect(credit).toHaveAccessibleDescription(new RegExp(editor.t.errors.creditRequired.slice(0, 30)));
    await expect(editor.title).toHaveValue(title);

    await credit.fill('World Opinions + Agencies');
    await editor.publish();
    const href = await page.getByRole('link', { name: editor.t.editor.viewLive }).getAttribute('href');

    const reader = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    expect((await reader.goto(href!))!.status()).toBe(200);
    const header = reader.getByRole('article').locator('header');
    await expect(header.locator('[data-byline]')).toHaveText('By World Opinions + Agencies');
    await expect(header.locator('a[rel="author"]')).toHaveCount(0);
    const ld = (await readJsonLd(reader, 'NewsArticle')) as { author: { '@type': string; name: string }[] };
    expect(ld.author).toEqual([{ '@type': 'Organization', name: 'World Opinions + Agencies' }]);
    expect(await reader.content()).not.toContain('Test Editor');

    // Lists sign it the same way.
    await reader.goto('/en');
    const card = reader.getByRole('article').filter({ has: reader.getByRole('link', { name: title }) });
    await expect(card.locator('[data-byline]')).toHaveText('By World Opinions + Agencies');
    await reader.context().close();
  });

  test('Arabic: a credit alone and a credit beside the author read right to left on a phone', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(DESK_AR);
    const byline = page.getByRole('article').locator('header [data-byline]');
    await expect(byline).toHaveText('بقلم ميدان + وكالات');
    await expect(byline.locator('a[rel="author"]')).toHaveCount(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);

    await page.goto(AGENCY_AR);
    // The staff author links to their page; the agency follows, joined by the language's "and".
    await expect(byline.locator('a[rel="author"]')).toHaveText('كريم بن علي');
    await expect(byline).toHaveText(/^بقلم كريم بن علي و\s?وكالات$/);
    const ld = (await readJsonLd(page, 'NewsArticle')) as { author: { '@type': string; name: string }[] };
    expect(ld.author.map((a) => [a['@type'], a.name])).toEqual([
      ['Person', 'كريم بن علي'],
      ['Organization', 'وكالات'],
    ]);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
