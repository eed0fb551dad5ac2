import { expect, type Page } from '@playwright/test';

export const QUEUE = '/admin/comments';

type Tab = 'Pending' | 'Approved' | 'Spam' | 'Trash';

/** The comment moderation queue at /admin/comments, as an English-speaking editor sees it. */
export class CommentQueuePage {
  readonly status;
  readonly search;
  readonly tabs;
  readonly helpButton;
  readonly shortcuts;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status');
    this.search = page.getByLabel('Search', { exact: true });
    this.tabs = page.getByRole('navigation', { name: 'Comment status' });
    // Shown once the shortcuts' script runs: keys pressed before would be lost.
    this.helpButton = page.getByRole('button', { name: /^Keyboard shortcuts/ });
    this.shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** Opens the queue, narrowed to comments holding `q` (each test's unique id) when given. */
  async goto(q?: string) {
    return this.page.goto(q ? `${QUEUE}?q=${q}` : QUEUE);
  }

  /** The comments listed under a tab, each a list item. */
  rows(tab: Tab = 'Pending') {
    return this.page.getByRole('list', { name: `${tab} comments` }).getByRole('listitem');
  }

  /** The row of the comment holding `text`. */
  row(text: string) {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }

  async openTab(tab: Tab) {
    await this.tabs.getByRole('link', { name: new RegExp(`^${tab}`) }).click();
  }

  async select(...names: string[]) {
    for (const name of names) await this.page.getByRole('checkbox', { name: `Select the comment by ${name}` }).check();
  }

  /** Ticks the comments of `names`, picks `action` for the selected and applies it. */
  async bulk(action: string, names: string[]) {
    await this.select(...names);
    await this.page.getByLabel('Action for the selected comments').selectOption({ label: action });
    await this.page.getByRole('button', { name: 'Apply to selected' }).click();
  }

  async approve(text: string, outcome = '1 comment approved.') {
    await this.row(text).getByRole('button', { name: 'Approve' }).click();
    await expect(this.status).toHaveText(outcome);
  }
}
