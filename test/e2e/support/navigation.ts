import { expect, type Page } from '@playwright/test';

/** The entries of the main menu, by their visible names. */
export type MenuItem =
  | 'Dashboard'
  | 'Invoices'
  | 'Quotes'
  | 'Customers'
  | 'Products'
  | 'Journal'
  | 'Reports'
  | 'Settings';

/** Opens a screen through the main menu, as a user would. */
export async function openFromMenu(page: Page, item: MenuItem): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: item })
    .click();
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: item }),
  ).toHaveAttribute('aria-current', 'page');
}

/** Reloads the page and waits until the app shows its menu again (data read from IndexedDB). */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
}

/** The success message shown after a save ("Saved."). */
export async function expectNotification(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();
}

/**
 * Collects script errors, console errors and failed requests; call `expect(problems)
 * .toEqual([])` at the end of a test to catch a broken screen that still looked fine.
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}
