import { expect, type Page } from '@playwright/test';
import { getLoginMessages } from '../../../lib/i18n/admin-login';

// Before sign-in the form speaks the browser's language: its names are matched in all three.
const words = (['en', 'fr', 'ar'] as const).map((locale) => getLoginMessages(locale));
const anyOf = (pick: (t: (typeof words)[number]) => string) =>
  new RegExp(`^(${words.map((t) => pick(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

/** The staff sign-in form at /admin/login. */
export class LoginPage {
  readonly email;
  readonly password;
  readonly submitButton;
  /** The form's own message (the page also holds Next's route announcer, another alert). */
  readonly error;

  constructor(readonly page: Page) {
    this.email = page.getByLabel(anyOf((t) => t.email));
    this.password = page.getByLabel(anyOf((t) => t.password));
    this.submitButton = page.getByRole('button', { name: anyOf((t) => t.submit) });
    this.error = page.getByRole('main').getByRole('alert');
  }

  async goto(destination?: string) {
    await this.page.goto(destination ? `/admin/login?from=${encodeURIComponent(destination)}` : '/admin/login');
  }

  async fill(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
  }

  async submit() {
    await this.submitButton.click();
  }

  /** Opens the form, signs in and waits to have left it. */
  async signIn(account: { email: string; password: string }, destination?: string) {
    await this.goto(destination);
    await this.fill(account.email, account.password);
    await this.submit();
    await expect(this.page).not.toHaveURL(/\/admin\/login/);
  }
}
