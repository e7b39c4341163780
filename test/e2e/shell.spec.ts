import { expect, test } from '@playwright/test';

test('the built renderer shows the Invoicer app bar', async ({ page }) => {
  // A CSP violation, a script error or a missing chunk shows up here before it shows up as
  // a blank window.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/');

  await expect(page.getByRole('heading', { name: 'Invoicer', exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Invoicer');
  expect(problems).toEqual([]);
});
