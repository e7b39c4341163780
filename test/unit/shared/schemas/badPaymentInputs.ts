// Bad payments: see badInputs.ts for what a row means.
import { minor } from '../../../../shared/money/minor';
import type { BadInput } from './badInputs';
import { examplePayment, withAt } from './examples';

const payment = examplePayment;

export const badPayments: BadInput[] = [
  {
    name: 'zero amount',
    input: withAt(payment(), 'amount', minor(0)),
    path: 'amount',
    mentions: /^Enter an amount above zero\.$/,
  },
  {
    name: 'negative amount',
    input: withAt(payment(), 'amount', -100),
    path: 'amount',
    mentions: /amount above zero/,
  },
  {
    name: 'fractional minor units',
    input: withAt(payment(), 'amount', 12.5),
    path: 'amount',
    mentions: /Amount must be a whole number/,
  },
  {
    name: 'amount as text',
    input: withAt(payment(), 'amount', '12.50'),
    path: 'amount',
    mentions: /Amount must be an amount of money/,
  },
  {
    name: 'absurdly large amount',
    input: withAt(payment(), 'amount', 1e15),
    path: 'amount',
    mentions: /Amount is larger than Invoicer can handle/,
  },
  {
    name: 'German date format',
    input: withAt(payment(), 'date', '18.03.2026'),
    path: 'date',
    mentions: /payment date as a date like 2026-03-31/,
  },
  {
    name: 'unknown method',
    input: withAt(payment(), 'method', 'cheque'),
    path: 'method',
    mentions: /payment method/,
  },
  {
    name: 'reversal without the reversed payment',
    input: { ...payment(), kind: 'reversal' },
    path: 'reversesPaymentId',
    mentions: /payment this reversal undoes/,
  },
  {
    name: 'payment that names a reversed payment',
    input: withAt(payment(), 'reversesPaymentId', 'pay-0'),
    path: 'reversesPaymentId',
    mentions: /Only a reversal/,
  },
  {
    name: 'more kept as credit than paid',
    input: withAt(payment(), 'excessAsCredit', 20000),
    path: 'excessAsCredit',
    mentions: /kept as credit/,
  },
  {
    name: 'lower-case currency',
    input: withAt(payment(), 'currency', 'eur'),
    path: 'currency',
    mentions: /Currency must be a three-letter currency code/,
  },
  {
    name: 'no invoice',
    input: withAt(payment(), 'invoiceId', ''),
    path: 'invoiceId',
    mentions: /invoice this payment is for/,
  },
  {
    name: 'unknown kind',
    input: withAt(payment(), 'kind', 'gift'),
    path: 'kind',
    mentions: /a payment, a reversal/,
  },
];
