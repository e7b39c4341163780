import { z } from 'zod';
import {
  baseQuantityField,
  minorField,
  percentField,
  quantityField,
  unitPriceField,
  vatRateField,
} from './amountFields';
import { checkVatTreatmentOf, whenVatFieldsValid } from './crossFieldChecks';
import { accountCodeField, exemptionReasonField, vatCategoryField } from './domainFields';
import { idField, optionalText, requiredText, typeMessages } from './fields';
import { unitField } from './units';

/** At most this many discounts and this many surcharges on one line. */
export const MAX_LINE_ADJUSTMENTS = 5;

function lineAdjustmentSchema(word: 'Discount' | 'Surcharge') {
  const kindMessage = `Choose whether the ${word.toLowerCase()} is a percentage or an amount.`;
  const reason = optionalText({ label: `${word} reason`, max: 200 });
  return z.discriminatedUnion(
    'kind',
    [
      z.object({
        kind: z.literal('percent'),
        percent: percentField(`${word} percentage`),
        reason,
      }),
      z.object({
        kind: z.literal('amount'),
        amount: minorField(`${word} amount`, 'nonNegative'),
        reason,
      }),
    ],
    typeMessages(kindMessage, kindMessage),
  );
}

function adjustmentList(word: 'Discount' | 'Surcharge', plural: string) {
  return z
    .array(lineAdjustmentSchema(word), { error: `${word}s must be a list.` })
    .max(MAX_LINE_ADJUSTMENTS, `A line can have at most ${MAX_LINE_ADJUSTMENTS} ${plural}.`)
    .default([]);
}

/** A line discount (allowance) of shared/totals: a percentage of the line or an amount. */
export const lineAllowanceSchema = lineAdjustmentSchema('Discount');
/** A line surcharge (charge) of shared/totals. */
export const lineChargeSchema = lineAdjustmentSchema('Surcharge');

/**
 * A line of a quote, invoice or credit note: what computeLineAmounts needs (a PricedLine)
 * plus what the document shows and books. creditedLineId is set on credit-note lines only.
 */
export const documentLineSchema = z
  .object(
    {
      id: idField('The line has no id; add the line again.'),
      productId: idField('Choose a product, or write the line in.').nullable(),
      description: requiredText({
        label: 'Description',
        max: 2000,
        missing: 'Enter a description of what the line is for.',
      }),
      quantity: quantityField('Quantity'),
      unit: unitField('Unit'),
      unitPrice: unitPriceField('Unit price'),
      baseQuantity: baseQuantityField('Price per quantity').default('1'),
      allowances: adjustmentList('Discount', 'discounts'),
      charges: adjustmentList('Surcharge', 'surcharges'),
      vatCategory: vatCategoryField('VAT category'),
      vatRate: vatRateField('VAT rate'),
      exemptionReason: exemptionReasonField(),
      revenueAccount: accountCodeField('Revenue account').nullable(),
      creditedLineId: idField('Choose the invoice line this line credits.').optional(),
    },
    typeMessages('Enter the line.', 'Each line needs a description, quantity and price.'),
  )
  .superRefine(checkVatTreatmentOf, { when: whenVatFieldsValid });

export type DocumentLine = z.output<typeof documentLineSchema>;

/**
 * A document-level discount or charge (shared/totals DocumentAdjustment). EN 16931 wants a
 * reason on each, and each belongs to one VAT group, hence the VAT treatment.
 */
export const documentAdjustmentSchema = z
  .object(
    {
      kind: z.enum(['allowance', 'charge'], {
        error: 'Choose whether this is a discount or a charge on the whole document.',
      }),
      reason: requiredText({
        label: 'Reason',
        max: 200,
        missing:
          'Enter the reason for the discount or charge, such as Loyalty discount or Shipping.',
      }),
      value: z.discriminatedUnion(
        'kind',
        [
          z.object({ kind: z.literal('percent'), percent: percentField('Percentage') }),
          z.object({ kind: z.literal('amount'), amount: minorField('Amount', 'nonNegative') }),
        ],
        typeMessages(
          'Choose a percentage or an amount for the discount or charge.',
          'Choose a percentage or an amount for the discount or charge.',
        ),
      ),
      vatCategory: vatCategoryField('VAT category'),
      vatRate: vatRateField('VAT rate'),
      exemptionReason: exemptionReasonField(),
    },
    typeMessages('Enter the discount or charge.', 'The discount or charge is incomplete.'),
  )
  .superRefine(checkVatTreatmentOf, { when: whenVatFieldsValid });

export type DocumentAdjustmentRecord = z.output<typeof documentAdjustmentSchema>;
