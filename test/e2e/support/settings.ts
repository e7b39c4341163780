import type { Page } from '@playwright/test';

/** A 1×1 PNG: the smallest real image the logo check accepts. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The settings screen's form. */
export function settingsForm(page: Page) {
  return page.getByRole('form', { name: 'Settings' });
}

/** Presses "Save settings" (the one at the top of the screen). */
export async function saveSettingsForm(page: Page): Promise<void> {
  await settingsForm(page).getByRole('button', { name: 'Save settings' }).first().click();
}
