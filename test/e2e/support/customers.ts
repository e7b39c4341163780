import { expect, type Page } from '@playwright/test';
import { checkbox, combobox, fillAddress, textbox, type AddressInput } from './forms';
import { openFromMenu } from './navigation';

/** A customer as createCustomer types it; only the name is required. */
export type CustomerInput = {
  name: string;
  billingAddress?: AddressInput;
  email?: string;
  phone?: string;
  vatId?: string;
  taxId?: string;
  /** ISO currency code; leave out to inherit. */
  currency?: string;
  /** Payment terms in days after the invoice date; leave out to inherit. */
  paymentDays?: number;
  /** The name of an existing customer class. */
  className?: string;
  /** A VAT treatment value, e.g. 'reverseCharge' or 'export'; leave out to inherit. */
  vatTreatment?: string;
  /** Contacts, each receiving invoices unless told otherwise. */
  contacts?: { name: string; email?: string; invoices?: boolean; reminders?: boolean }[];
  notes?: string;
};

const DEFAULT_ADDRESS: AddressInput = {
  street: 'Marktplatz 5',
  postalCode: '80331',
  city: 'München',
  country: 'DE',
};

/** The customer editor's form. */
export function customerForm(page: Page) {
  return page.getByRole('form', { name: 'Customer' });
}

/** Fills the open customer editor without saving. */
export async function fillCustomerForm(page: Page, customer: CustomerInput): Promise<void> {
  const form = customerForm(page);
  await textbox(form, 'Name').fill(customer.name);
  if (customer.className !== undefined) {
    await combobox(form, 'Customer class').selectOption({ label: customer.className });
  }
  if (customer.email !== undefined) await textbox(form, 'E-mail').fill(customer.email);
  if (customer.phone !== undefined) await textbox(form, 'Phone').fill(customer.phone);
  if (customer.vatId !== undefined) await textbox(form, 'VAT ID').fill(customer.vatId);
  if (customer.taxId !== undefined) await textbox(form, 'Tax number').fill(customer.taxId);
  await fillAddress(form.getByRole('group', { name: 'Billing address' }), {
    ...DEFAULT_ADDRESS,
    ...customer.billingAddress,
  });
  for (const [index, contact] of (customer.contacts ?? []).entries()) {
    await form.getByRole('button', { name: 'Add contact' }).click();
    const group = form.getByRole('group', { name: `Contact ${index + 1}` });
    await textbox(group, 'Contact name').fill(contact.name);
    if (contact.email !== undefined) await textbox(group, 'Contact e-mail').fill(contact.email);
    await checkbox(group, 'Receives invoices').setChecked(contact.invoices ?? true);
    await checkbox(group, 'Receives reminders').setChecked(contact.reminders ?? false);
  }
  if (customer.currency !== undefined) {
    await combobox(form, 'Currency').selectOption(customer.currency);
  }
  if (customer.paymentDays !== undefined) {
    await combobox(form, 'Payment terms').selectOption('net');
    await textbox(form, 'Days').fill(String(customer.paymentDays));
  }
  if (customer.vatTreatment !== undefined) {
    await combobox(form, 'VAT treatment').selectOption(customer.vatTreatment);
  }
  if (customer.notes !== undefined) await textbox(form, 'Notes').fill(customer.notes);
}

/**
 * Creates a customer through the Customers screen as a user would (menu, "New customer",
 * typing, Save) and returns its id once the editor shows the saved customer. The billing
 * address defaults to one in Munich. The company must be set up.
 */
export async function createCustomer(page: Page, customer: CustomerInput): Promise<string> {
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await fillCustomerForm(page, customer);
  await customerForm(page).getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { name: customer.name, exact: true })).toBeVisible();
  const id = /#\/customers\/([^/]+)$/.exec(page.url())?.[1];
  expect(id, 'the editor moved to the saved customer').toBeTruthy();
  return decodeURIComponent(id ?? '');
}

/** The table of the customer list. */
export function customerTable(page: Page) {
  return page.getByRole('table', { name: 'Customers' });
}

/** A customer class as createCustomerClass types it; only the name is required. */
export type CustomerClassInput = {
  name: string;
  /** Payment terms in days after the invoice date; leave out for the company's. */
  paymentDays?: number;
  /** A VAT treatment value, e.g. 'reverseCharge'; leave out for domestic. */
  vatTreatment?: string;
};

/** Creates a customer class through the dialog under the customer list. */
export async function createCustomerClass(page: Page, input: CustomerClassInput): Promise<void> {
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New class' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer class' });
  await textbox(dialog, 'Class name').fill(input.name);
  if (input.paymentDays !== undefined) {
    await combobox(dialog, 'Payment terms').selectOption('net');
    await textbox(dialog, 'Days').fill(String(input.paymentDays));
  }
  if (input.vatTreatment !== undefined) {
    await combobox(dialog, 'VAT treatment').selectOption(input.vatTreatment);
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Customer classes' })).toContainText(input.name);
}
