// Tables of bad input per entity: what goes wrong, the field (dotted path) whose message
// must say so, and a word the message must contain. The schema tests run them; the UI's
// form tests can run the same rows and look for each message next to its field.
import { exampleCustomer, exampleProduct, withAt } from './examples';

export type BadInput = {
  /** What is wrong, as a test name. */
  name: string;
  input: unknown;
  /** The one field the message belongs to. */
  path: string;
  /** What the message must mention: the field, in words a person reads. */
  mentions: RegExp;
};

const customer = exampleCustomer;

export const badCustomers: BadInput[] = [
  {
    name: 'blank name',
    input: withAt(customer(), 'name', '   '),
    path: 'name',
    mentions: /customer's name/,
  },
  {
    name: 'name as a number',
    input: withAt(customer(), 'name', 42),
    path: 'name',
    mentions: /name/i,
  },
  {
    name: 'name too long',
    input: withAt(customer(), 'name', 'x'.repeat(201)),
    path: 'name',
    mentions: /name.*200/i,
  },
  {
    name: 'malformed e-mail',
    input: withAt(customer(), 'email', 'office(at)acme'),
    path: 'email',
    mentions: /e-mail address like name@example\.com/,
  },
  {
    name: 'unknown country',
    input: withAt(customer(), 'billingAddress.country', 'XY'),
    path: 'billingAddress.country',
    mentions: /country code/i,
  },
  {
    name: 'no town',
    input: withAt(customer(), 'billingAddress.city', ''),
    path: 'billingAddress.city',
    mentions: /town or city/,
  },
  {
    name: 'no street',
    input: withAt(customer(), 'billingAddress.line1', ' '),
    path: 'billingAddress.line1',
    mentions: /street/,
  },
  {
    name: 'invoicing contact without e-mail',
    input: withAt(customer(), 'contacts.0.email', ''),
    path: 'contacts.0.email',
    mentions: /e-mail address; invoices are sent to it/,
  },
  {
    name: 'unknown contact role',
    input: withAt(customer(), 'contacts.0.roles', ['invoicing', 'boss']),
    path: 'contacts.0.roles.1',
    mentions: /contact receives/,
  },
  {
    name: 'VAT ID without country prefix',
    input: withAt(customer(), 'vatId', '123456789'),
    path: 'vatId',
    mentions: /VAT ID.*DE123456789/,
  },
  {
    name: 'currency as a word',
    input: withAt(customer(), 'currency', 'euro'),
    path: 'currency',
    mentions: /currency code like EUR/,
  },
  {
    name: 'payment terms of 400 days',
    input: withAt(customer(), 'paymentTerms.days', 400),
    path: 'paymentTerms.days',
    mentions: /payment period/,
  },
  {
    name: 'impossible mandate date',
    input: withAt(customer(), 'directDebit.mandateDate', '2026-02-30'),
    path: 'directDebit.mandateDate',
    mentions: /mandate date 2026-02-30 does not exist/,
  },
  {
    name: 'direct debit without a mandate',
    input: withAt(customer(), 'directDebit', null),
    path: 'directDebit',
    mentions: /mandate reference/,
  },
  {
    name: 'language as a word',
    input: withAt(customer(), 'language', 'German'),
    path: 'language',
    mentions: /Language must be a language code/,
  },
  {
    name: 'phone with letters',
    input: withAt(customer(), 'phone', 'call me'),
    path: 'phone',
    mentions: /phone number/,
  },
];

const product = exampleProduct;

export const badProducts: BadInput[] = [
  { name: 'no SKU', input: withAt(product(), 'sku', ''), path: 'sku', mentions: /item ID \(SKU\)/ },
  {
    name: 'SKU too long',
    input: withAt(product(), 'sku', 'S'.repeat(65)),
    path: 'sku',
    mentions: /Item ID \(SKU\).*64/,
  },
  {
    name: 'no name',
    input: withAt(product(), 'name', ''),
    path: 'name',
    mentions: /product's name/,
  },
  { name: 'unknown unit', input: withAt(product(), 'unit', 'box'), path: 'unit', mentions: /unit/ },
  {
    name: 'negative price',
    input: withAt(product(), 'unitPrice', '-5'),
    path: 'unitPrice',
    mentions: /Unit price cannot be negative/,
  },
  {
    name: 'price with a decimal comma',
    input: withAt(product(), 'unitPrice', '12,50'),
    path: 'unitPrice',
    mentions: /Unit price must be a number like 12\.50/,
  },
  {
    name: 'price as a JSON number',
    input: withAt(product(), 'unitPrice', 12.5),
    path: 'unitPrice',
    mentions: /Unit price must be a number/,
  },
  {
    name: 'price with 7 decimals',
    input: withAt(product(), 'unitPrice', '1.1234567'),
    path: 'unitPrice',
    mentions: /Unit price can have at most 6 decimals/,
  },
  {
    name: 'standard rate at 0 %',
    input: withAt(product(), 'vatRate', '0'),
    path: 'vatRate',
    mentions: /VAT rate above 0 %/,
  },
  {
    name: 'VAT rate of 100 %',
    input: withAt(product(), 'vatRate', '100'),
    path: 'vatRate',
    mentions: /VAT rate must be between 0 and 99\.99/,
  },
  {
    name: 'unknown VAT category',
    input: withAt(product(), 'vatCategory', 'reduced'),
    path: 'vatCategory',
    mentions: /VAT category/,
  },
  {
    name: 'exempt without a reason',
    input: { ...product(), vatCategory: 'exempt', vatRate: '0' },
    path: 'exemptionReason',
    mentions: /reason for the exemption/,
  },
  {
    name: 'zero-rated at 7 %',
    input: { ...product(), vatCategory: 'zeroRated', vatRate: '7' },
    path: 'vatRate',
    mentions: /set the rate to 0 %/,
  },
  {
    name: 'empty revenue account',
    input: withAt(product(), 'revenueAccount', ''),
    path: 'revenueAccount',
    mentions: /revenue account/,
  },
];
