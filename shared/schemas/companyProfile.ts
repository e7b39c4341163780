import { z } from 'zod';
import { addressSchema } from './address';
import { addIssueAt, whenValid } from './crossFieldChecks';
import {
  flagField,
  idField,
  optionalEmailField,
  optionalText,
  phoneField,
  requiredText,
  typeMessages,
  websiteField,
} from './fields';
import { bicField, ibanField, sepaCreditorIdField, vatIdField } from './identifierFields';

/** The largest logo, decoded: it is embedded in every PDF and every backup. */
export const MAX_LOGO_BYTES = 1024 * 1024;

// The first bytes of each format, base64-encoded: what the file really is, whatever its name.
const SIGNATURES = { 'image/png': 'iVBORw0KGgo', 'image/jpeg': '/9j/' } as const;
const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
const logoTypeMessage = 'The logo must be a PNG or JPEG image.';

/** The size in bytes of the data a base64 string encodes. */
export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** The trader's logo, as printed on documents. */
export const logoSchema = z
  .object(
    {
      mimeType: z.enum(LOGO_TYPES, typeMessages(logoTypeMessage, logoTypeMessage)),
      dataBase64: z
        .string({ error: 'The logo image is missing; choose the image file again.' })
        .min(1, 'The logo image is missing; choose the image file again.')
        .refine(
          (data) => data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data),
          'The logo image is damaged; choose the image file again.',
        ),
    },
    typeMessages('Choose a logo image, or none.', logoTypeMessage),
  )
  .superRefine(
    (logo, ctx) => {
      if (base64ByteLength(logo.dataBase64) > MAX_LOGO_BYTES) {
        addIssueAt(ctx, ['dataBase64'], 'The logo is larger than 1 MB; choose a smaller image.');
      } else if (!logo.dataBase64.startsWith(SIGNATURES[logo.mimeType])) {
        const format = logo.mimeType === 'image/png' ? 'PNG' : 'JPEG';
        addIssueAt(
          ctx,
          ['dataBase64'],
          `The logo file is not a ${format} image; choose a PNG or JPEG file.`,
        );
      }
    },
    { when: whenValid('mimeType', 'dataBase64') },
  );

/** A bank account customers may pay into; the default one is printed on invoices. */
export const bankAccountSchema = z.object(
  {
    id: idField('The bank account has no id; add it again.'),
    label: optionalText({ label: 'Account label', max: 100 }),
    iban: ibanField('IBAN'),
    bic: bicField('BIC'),
    bankName: optionalText({ label: 'Bank name', max: 200 }),
    isDefault: flagField('Default account'),
  },
  typeMessages('Enter the bank account.', 'The bank account is damaged.'),
);

/** The trader's own details, printed as the seller on every document. */
export const companyProfileSchema = z
  .object(
    {
      name: requiredText({
        label: 'Company name',
        max: 200,
        missing: "Enter your company's name.",
      }),
      address: addressSchema,
      vatId: vatIdField('VAT ID'),
      taxId: optionalText({ label: 'Tax number', max: 40 }),
      registrationNumber: optionalText({ label: 'Registration number', max: 100 }),
      email: optionalEmailField('Company e-mail address'),
      phone: phoneField('Company phone number'),
      website: websiteField('Website'),
      logo: logoSchema.nullable(),
      bankAccounts: z
        .array(bankAccountSchema, { error: 'The bank accounts must be a list.' })
        .max(10, 'At most 10 bank accounts can be kept.'),
      sepaCreditorId: sepaCreditorIdField('SEPA creditor ID'),
    },
    typeMessages('Enter your company details.', 'The company details are damaged.'),
  )
  .superRefine(
    (company, ctx) => {
      const seen = new Set<string>();
      let defaults = 0;
      company.bankAccounts.forEach((account, index) => {
        if (account.isDefault && ++defaults > 1) {
          const message = 'Only one bank account can be the default; untick Default on the others.';
          addIssueAt(ctx, ['bankAccounts', index, 'isDefault'], message, true);
        }
        if (seen.has(account.id)) {
          addIssueAt(
            ctx,
            ['bankAccounts', index, 'id'],
            'Two bank accounts share one id; add this one again.',
          );
        }
        seen.add(account.id);
      });
    },
    { when: whenValid('bankAccounts') },
  );

export type Logo = z.output<typeof logoSchema>;
export type BankAccount = z.output<typeof bankAccountSchema>;
export type CompanyProfile = z.output<typeof companyProfileSchema>;
