import { expect, type Page } from '@playwright/test';
import { solveQuestion } from '../../test/support/captcha';

/** Reads the comment form's question ("Solve: 12 ÷ 3 =", either digit system) and returns its answer. */
export async function solve(page: Page): Promise<string> {
  const label = page.locator('label', { hasText: /=\s*\*?$/ }).first();
  await expect(label).toBeVisible();
  return solveQuestion((await label.textContent()) ?? '');
}
