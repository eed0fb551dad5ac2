import { expect, type Page } from '@playwright/test';
import { solve } from '../captcha';

/** The English story every comment test posts under (seeded by db/demo). */
export const ARTICLE = '/en/article/assembly-passes-2027-budget';
/** Its Arabic edition. */
export const ARTICLE_AR =
  '/ar/article/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%B5%D8%A7%D8%AF%D9%82-%D8%B9%D9%84%D9%89-%D9%85%D9%8A%D8%B2%D8%A7%D9%86%D9%8A%D8%A9-2027';

export type CommentFields = { name: string; email: string; body: string; website?: string };

/** A reader's article page and its comment form (labels in English, French or Arabic). */
export class ArticlePage {
  readonly name;
  readonly email;
  readonly website;
  readonly comment;
  readonly answer;
  readonly postButton;
  readonly status;
  /** Shown to the comment's author only, until a moderator approves it. */
  readonly awaiting;

  constructor(
    readonly page: Page,
    readonly path = ARTICLE,
  ) {
    this.name = page.getByLabel(/^Name|^Nom|^الاسم/);
    this.email = page.getByLabel(/^Email|^E-mail|^البريد/);
    this.website = page.getByLabel(/^Website|^الموقع/);
    this.comment = page.getByLabel(/^Comment|^Commentaire|^التعليق/);
    this.answer = page.getByLabel(/Solve|احسب/);
    this.postButton = page.getByRole('button', { name: /^(Post comment|انشر التعليق)$/ });
    this.status = page.getByRole('status');
    this.awaiting = page.getByRole('region', { name: 'Your comments awaiting moderation' });
  }

  async goto() {
    return this.page.goto(this.path);
  }

  async fill(fields: CommentFields) {
    await this.name.fill(fields.name);
    await this.email.fill(fields.email);
    if (fields.website) await this.website.fill(fields.website);
    await this.comment.fill(fields.body);
  }

  /** Answers the anti-spam question through the tests' one solver (test/support/captcha.ts). */
  async answerCaptcha() {
    await this.answer.fill(await solve(this.page));
  }

  /** Fills the form, answers the question and posts; the comment then waits for moderation. */
  async postComment(fields: CommentFields) {
    await this.fill(fields);
    await this.answerCaptcha();
    await this.postButton.click();
    await expect(this.status).toContainText(this.path.startsWith('/ar/') ? 'بانتظار المراجعة' : 'awaiting moderation');
  }

  /** What the page shows in its main landmark. */
  async mainText() {
    return this.page.getByRole('main').innerText();
  }
}
