import { z } from 'zod';
import { PAYMENT_METHODS } from '../payments/paymentMethod';
import { MAX_PAYMENT_TERM_DAYS, validatePaymentTerms } from '../terms/paymentTerms';
import { VAT_CATEGORIES } from '../tax/vatCategories';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { midSentence, typeMessages } from './fields';

// Fields whose values come from the domain modules: payment terms, payment methods, VAT
// categories and account codes. The lists are the modules' own, so a value they add is
// accepted here without a change.

const TERMS_KINDS = ['net', 'endOfMonth'] as const;

/** Payment terms: net N days or N days after the end of the month, checked by shared/terms. */
export const paymentTermsSchema = z
  .object(
    {
      kind: z.enum(TERMS_KINDS, {
        error: 'Choose the payment terms: a number of days, or days after the end of the month.',
      }),
      days: z.number({
        error: `The payment period must be a whole number of days from 0 to ${MAX_PAYMENT_TERM_DAYS}.`,
      }),
    },
    typeMessages('Choose the payment terms.', 'Choose the payment terms.'),
  )
  .superRefine(
    (terms, ctx) => {
      const checked = validatePaymentTerms(terms);
      if (!checked.ok) addIssueAt(ctx, [checked.error.field], checked.error.message, terms);
    },
    { when: whenValid('kind', 'days') },
  );

/** A payment method of shared/payments: bank transfer, direct debit, cash, card, other. */
export function paymentMethodField(label = 'Payment method') {
  const message = `Choose the ${midSentence(label)}: bank transfer, direct debit, cash, card or other.`;
  return z.enum(PAYMENT_METHODS, typeMessages(message, message));
}

/** A VAT category of shared/tax. */
export function vatCategoryField(label = 'VAT category') {
  const message = `Choose the ${label} from the list, such as Standard rate or Exempt.`;
  return z.enum(VAT_CATEGORIES, typeMessages(message, message));
}

/** The exemption reason of a line or product: printed on the invoice, so kept short. */
export function exemptionReasonField() {
  return z
    .string({ error: 'Exemption reason must be text.' })
    .trim()
    .max(300, 'Exemption reason can be at most 300 characters long; shorten it.')
    .optional();
}

/** The code of an account of the chart of accounts, e.g. "4000". */
export function accountCodeField(label = 'Account') {
  const missing = `Choose the ${midSentence(label)} from the chart of accounts.`;
  return z
    .string(typeMessages(missing, `${label} must be an account code like 4000.`))
    .trim()
    .min(1, missing)
    .max(20, `${label} must be an account code of at most 20 characters, like 4000.`);
}
