import { z } from 'zod';
import { currencyField } from './amountFields';
import { chartOfAccountsSchema } from './chartOfAccounts';
import { companyProfileSchema } from './companyProfile';
import { addIssueAt, whenValid } from './crossFieldChecks';
import { paymentTermsSchema } from './domainFields';
import { flagField, languageField, requiredText, typeMessages } from './fields';
import { NUMBERED_KINDS, numberSeriesSchema } from './numberSeries';

const vatModeMessage = 'Choose how you charge VAT: normally, or as a VAT-exempt small business.';

/** shared/tax SellerVatMode: normal VAT, or a small business exempt from it with its note. */
export const sellerVatModeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('normal') }),
    z.object({
      kind: z.literal('smallBusinessExempt'),
      note: requiredText({
        label: 'Exemption note',
        max: 500,
        missing:
          'Enter the exemption note printed on every invoice, such as the article of the VAT law.',
      }),
    }),
  ],
  typeMessages(vatModeMessage, vatModeMessage),
);

const KIND_PLURALS = { invoice: 'invoices', quote: 'quotes', creditNote: 'credit notes' } as const;

/** Everything the trader sets up once: company, VAT, defaults, numbering, accounts. */
export const businessSettingsSchema = z
  .object(
    {
      company: companyProfileSchema,
      vatMode: sellerVatModeSchema,
      defaultCurrency: currencyField('Default currency'),
      locale: languageField('Locale'),
      defaultPaymentTerms: paymentTermsSchema,
      numberSeries: z
        .array(numberSeriesSchema, { error: 'The number series must be a list.' })
        .max(30, 'At most 30 number series can be kept.'),
      chartOfAccounts: chartOfAccountsSchema,
      setupCompleted: flagField('Setup completed'),
    },
    typeMessages('The settings are missing.', 'The settings are damaged.'),
  )
  .superRefine(
    (settings, ctx) => {
      const ids = new Set<string>();
      settings.numberSeries.forEach((series, index) => {
        if (ids.has(series.id)) {
          addIssueAt(
            ctx,
            ['numberSeries', index, 'id'],
            'Two number series share one id; add this one again.',
          );
        }
        ids.add(series.id);
      });
      for (const kind of NUMBERED_KINDS) {
        if (!settings.numberSeries.some((series) => series.documentKind === kind)) {
          const message = `Add a number series for ${KIND_PLURALS[kind]}; every kind of document needs one.`;
          addIssueAt(ctx, ['numberSeries'], message);
        }
      }
    },
    { when: whenValid('numberSeries') },
  );

export type SellerVatModeRecord = z.output<typeof sellerVatModeSchema>;
export type BusinessSettings = z.output<typeof businessSettingsSchema>;
