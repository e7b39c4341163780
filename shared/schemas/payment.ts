import { z } from 'zod';
import { currencyField, minorField } from './amountFields';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { paymentMethodField } from './domainFields';
import { idField, isoDateField, optionalText, timestampField, typeMessages } from './fields';

/**
 * What a payment record is: money received, the reversal of a payment recorded by mistake,
 * money paid back to the customer, customer credit used to settle an invoice, or the refund
 * owed on a credited invoice kept as the customer's credit instead of paid out.
 */
export const PAYMENT_KINDS = [
  'payment',
  'reversal',
  'refund',
  'creditApplication',
  'creditFromInvoice',
] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/**
 * What a refund pays back: the refund owed on its (credited) invoice, or the customer's
 * credit. Refund records stored before the field existed have none and mean customer credit.
 */
export const REFUND_SOURCES = ['invoice', 'customerCredit'] as const;
export type RefundSource = (typeof REFUND_SOURCES)[number];

const kindMessage =
  'Choose what this is: a payment, a reversal, a refund, a use of credit or a refund kept as credit.';
const sourceMessage =
  'Choose what the refund pays back: the refund owed on the invoice, or credit.';

/**
 * A payment record against one invoice. Records are never changed or deleted: a mistake is
 * undone by a 'reversal' record that names the payment it reverses.
 */
export const paymentSchema = z
  .object(
    {
      id: idField('The payment has no id; record it again.'),
      invoiceId: idField('Choose the invoice this payment is for.'),
      customerId: idField('Choose the customer who paid.'),
      kind: z.enum(PAYMENT_KINDS, typeMessages(kindMessage, kindMessage)),
      amount: minorField('Amount', 'positive', { positiveMessage: 'Enter an amount above zero.' }),
      excessAsCredit: minorField('Amount kept as credit', 'nonNegative'),
      currency: currencyField('Currency'),
      date: isoDateField('Payment date'),
      method: paymentMethodField('Payment method'),
      reference: optionalText({ label: 'Reference', max: 200 }),
      note: optionalText({ label: 'Note', max: 2000 }),
      reversesPaymentId: idField('Choose the payment this reversal undoes.').nullable(),
      // Optional so that records stored before refunds were recorded still read.
      refundSource: z.enum(REFUND_SOURCES, typeMessages(sourceMessage, sourceMessage)).optional(),
      createdAt: timestampField('Created at'),
    },
    typeMessages('Enter the payment.', 'The payment record is damaged.'),
  )
  .superRefine(
    (payment, ctx) => {
      if (payment.kind === 'reversal' && payment.reversesPaymentId === null) {
        addIssueAt(ctx, ['reversesPaymentId'], 'Choose the payment this reversal undoes.', null);
      }
      if (payment.kind !== 'reversal' && payment.reversesPaymentId !== null) {
        const message = 'Only a reversal undoes another payment; clear the reversed payment.';
        addIssueAt(ctx, ['reversesPaymentId'], message, payment.reversesPaymentId);
      }
    },
    { when: whenValid('kind', 'reversesPaymentId') },
  )
  .superRefine(
    (payment, ctx) => {
      if (payment.kind !== 'refund' && payment.refundSource !== undefined) {
        const message = 'Only a refund says what it pays back; clear the refund source.';
        addIssueAt(ctx, ['refundSource'], message, payment.refundSource);
      }
    },
    { when: whenValid('kind', 'refundSource') },
  )
  .superRefine(
    (payment, ctx) => {
      if (payment.excessAsCredit > payment.amount) {
        const message = 'The amount kept as credit cannot be more than the amount paid.';
        addIssueAt(ctx, ['excessAsCredit'], message, payment.excessAsCredit);
      }
    },
    { when: whenValid('amount', 'excessAsCredit') },
  );

export type Payment = z.output<typeof paymentSchema>;
