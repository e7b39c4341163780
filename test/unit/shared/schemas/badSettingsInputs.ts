// Bad settings: see badInputs.ts for what a row means.
import type { BadInput } from './badInputs';
import { exampleSettings, withAt } from './examples';

const settings = exampleSettings;
const bank = 'company.bankAccounts';

function withoutCreditNoteSeries() {
  const value = settings();
  return {
    ...value,
    numberSeries: value.numberSeries.filter((s) => s.documentKind !== 'creditNote'),
  };
}

function withDuplicateAccountCode() {
  const value = settings();
  value.chartOfAccounts.accounts.push({ code: '1200', name: 'Old receivables', type: 'asset' });
  return value;
}

export const badSettings: BadInput[] = [
  {
    name: 'no company name',
    input: withAt(settings(), 'company.name', ''),
    path: 'company.name',
    mentions: /company's name/,
  },
  {
    name: 'IBAN with a typing error',
    input: withAt(settings(), `${bank}.0.iban`, 'DE89 3704 0044 0532 0130 01'),
    path: `${bank}.0.iban`,
    mentions: /^This IBAN's check digits are wrong; check for a typing error\.$/,
  },
  {
    name: 'IBAN too short',
    input: withAt(settings(), `${bank}.0.iban`, 'DE89 3704'),
    path: `${bank}.0.iban`,
    mentions: /IBAN has 15 to 34 characters/,
  },
  {
    name: 'BIC of 6 characters',
    input: withAt(settings(), `${bank}.0.bic`, 'COBADE'),
    path: `${bank}.0.bic`,
    mentions: /BIC has 8 or 11/,
  },
  {
    name: 'two default bank accounts',
    input: withAt(settings(), `${bank}.1.isDefault`, true),
    path: `${bank}.1.isDefault`,
    mentions: /Only one bank account can be the default/,
  },
  {
    name: 'logo above 1 MB',
    input: withAt(settings(), 'company.logo.dataBase64', 'iVBORw0KGgo' + 'A'.repeat(1_400_001)),
    path: 'company.logo.dataBase64',
    mentions: /logo is larger than 1 MB/,
  },
  {
    name: 'JPEG data labelled PNG',
    input: withAt(settings(), 'company.logo.dataBase64', '/9j/4AAQSkZJRg=='),
    path: 'company.logo.dataBase64',
    mentions: /logo file is not a PNG image/,
  },
  {
    name: 'GIF logo',
    input: withAt(settings(), 'company.logo.mimeType', 'image/gif'),
    path: 'company.logo.mimeType',
    mentions: /logo must be a PNG or JPEG/,
  },
  {
    name: 'yearly series without the year',
    input: withAt(settings(), 'numberSeries.0.pattern', 'INV-{SEQ:4}'),
    path: 'numberSeries.0.pattern',
    mentions: /pattern/,
  },
  {
    name: 'pattern without the counter',
    input: withAt(settings(), 'numberSeries.0.pattern', 'INV-{YYYY}'),
    path: 'numberSeries.0.pattern',
    mentions: /number pattern must contain the counter/,
  },
  {
    name: 'no credit-note series',
    input: withoutCreditNoteSeries(),
    path: 'numberSeries',
    mentions: /number series for credit notes/,
  },
  {
    name: 'two series with one id',
    input: withAt(settings(), 'numberSeries.1.id', 'invoice'),
    path: 'numberSeries.1.id',
    mentions: /number series share one id/,
  },
  {
    name: 'bank role names an unknown account',
    input: withAt(settings(), 'chartOfAccounts.roles.bank', '9999'),
    path: 'chartOfAccounts.roles.bank',
    mentions: /role "Bank" names account 9999/,
  },
  {
    name: 'two accounts with one code',
    input: withDuplicateAccountCode(),
    path: 'chartOfAccounts.accounts.12.code',
    mentions: /code 1200 is used by/,
  },
  {
    name: 'small business without its note',
    input: withAt(settings(), 'vatMode', { kind: 'smallBusinessExempt', note: '' }),
    path: 'vatMode.note',
    mentions: /exemption note/,
  },
  {
    name: 'unknown default currency',
    input: withAt(settings(), 'defaultCurrency', 'Euro'),
    path: 'defaultCurrency',
    mentions: /Default currency must be a three-letter currency code/,
  },
  {
    name: 'locale as a word',
    input: withAt(settings(), 'locale', 'German'),
    path: 'locale',
    mentions: /Locale must be a language code/,
  },
  {
    name: 'website with spaces',
    input: withAt(settings(), 'company.website', 'my site'),
    path: 'company.website',
    mentions: /website as a web address/,
  },
  {
    name: 'creditor ID with wrong check digits',
    input: withAt(settings(), 'company.sepaCreditorId', 'DE97ZZZ09999999999'),
    path: 'company.sepaCreditorId',
    mentions: /SEPA creditor ID's check digits are wrong/,
  },
  {
    name: 'company e-mail without domain',
    input: withAt(settings(), 'company.email', 'jane@'),
    path: 'company.email',
    mentions: /e-mail address like name@example\.com/,
  },
];
