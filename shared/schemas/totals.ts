import { z } from 'zod';
import { currencyField, minorField, vatRateField } from './amountFields';
import { vatCategoryField } from './domainFields';
import { typeMessages } from './fields';

// The figures frozen into a posted document: shared/totals' LineAmounts, VatGroup and
// DocumentTotals, field for field (the schema tests hold the types equal). They are computed,
// never typed, so amounts may be negative and go up to the largest safe integer.

function figure(label: string) {
  return minorField(label, 'any', { limit: Number.MAX_SAFE_INTEGER });
}

function figures(label: string, eachLabel: string) {
  return z.array(figure(eachLabel), { error: `${label} must be a list of amounts.` });
}

const damaged = (what: string) => typeMessages(`${what} are missing.`, `${what} are damaged.`);

/** shared/totals LineAmounts: the money figures of one line. */
export const lineAmountsSchema = z.object(
  {
    baseAmount: figure('Line base amount'),
    allowances: figures('Line discounts', 'Line discount'),
    charges: figures('Line surcharges', 'Line surcharge'),
    allowanceTotal: figure('Line discount total'),
    chargeTotal: figure('Line surcharge total'),
    net: figure('Line net amount'),
  },
  damaged("The line's figures"),
);

/** shared/totals VatGroup: one row of the VAT breakdown. */
export const vatGroupSchema = z.object(
  {
    category: vatCategoryField('VAT category'),
    rate: vatRateField('VAT rate of the breakdown'),
    exemptionReason: z.string({ error: 'Exemption reason must be text.' }).optional(),
    lineNetTotal: figure('VAT group line total'),
    allowanceTotal: figure('VAT group discount total'),
    chargeTotal: figure('VAT group charge total'),
    taxableAmount: figure('Taxable amount'),
    vatAmount: figure('VAT amount'),
  },
  damaged('The VAT breakdown figures'),
);

/** shared/totals DocumentTotals: every figure of a document as EN 16931 defines them. */
export const documentTotalsSchema = z.object(
  {
    currency: currencyField('Currency of the totals'),
    lines: z.array(lineAmountsSchema, { error: 'The line figures must be a list.' }),
    adjustmentAmounts: figures('Discount and charge amounts', 'Discount or charge amount'),
    vatGroups: z.array(vatGroupSchema, { error: 'The VAT breakdown must be a list.' }),
    lineNetTotal: figure('Line total'),
    allowanceTotal: figure('Discount total'),
    chargeTotal: figure('Charge total'),
    netTotal: figure('Net total'),
    vatTotal: figure('VAT total'),
    grossTotal: figure('Gross total'),
    prepaid: figure('Prepaid amount'),
    roundingAmount: figure('Rounding amount'),
    amountDue: figure('Amount due'),
  },
  damaged("The document's totals"),
);
