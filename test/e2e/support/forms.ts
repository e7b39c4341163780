import { expect, type Locator, type Page } from '@playwright/test';

// Fields are found by role and exact accessible name: a required field's visible asterisk
// is hidden from assistive technology, so the name is the label alone ("Currency"), and an
// exact match keeps "Name" from also finding "Contact name" or a section called "Currency …".

type Scope = Page | Locator;

/** A text input or text area by its label. */
export function textbox(scope: Scope, label: string): Locator {
  return scope.getByRole('textbox', { name: label, exact: true });
}

/** A select (the app uses the browser's own) by its label. */
export function combobox(scope: Scope, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}

/** A checkbox by its label. */
export function checkbox(scope: Scope, label: string): Locator {
  return scope.getByRole('checkbox', { name: label, exact: true });
}

/** A postal address, as AddressFields lays it out. */
export type AddressInput = {
  street?: string;
  line2?: string;
  postalCode?: string;
  city?: string;
  region?: string;
  /** ISO country code, e.g. 'DE'. */
  country?: string;
};

/** Fills the fields of an address group (e.g. the group "Billing address"). */
export async function fillAddress(group: Locator, address: AddressInput): Promise<void> {
  if (address.street !== undefined) await textbox(group, 'Street and number').fill(address.street);
  if (address.line2 !== undefined) await textbox(group, 'Address line 2').fill(address.line2);
  if (address.postalCode !== undefined) {
    await textbox(group, 'Postal code').fill(address.postalCode);
  }
  if (address.city !== undefined) await textbox(group, 'Town or city').fill(address.city);
  if (address.region !== undefined) await textbox(group, 'Region or state').fill(address.region);
  if (address.country !== undefined) {
    await combobox(group, 'Country').selectOption(address.country);
  }
}

/**
 * Asserts that a field is marked invalid and that its message is the text tied to it
 * (aria-describedby), i.e. shown next to the field and read out with it.
 */
export async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

/** Asserts that a field is not marked invalid. */
export async function expectFieldValid(field: Locator): Promise<void> {
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
}
