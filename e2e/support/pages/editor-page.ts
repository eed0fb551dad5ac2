import { expect, type Page } from '@playwright/test';
import { getEditorMessages } from '../../../lib/i18n/admin-editor';

type EditorLocale = 'en' | 'ar';

/**
 * The article editor (/admin/articles/new and /admin/articles/ID), in the signed-in person's
 * language. Located by role: Next keeps recently left screens in the DOM, hidden, and roles
 * only see the shown one.
 */
export class EditorPage {
  readonly t;
  readonly form;
  readonly title;
  readonly body;

  constructor(
    readonly page: Page,
    locale: EditorLocale = 'en',
  ) {
    this.t = getEditorMessages(locale);
    this.form = page.getByRole('form', {
      name: /^(New article|Edit article|New page|Edit page|مقال جديد|تحرير المقال|صفحة جديدة|تحرير الصفحة)$/,
    });
    this.title = page.getByLabel(this.t.editor.title, { exact: true });
    this.body = page.getByRole('textbox', { name: /^(Body|النص)$/ });
  }

  async gotoNew() {
    await this.page.goto('/admin/articles/new');
    await this.ready();
  }

  async open(id: number) {
    await this.page.goto(`/admin/articles/${id}`);
    await this.ready();
  }

  /**
   * Waits for the editor's script to run: what is typed before would be lost. A data attribute
   * the editor sets for the tests, as nothing a person perceives marks that moment.
   */
  async ready() {
    await expect(this.page.locator('[data-editor-ready]')).toBeVisible();
  }

  async fillTitle(title: string) {
    await this.title.fill(title);
  }

  /** Types at the end of the rich-text body, as a person would. */
  async typeBody(text: string) {
    await this.body.click();
    await this.page.keyboard.type(text);
  }

  async saveDraft() {
    await this.page.getByRole('button', { name: this.t.workflow.saveDraft }).click();
  }

  async publish() {
    await this.page.getByRole('button', { name: this.t.workflow.publish }).click();
    await expect(this.page.getByText(this.t.workflow.done.publish)).toBeVisible();
  }

  /** The live region's "Saved at …" after a save that stays on the page. */
  saved() {
    return this.page.getByRole('status').filter({ hasText: /^Saved at / });
  }

  /** Writes a new draft (title and one paragraph) and answers its id. */
  async createDraft(title: string, text = 'A first paragraph.') {
    await this.gotoNew();
    await this.fillTitle(title);
    await this.typeBody(text);
    await this.saveDraft();
    await expect(this.page).toHaveURL(/\/admin\/articles\/\d+\?notice=saved$/);
    return Number(/articles\/(\d+)/.exec(this.page.url())![1]);
  }
}
