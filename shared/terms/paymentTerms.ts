import { addDays, endOfMonth, type IsoDate } from '../dates/isoDate';
import { err, ok, type Result } from '../result';

/**
 * When an invoice falls due. 'net': the issue date plus N days. 'endOfMonth': the last day
 * of the issue date's month plus N days (common in Germany and France: "30 days end of
 * month"). N is a whole number of days, 0–365.
 */
export type PaymentTerms = { kind: 'net'; days: number } | { kind: 'endOfMonth'; days: number };

export type PaymentTermsKind = PaymentTerms['kind'];

export const PAYMENT_TERMS_KINDS: readonly PaymentTermsKind[] = ['net', 'endOfMonth'];

/** A year; longer terms are almost certainly a typing error. */
export const MAX_PAYMENT_TERM_DAYS = 365;

export type PaymentTermsError = {
  code: 'INVALID_PAYMENT_TERMS';
  field: 'kind' | 'days';
  message: string;
};

/** Checks terms typed by a person (or read from storage) and explains what is wrong. */
export function validatePaymentTerms(terms: {
  kind: string;
  days: number;
}): Result<PaymentTerms, PaymentTermsError> {
  const { kind, days } = terms;
  if (kind !== 'net' && kind !== 'endOfMonth') {
    return err({
      code: 'INVALID_PAYMENT_TERMS',
      field: 'kind',
      message: `"${kind}" is not a kind of payment terms; choose net days or days after the end of the month.`,
    });
  }
  if (!Number.isInteger(days)) {
    return err({
      code: 'INVALID_PAYMENT_TERMS',
      field: 'days',
      message: 'The payment period must be a whole number of days.',
    });
  }
  if (days < 0 || days > MAX_PAYMENT_TERM_DAYS) {
    return err({
      code: 'INVALID_PAYMENT_TERMS',
      field: 'days',
      message: `The payment period must be between 0 and ${MAX_PAYMENT_TERM_DAYS} days.`,
    });
  }
  return ok({ kind, days });
}

/** The due date of a document issued on issueDate under the terms; throws on invalid terms. */
export function dueDateFor(issueDate: IsoDate, terms: PaymentTerms): IsoDate {
  const valid = validatePaymentTerms(terms);
  if (!valid.ok) throw new RangeError(valid.error.message);
  switch (terms.kind) {
    case 'net':
      return addDays(issueDate, terms.days);
    case 'endOfMonth':
      return addDays(endOfMonth(issueDate), terms.days);
  }
}

/** The English sentence printed on the document, e.g. "Payable within 14 days". */
export function describePaymentTerms(terms: PaymentTerms): string {
  const period = terms.days === 1 ? '1 day' : `${terms.days} days`;
  switch (terms.kind) {
    case 'net':
      return terms.days === 0 ? 'Due on receipt' : `Payable within ${period}`;
    case 'endOfMonth':
      return terms.days === 0
        ? 'Payable by the end of the month'
        : `Payable ${period} after the end of the month`;
  }
}
