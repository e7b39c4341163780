// Valid records of every entity, built fresh on each call so a test may change one freely.
// The schema tests start from these, and so will the UI's bad-input tests: import every
// builder from here.
import { isoDate } from '../../../../shared/dates/isoDate';
import { INHERIT_ALL_MAILING_SETTINGS } from '../../../../shared/mail/mailingSettings';
import { minor } from '../../../../shared/money/minor';
import type { Customer, CustomerClass } from '../../../../shared/schemas/customer';
import type { Payment } from '../../../../shared/schemas/payment';
import type { Product } from '../../../../shared/schemas/product';
import { CREATED, EUR, exampleAddress } from './exampleBasics';

export { exampleAddress, TINY_PNG_BASE64, withAt } from './exampleBasics';
export {
  exampleCreditNote,
  exampleDraftInvoice,
  exampleLine,
  examplePostedInvoice,
  exampleQuote,
  exampleSentQuote,
  postedSnapshotFor,
} from './documentExamples';
export { exampleCompanyProfile, exampleSettings } from './settingsExamples';

export function exampleCustomer(): Customer {
  return {
    id: 'cust-1',
    name: 'Acme Ltd',
    classId: 'class-1',
    billingAddress: exampleAddress(),
    deliveryAddress: null,
    contacts: [
      {
        id: 'contact-1',
        name: 'Jane Doe',
        email: 'jane@acme.example',
        phone: '+49 30 1234567',
        roles: ['invoicing', 'dunning'],
      },
    ],
    email: 'office@acme.example',
    phone: '',
    vatId: 'DE123456789',
    taxId: '',
    currency: null,
    paymentTerms: { kind: 'net', days: 14 },
    language: 'de-DE',
    defaultPaymentMethod: 'directDebit',
    vatTreatment: null,
    mailing: { ...INHERIT_ALL_MAILING_SETTINGS },
    directDebit: { mandateId: 'ACME-2026-01', mandateDate: isoDate('2026-01-15') },
    notes: '',
    archived: false,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

export function exampleCustomerClass(): CustomerClass {
  return {
    id: 'class-1',
    name: 'Wholesale',
    paymentTerms: { kind: 'endOfMonth', days: 30 },
    currency: EUR,
    language: null,
    defaultPaymentMethod: 'bankTransfer',
    vatTreatment: 'domestic',
    mailing: { ...INHERIT_ALL_MAILING_SETTINGS, sendByEmail: true },
  };
}

export function exampleProduct(): Product {
  return {
    id: 'prod-1',
    sku: 'CONS-01',
    name: 'Consulting',
    description: 'Consulting by the hour',
    unit: 'HUR',
    unitPrice: '90.00',
    vatCategory: 'standard',
    vatRate: '19',
    revenueAccount: '4000',
    archived: false,
    createdAt: CREATED,
    updatedAt: CREATED,
  };
}

export function examplePayment(): Payment {
  return {
    id: 'pay-1',
    invoiceId: 'doc-1',
    customerId: 'cust-1',
    kind: 'payment',
    amount: minor(12000),
    excessAsCredit: minor(0),
    currency: EUR,
    date: isoDate('2026-03-18'),
    method: 'bankTransfer',
    reference: 'INV-2026-0001',
    note: '',
    reversesPaymentId: null,
    createdAt: CREATED,
  };
}
