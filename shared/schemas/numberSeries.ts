import { z } from 'zod';
import { validateNumberPattern } from '../numbering/numberPattern';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { flagField, idField, typeMessages } from './fields';

/** The kinds of document that are numbered, each by a series of its own. */
export const NUMBERED_KINDS = ['invoice', 'quote', 'creditNote'] as const;

/** A whole number from min to max, with one message for anything else. */
function wholeNumber(message: string, min: number, max: number) {
  return z
    .number({ error: message })
    .refine((value) => Number.isInteger(value) && value >= min && value <= max, message);
}

const kindMessage = 'Choose what the series numbers: invoices, quotes or credit notes.';

/** shared/numbering NumberSeries, its pattern checked by validateNumberPattern. */
export const numberSeriesSchema = z
  .object(
    {
      id: idField('The number series has no id; add it again.'),
      documentKind: z.enum(NUMBERED_KINDS, typeMessages(kindMessage, kindMessage)),
      pattern: z.string({ error: 'Enter the number pattern, such as INV-{YYYY}-{SEQ:4}.' }),
      resetYearly: flagField('Restart every year'),
      nextCounter: wholeNumber(
        'The next counter must be a whole number, 1 or more.',
        1,
        Number.MAX_SAFE_INTEGER,
      ),
      counterYear: wholeNumber('The counter year must be a year like 2026.', 1, 9999).nullable(),
    },
    typeMessages('Enter the number series.', 'The number series is damaged.'),
  )
  .superRefine(
    (series, ctx) => {
      const checked = validateNumberPattern(series.pattern, { resetYearly: series.resetYearly });
      if (!checked.ok) addIssueAt(ctx, ['pattern'], checked.error.message, series.pattern);
    },
    { when: whenValid('pattern', 'resetYearly') },
  );

export type NumberSeriesRecord = z.output<typeof numberSeriesSchema>;
