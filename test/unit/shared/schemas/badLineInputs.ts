// Bad document lines: see badInputs.ts for what a row means.
import type { BadInput } from './badInputs';
import { exampleLine, withAt } from './examples';

const line = exampleLine;
const percentOff = { kind: 'percent', percent: '5', reason: '' };

export const badLines: BadInput[] = [
  {
    name: 'no description',
    input: withAt(line(), 'description', ' '),
    path: 'description',
    mentions: /description/,
  },
  {
    name: 'description too long',
    input: withAt(line(), 'description', 'd'.repeat(2001)),
    path: 'description',
    mentions: /Description.*2000/,
  },
  {
    name: 'quantity in words',
    input: withAt(line(), 'quantity', 'two'),
    path: 'quantity',
    mentions: /^Quantity must be a number like 2 or 0\.5\.$/,
  },
  {
    name: 'quantity as a JSON number',
    input: withAt(line(), 'quantity', 2),
    path: 'quantity',
    mentions: /^Quantity must be a number like 2 or 0\.5\.$/,
  },
  {
    name: 'empty quantity',
    input: withAt(line(), 'quantity', ''),
    path: 'quantity',
    mentions: /Enter the quantity/,
  },
  {
    name: 'quantity with 7 decimals',
    input: withAt(line(), 'quantity', '0.1234567'),
    path: 'quantity',
    mentions: /Quantity can have at most 6 decimals/,
  },
  {
    name: 'negative unit price',
    input: withAt(line(), 'unitPrice', '-25'),
    path: 'unitPrice',
    mentions: /Unit price cannot be negative; for a discount line enter a negative quantity/,
  },
  {
    name: 'price per zero quantity',
    input: withAt(line(), 'baseQuantity', '0'),
    path: 'baseQuantity',
    mentions: /Price per quantity must be above zero/,
  },
  {
    name: 'discount of 120 %',
    input: withAt(line(), 'allowances.0.percent', '120'),
    path: 'allowances.0.percent',
    mentions: /Discount percentage must be between 0 and 100/,
  },
  {
    name: 'negative discount amount',
    input: withAt(line(), 'allowances', [{ kind: 'amount', amount: -500 }]),
    path: 'allowances.0.amount',
    mentions: /Discount amount cannot be negative/,
  },
  {
    name: 'six discounts',
    input: withAt(line(), 'allowances', Array(6).fill(percentOff)),
    path: 'allowances',
    mentions: /at most 5 discounts/,
  },
  {
    name: 'surcharge of an unknown kind',
    input: withAt(line(), 'charges', [{ kind: 'fixed', amount: 100 }]),
    path: 'charges.0.kind',
    mentions: /surcharge is a percentage or an amount/,
  },
  {
    name: 'unknown unit',
    input: withAt(line(), 'unit', 'hours'),
    path: 'unit',
    mentions: /unit from the list/,
  },
  {
    name: 'standard rate at 0 %',
    input: withAt(line(), 'vatRate', '0'),
    path: 'vatRate',
    mentions: /VAT rate above 0 %/,
  },
  {
    name: 'VAT rate with 3 decimals',
    input: withAt(line(), 'vatRate', '5.125'),
    path: 'vatRate',
    mentions: /VAT rate can have at most 2 decimals/,
  },
  {
    name: 'exempt without a reason',
    input: { ...line(), vatCategory: 'exempt', vatRate: '0', exemptionReason: ' ' },
    path: 'exemptionReason',
    mentions: /reason for the exemption/,
  },
];
