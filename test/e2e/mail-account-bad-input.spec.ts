import { randomBytes } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { combobox, expectFieldError, openFromMenu, setUpCompany, textbox } from './support';

// Bad input in the e-mail account editor (Settings → E-mail): each case is refused with its
// message on its field, the dialog keeps what was typed, and no account is saved.

test.beforeEach(async ({ page }) => {
  await setUpCompany(page);
  await openFromMenu(page, 'Settings');
});

type BadAccount = {
  name: string;
  change: (dialog: Locator) => Promise<void>;
  field: (dialog: Locator) => Locator;
  message: string | RegExp;
};

const password = (dialog: Locator) => dialog.getByLabel('Password', { exact: true });

const badAccounts: BadAccount[] = [
  {
    name: 'no account name',
    change: (dialog) => textbox(dialog, 'Account name').fill(''),
    field: (dialog) => textbox(dialog, 'Account name'),
    message: 'Give the account a name, like "Office mail".',
  },
  {
    name: 'no mail server',
    change: (dialog) => textbox(dialog, 'Mail server').fill(''),
    field: (dialog) => textbox(dialog, 'Mail server'),
    message: "Enter the mail server's name, like smtp.example.com.",
  },
  {
    name: 'a server name with spaces',
    change: (dialog) => textbox(dialog, 'Mail server').fill('smtp example com'),
    field: (dialog) => textbox(dialog, 'Mail server'),
    message: '"smtp example com" is not a server name; enter one like smtp.example.com.',
  },
  {
    name: 'port 0',
    change: (dialog) => textbox(dialog, 'Port').fill('0'),
    field: (dialog) => textbox(dialog, 'Port'),
    message: 'The port must be a whole number from 1 to 65535, like 587.',
  },
  {
    name: 'a port above 65535',
    change: (dialog) => textbox(dialog, 'Port').fill('70000'),
    field: (dialog) => textbox(dialog, 'Port'),
    message: 'The port must be a whole number from 1 to 65535, like 587.',
  },
  {
    name: 'a port in words',
    change: (dialog) => textbox(dialog, 'Port').fill('five'),
    field: (dialog) => textbox(dialog, 'Port'),
    message: 'The port must be a whole number from 1 to 65535, like 587.',
  },
  {
    name: 'a user name without a password',
    change: (dialog) => password(dialog).fill(''),
    field: password,
    message: 'Enter the password for this user name; the mail server asks for both.',
  },
  {
    name: 'no sender name',
    change: (dialog) => textbox(dialog, 'Sender name').fill(''),
    field: (dialog) => textbox(dialog, 'Sender name'),
    message: 'Enter the sender name recipients see, like your company name.',
  },
  {
    name: 'a sender address without a domain',
    change: (dialog) => textbox(dialog, 'Sender address').fill('office@'),
    field: (dialog) => textbox(dialog, 'Sender address'),
    message: 'Enter an e-mail address like name@example.com.',
  },
  {
    name: 'a reply-to address that is no address',
    change: (dialog) => textbox(dialog, 'Reply-to address').fill('reply to me'),
    field: (dialog) => textbox(dialog, 'Reply-to address'),
    message: 'Enter an e-mail address like name@example.com.',
  },
];

async function fillValidAccount(page: Page, label: string): Promise<Locator> {
  const section = page.getByRole('region', { name: 'E-mail accounts' });
  await section.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add e-mail account' });
  await textbox(dialog, 'Account name').fill(label);
  await textbox(dialog, 'Mail server').fill('smtp.example.com');
  await expect(combobox(dialog, 'Security')).toHaveValue('starttls');
  await expect(textbox(dialog, 'Port')).toHaveValue('587');
  await textbox(dialog, 'User name').fill('office');
  await password(dialog).fill('secret');
  await textbox(dialog, 'Sender address').fill('office@example.com');
  return dialog;
}

for (const bad of badAccounts) {
  test(`an e-mail account with ${bad.name} is refused at its field and not saved`, async ({
    page,
  }) => {
    const label = `Bad ${randomBytes(4).toString('hex')}`;
    const dialog = await fillValidAccount(page, label);
    await bad.change(dialog);
    await dialog.getByRole('button', { name: 'Save account' }).click();
    await expectFieldError(bad.field(dialog), bad.message);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const section = page.getByRole('region', { name: 'E-mail accounts' });
    await expect(section.getByText('Loading…')).toHaveCount(0);
    await expect(section.getByRole('listitem', { name: label })).toHaveCount(0);
  });
}
