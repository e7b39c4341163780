import { expect, type Page } from '@playwright/test';
import { combobox, fillAddress, textbox } from './forms';

/** What the first-run setup is filled with; every field has a default. */
export type CompanySetup = {
  name?: string;
  street?: string;
  postalCode?: string;
  city?: string;
  /** ISO country code, e.g. 'DE'. */
  country?: string;
  /** ISO currency code, e.g. 'EUR'. */
  currency?: string;
  /** A locale offered by the setup screen, e.g. 'en-GB' or 'de-DE'. */
  locale?: string;
  /** Set for a VAT-exempt small business; the note is the default one unless given. */
  smallBusinessExempt?: boolean | { note: string };
  /** The counter of the first invoice number (1 unless given). */
  firstInvoiceNumber?: number;
  /** The trader's VAT ID, e.g. 'DE123456789'; posting needs it or the tax number. */
  vatId?: string;
  /** The trader's tax number from the tax office. */
  taxId?: string;
};

/** The company most tests use: a German sole trader invoicing in euros, in British English. */
export const DEFAULT_COMPANY = {
  name: 'Muster Design',
  street: 'Hauptstraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  currency: 'EUR',
  locale: 'en-GB',
} as const;

/** The setup screen's form. */
export function setupForm(page: Page) {
  return page.getByRole('form', { name: 'Set up Invoicer' });
}

/** Fills the first-run setup form without submitting it. */
export async function fillSetupForm(page: Page, setup: CompanySetup = {}): Promise<void> {
  const company = { ...DEFAULT_COMPANY, ...setup };
  const form = setupForm(page);
  await textbox(form, 'Company name').fill(company.name);
  await fillAddress(form.getByRole('group', { name: 'Company address' }), company);
  if (setup.vatId !== undefined) await textbox(form, 'VAT ID').fill(setup.vatId);
  if (setup.taxId !== undefined) await textbox(form, 'Tax number').fill(setup.taxId);
  if (setup.smallBusinessExempt) {
    await form.getByRole('radio', { name: 'I am a small business exempt from VAT' }).check();
    if (typeof setup.smallBusinessExempt === 'object') {
      await textbox(form, 'Exemption note').fill(setup.smallBusinessExempt.note);
    }
  }
  await combobox(form, 'Currency').selectOption(company.currency);
  await combobox(form, 'Language and region').selectOption(company.locale);
  if (setup.firstInvoiceNumber !== undefined) {
    await textbox(form, 'First invoice number').fill(String(setup.firstInvoiceNumber));
  }
}

/**
 * Opens the app on a fresh database and sets up the company through the first-run screen,
 * as a user would; returns when the main menu shows. Each Playwright test has its own
 * browser context, so its own empty IndexedDB.
 */
export async function setUpCompany(page: Page, setup: CompanySetup = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up Invoicer' })).toBeVisible();
  await fillSetupForm(page, setup);
  await setupForm(page).getByRole('button', { name: 'Start using Invoicer' }).click();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
}
