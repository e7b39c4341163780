import { expect, type Locator } from '@playwright/test';
import { expectFieldError, textbox } from './forms';

// The bad-input tables of the money dialogs (Register payment, Register refund): the cases
// they share and the steps every case goes through.

/** One refused entry: what is typed, the field whose message says why, and the message. */
export type BadMoneyEntry = {
  name: string;
  fill: (dialog: Locator) => Promise<void>;
  field: (dialog: Locator) => Locator;
  message: string | RegExp;
};

/** The text fields every money dialog limits: the reference and the note. */
export const BAD_TEXT_ENTRIES: BadMoneyEntry[] = [
  {
    name: 'a reference over 200 characters',
    fill: (dialog) => textbox(dialog, 'Reference').fill('R'.repeat(201)),
    field: (dialog) => textbox(dialog, 'Reference'),
    message: 'Reference can be at most 200 characters long; shorten it.',
  },
  {
    name: 'a note over 2000 characters',
    fill: (dialog) => textbox(dialog, 'Note').fill('n'.repeat(2001)),
    field: (dialog) => textbox(dialog, 'Note'),
    message: 'Note can be at most 2000 characters long; shorten it.',
  },
];

/**
 * Types a reference and the bad entry, submits twice: each time the message stands at its
 * field and the dialog stays open with what was typed; then cancels it.
 */
export async function expectRefusedInDialog(
  dialog: Locator,
  bad: BadMoneyEntry,
  { submit, reference }: { submit: string; reference: string },
): Promise<void> {
  await textbox(dialog, 'Reference').fill(reference);
  await bad.fill(dialog);
  await dialog.getByRole('button', { name: submit }).click();

  await expectFieldError(bad.field(dialog), bad.message);
  // Still open, with what was typed.
  await expect(dialog).toBeVisible();
  if (!bad.name.includes('reference')) {
    await expect(textbox(dialog, 'Reference')).toHaveValue(reference);
  }
  // A second try changes nothing either.
  await dialog.getByRole('button', { name: submit }).click();
  await expectFieldError(bad.field(dialog), bad.message);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}
