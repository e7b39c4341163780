import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  collectPageProblems,
  combobox,
  customerForm,
  customerTable,
  openFromMenu,
  textbox,
} from './support';
import { pdfBytesText } from './support/pdfText';
import { startPlainSmtpServer, type PlainSmtpServer } from './support/plainSmtpServer';
import {
  DEMO_COMPANY,
  DEMO_CUSTOMER,
  DEMO_CUSTOMER_EMAIL,
  exploreDemoCompany,
  openPostedInvoice,
  sendHistory,
} from './support/postedDocuments';

// E-mail through the real preview server's mail service to an SMTP server on 127.0.0.1: the
// account is set up in Settings → E-mail as a person would, the invoice goes out with its
// PDF, and a wrong password or an unreachable server leaves it unsent with the reason.

const USER = 'invoicer';
const PASSWORD = 'right-password';
const AUTH_MESSAGE =
  'The mail server did not accept the login: check the user name and password in Settings → E-mail.';

let server: PlainSmtpServer;

test.beforeAll(async () => {
  server = await startPlainSmtpServer({ [USER]: PASSWORD });
});

test.afterAll(async () => {
  await server.close();
});

/** Accounts live in the preview server's settings, shared by every test: each makes its own. */
function accountName(): string {
  return `E2E mail ${randomBytes(4).toString('hex')}`;
}

async function openEmailSettings(page: Page) {
  await openFromMenu(page, 'Settings');
  const section = page.getByRole('region', { name: 'E-mail accounts' });
  await expect(section).toBeVisible();
  return section;
}

async function addAccount(page: Page, label: string, port: number, password: string) {
  const section = await openEmailSettings(page);
  await section.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add e-mail account' });
  await textbox(dialog, 'Account name').fill(label);
  await textbox(dialog, 'Mail server').fill('127.0.0.1');
  await combobox(dialog, 'Security').selectOption({ label: 'None' });
  await textbox(dialog, 'Port').fill(String(port));
  await textbox(dialog, 'User name').fill(USER);
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  // Sender name and address start as the company's own.
  await expect(textbox(dialog, 'Sender name')).toHaveValue(DEMO_COMPANY);
  await expect(textbox(dialog, 'Sender address')).toHaveValue('hello@weber-design.example');
  await dialog.getByRole('button', { name: 'Save account' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('listitem', { name: label })).toContainText(
    `user ${USER}, password saved`,
  );
}

async function deleteAccount(page: Page, label: string) {
  const section = await openEmailSettings(page);
  await section
    .getByRole('listitem', { name: label })
    .getByRole('button', { name: 'Delete' })
    .click();
  await page
    .getByRole('dialog', { name: 'Delete this e-mail account?' })
    .getByRole('button', { name: 'Delete account' })
    .click();
  await expect(section.getByRole('listitem', { name: label })).toHaveCount(0);
}

async function openMailDialog(page: Page, number: string, label: string) {
  await page.getByRole('button', { name: 'Send by e-mail…' }).click();
  const dialog = page.getByRole('dialog', { name: `Send ${number} by e-mail` });
  const account = combobox(dialog, 'Send with account');
  await expect(account).toBeVisible();
  await account.selectOption({ label: `${label} <hello@weber-design.example>` });
  return dialog;
}

test('a wrong password leaves the invoice unsent with the reason; with the right one it goes out with its PDF', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  const label = accountName();
  await exploreDemoCompany(page);
  await addAccount(page, label, server.port, 'wrong-password');

  // "Send test mail" tells the same before any invoice depends on it.
  const section = page.getByRole('region', { name: 'E-mail accounts' });
  await section
    .getByRole('listitem', { name: label })
    .getByRole('button', { name: 'Send test mail' })
    .click();
  const testDialog = page.getByRole('dialog', { name: `Send a test mail through ${label}` });
  await testDialog.getByRole('button', { name: 'Send test mail' }).click();
  await expect(testDialog.getByRole('alert')).toContainText(AUTH_MESSAGE);
  await testDialog.getByRole('button', { name: 'Close' }).click();

  const number = await openPostedInvoice(page);
  let dialog = await openMailDialog(page, number, label);
  await expect(textbox(dialog, 'To')).toHaveValue(DEMO_CUSTOMER_EMAIL);
  await expect(textbox(dialog, 'Subject')).toHaveValue(`Invoice ${number} from ${DEMO_COMPANY}`);
  await expect(textbox(dialog, 'Message')).toHaveValue(new RegExp(`Dear ${DEMO_CUSTOMER},`));
  await expect(dialog.getByTestId('mail-attachment')).toHaveText(
    `Attached: ${number} ${DEMO_CUSTOMER}.pdf`,
  );
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('alert')).toContainText(AUTH_MESSAGE);
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const failed = sendHistory(page).getByRole('row').filter({ hasText: 'E-mail' });
  await expect(failed).toContainText(DEMO_CUSTOMER_EMAIL);
  await expect(failed).toContainText('Failed');
  await expect(failed).toContainText('The mail server did not accept the login');
  await expect(sendHistory(page)).toContainText('Not sent yet: every attempt so far failed.');
  expect(server.received).toHaveLength(0);

  // The person corrects the password in Settings and sends again.
  const settings = await openEmailSettings(page);
  await settings
    .getByRole('listitem', { name: label })
    .getByRole('button', { name: 'Edit' })
    .click();
  const edit = page.getByRole('dialog', { name: 'Edit e-mail account' });
  await expect(edit.getByLabel('Password', { exact: true })).toHaveValue('');
  await expect(edit).toContainText('A password is saved. Leave this empty to keep it.');
  await edit.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await edit.getByRole('button', { name: 'Save account' }).click();
  await expect(edit).toBeHidden();

  await openPostedInvoice(page);
  dialog = await openMailDialog(page, number, label);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Sent to ${DEMO_CUSTOMER_EMAIL}.` }),
  ).toBeVisible();
  await expect(dialog).toBeHidden();

  expect(server.received).toHaveLength(1);
  const mail = server.received[0]!;
  expect(mail.user).toBe(USER);
  expect(mail.envelopeTo).toEqual([DEMO_CUSTOMER_EMAIL]);
  expect(mail.parsed.subject).toBe(`Invoice ${number} from ${DEMO_COMPANY}`);
  expect(mail.parsed.text).toContain(`please find attached invoice ${number}`);
  expect(mail.parsed.attachments).toHaveLength(1);
  const attachment = mail.parsed.attachments[0]!;
  expect(attachment.filename).toBe(`${number} ${DEMO_CUSTOMER}.pdf`);
  expect(attachment.contentType).toBe('application/pdf');
  const text = await pdfBytesText(attachment.content);
  expect(text).toContain(number);
  expect(text).toContain(DEMO_CUSTOMER);

  const history = sendHistory(page);
  await expect(history).toContainText('Last sent: E-mail');
  await expect(history.getByRole('row').filter({ hasText: 'Sent' })).toContainText(
    DEMO_CUSTOMER_EMAIL,
  );
  await expect(history.getByRole('row').filter({ hasText: 'Failed' })).toHaveCount(1);

  await deleteAccount(page, label);
  expect(problems).toEqual([]);
});

test('when the mail server cannot be reached the dialog says so, and Try again sends once it is back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const label = accountName();
  const later = await startPlainSmtpServer({ [USER]: PASSWORD });
  const port = later.port;
  await later.close();
  let back: PlainSmtpServer | null = null;
  try {
    await exploreDemoCompany(page);
    await addAccount(page, label, port, PASSWORD);
    const number = await openPostedInvoice(page);
    const dialog = await openMailDialog(page, number, label);
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('alert')).toContainText('The mail server cannot be reached');

    back = await startPlainSmtpServer({ [USER]: PASSWORD }, port);
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect(dialog).toBeHidden();
    expect(back.received).toHaveLength(1);
    expect(back.received[0]?.parsed.attachments[0]?.filename).toBe(
      `${number} ${DEMO_CUSTOMER}.pdf`,
    );
    await expect(sendHistory(page)).toContainText('Last sent: E-mail');
    // Both attempts are in the history: the failure with its reason, then the send.
    const rows = sendHistory(page).getByRole('row');
    await expect(rows.filter({ hasText: 'Failed' })).toContainText(
      'The mail server cannot be reached',
    );
    await expect(rows.filter({ hasText: 'Sent' })).toContainText(DEMO_CUSTOMER_EMAIL);
    await deleteAccount(page, label);
  } finally {
    await back?.close();
  }
});

test('the mailing settings of a customer and its class choose the account, template and extra recipients', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const problems = collectPageProblems(page);
  const suffix = randomBytes(4).toString('hex');
  const label = accountName();
  const template = `Short ${suffix}`;
  const className = `Mailing ${suffix}`;
  const bookkeeping = 'books@weber-design.example';
  await exploreDemoCompany(page);
  await addAccount(page, label, server.port, PASSWORD);

  const templates = page.getByRole('region', { name: 'Message templates' });
  await templates.getByRole('button', { name: 'Add template' }).click();
  const editor = page.getByRole('dialog', { name: 'New message template' });
  await textbox(editor, 'Template name').fill(template);
  await textbox(editor, 'Subject').fill('Your invoice {invoice.number}');
  await expect(editor.getByTestId('template-preview')).toContainText('Your invoice INV-2026-0007');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(templates.getByRole('listitem', { name: template })).toBeVisible();

  // The class chooses the account and the template; the customer adds a recipient.
  await openFromMenu(page, 'Customers');
  await page.getByRole('button', { name: 'New class' }).click();
  const classDialog = page.getByRole('dialog', { name: 'New customer class' });
  await textbox(classDialog, 'Class name').fill(className);
  await combobox(classDialog, 'E-mail account').selectOption({ label });
  await combobox(classDialog, 'Message template for invoices').selectOption({ label: template });
  await classDialog.getByRole('button', { name: 'Save' }).click();
  await expect(classDialog).toBeHidden();

  await customerTable(page).getByRole('link', { name: DEMO_CUSTOMER }).click();
  const form = customerForm(page);
  await combobox(form, 'Customer class').selectOption({ label: className });
  await expect(combobox(form, 'E-mail account').locator('option:checked')).toHaveText(
    `From class ${className}: ${label}`,
  );
  await textbox(form, 'Also send to').fill(bookkeeping);
  await form.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const number = await openPostedInvoice(page);
  await page.getByRole('button', { name: 'Send by e-mail…' }).click();
  const dialog = page.getByRole('dialog', { name: `Send ${number} by e-mail` });
  await expect(combobox(dialog, 'Send with account').locator('option:checked')).toHaveText(
    `${label} <hello@weber-design.example>`,
  );
  await expect(textbox(dialog, 'To')).toHaveValue(`${DEMO_CUSTOMER_EMAIL}, ${bookkeeping}`);
  await expect(textbox(dialog, 'Subject')).toHaveValue(`Your invoice ${number}`);
  const before = server.received.length;
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog).toBeHidden();
  expect(server.received).toHaveLength(before + 1);
  expect(server.received.at(-1)?.envelopeTo).toEqual([DEMO_CUSTOMER_EMAIL, bookkeeping]);

  await deleteAccount(page, label);
  expect(problems).toEqual([]);
});
