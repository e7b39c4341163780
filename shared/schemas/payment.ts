import { z } from 'zod';
import { currencyField, minorField } from './amountFields';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { paymentMethodField } from './domainFields';
import { idField, isoDateField, optionalText, timestampField, typeMessages } from './fields';

/**
 * What a payment record is: money received, the reversal of a payment recorded by mistake,
 * money paid back to the customer, or customer credit used to settle an invoice.
 */
export const PAYMENT_KINDS = ['payment', 'reversal', 'refund', 'creditApplication'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

const kindMessage = 'Choose what this is: a payment, a reversal, a refund or a use of credit.';

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
      if (payment.excessAsCredit > payment.amount) {
        const message = 'The amount kept as credit cannot be more than the amount paid.';
        addIssueAt(ctx, ['excessAsCredit'], message, payment.excessAsCredit);
      }
    },
    { when: whenValid('amount', 'excessAsCredit') },
  );

export type Payment = z.output<typeof paymentSchema>;
