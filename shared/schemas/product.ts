import { z } from 'zod';
import { unitPriceField, vatRateField } from './amountFields';
import { checkVatTreatmentOf, whenVatFieldsValid } from './crossFieldChecks';
import { accountCodeField, exemptionReasonField, vatCategoryField } from './domainFields';
import {
  flagField,
  idField,
  optionalText,
  requiredText,
  timestampField,
  typeMessages,
} from './fields';
import { unitField } from './units';

/**
 * A product or service of the catalogue. Its price and VAT treatment are copied onto a line
 * when it is chosen; the line keeps them until the user asks for current prices.
 */
export const productSchema = z
  .object(
    {
      id: idField('The product has no id; create the product again.'),
      sku: requiredText({
        label: 'Item ID (SKU)',
        max: 64,
        missing: 'Enter an item ID (SKU) for the product, such as CONS-01.',
      }),
      name: requiredText({ label: 'Product name', max: 200, missing: "Enter the product's name." }),
      description: optionalText({ label: 'Description', max: 2000 }),
      unit: unitField('Unit'),
      unitPrice: unitPriceField('Unit price'),
      vatCategory: vatCategoryField('VAT category'),
      vatRate: vatRateField('VAT rate'),
      exemptionReason: exemptionReasonField(),
      revenueAccount: accountCodeField('Revenue account').nullable(),
      archived: flagField('Archived'),
      createdAt: timestampField('Created at'),
      updatedAt: timestampField('Updated at'),
    },
    typeMessages('Enter the product.', 'The product record is damaged.'),
  )
  .superRefine(checkVatTreatmentOf, { when: whenVatFieldsValid });

export type Product = z.output<typeof productSchema>;
