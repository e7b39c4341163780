import type { DocumentKind } from '../../shared/numbering/series';
import type { CustomerInput } from './customersRepository';
import type { ProductInput } from './productsRepository';

// The demo company's customers and products: names in several scripts and countries, so a
// person exploring sees how addresses, VAT treatments and fonts come out.

type DemoCustomer = CustomerInput & { inAgencyClass: boolean };

const base = {
  deliveryAddress: null,
  contacts: [],
  paymentTerms: null,
  currency: null,
  language: null,
  defaultPaymentMethod: null,
  directDebit: null,
  notes: '',
};

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    ...base,
    name: 'Acme Handels GmbH',
    classId: null,
    inAgencyClass: false,
    billingAddress: {
      line1: 'Leopoldstraße 40',
      postalCode: '80802',
      city: 'München',
      country: 'DE',
    },
    email: 'rechnungen@acme-handel.example',
    vatId: 'DE111222333',
  },
  {
    ...base,
    name: 'Boulangerie Martin SARL',
    classId: null,
    inAgencyClass: false,
    billingAddress: { line1: '8 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
    email: 'compta@boulangerie-martin.example',
    vatId: 'FR40303265045',
    language: 'fr',
    // A business in another EU country: services to it are under the reverse charge.
    vatTreatment: 'reverseCharge',
  },
  {
    ...base,
    name: 'Κωνσταντίνος Παπαδόπουλος',
    classId: null,
    inAgencyClass: false,
    billingAddress: { line1: 'Οδός Ερμού 25', postalCode: '105 63', city: 'Αθήνα', country: 'GR' },
    email: 'k.papadopoulos@example.gr',
    vatId: 'EL123456789',
    language: 'el',
  },
  {
    ...base,
    name: 'Nordlicht Werbeagentur GmbH',
    classId: null,
    inAgencyClass: true,
    billingAddress: {
      line1: 'Speicherstadt 4',
      postalCode: '20457',
      city: 'Hamburg',
      country: 'DE',
    },
    email: 'buchhaltung@nordlicht.example',
    vatId: 'DE987654321',
    defaultPaymentMethod: 'directDebit',
    directDebit: { mandateId: 'NORD-2024-001', mandateDate: '2024-01-15' },
  },
  {
    ...base,
    name: 'Studio Rossi',
    classId: null,
    inAgencyClass: true,
    billingAddress: { line1: 'Via Roma 10', postalCode: '20121', city: 'Milano', country: 'IT' },
    email: 'amministrazione@studiorossi.example',
    vatId: 'IT12345678901',
    language: 'it',
  },
];

const product = {
  description: '',
  vatCategory: 'standard' as const,
  vatRate: '19',
  revenueAccount: null,
};

export const DEMO_PRODUCTS: ProductInput[] = [
  {
    ...product,
    sku: 'DES-LOGO',
    name: 'Logo design',
    unit: 'LS',
    unitPrice: '1200.00',
    description: 'Logo with three revisions and source files',
  },
  { ...product, sku: 'CONS-H', name: 'Design consulting', unit: 'HUR', unitPrice: '95.00' },
  { ...product, sku: 'WS-DAY', name: 'Brand workshop', unit: 'DAY', unitPrice: '850.00' },
  // Printed books carry the reduced rate in Germany: the demo shows two VAT rates.
  {
    ...product,
    sku: 'BOOK-BG',
    name: 'Brand guide (printed book)',
    unit: 'C62',
    unitPrice: '24.90',
    vatRate: '7',
  },
  { ...product, sku: 'WEB-MAINT', name: 'Website maintenance', unit: 'MON', unitPrice: '149.00' },
  { ...product, sku: 'PHOTO-LIC', name: 'Stock photo licence', unit: 'C62', unitPrice: '29.90' },
];

/** A demo document: whose, how many days before today, which products (by index) and how many. */
type DemoDocument = {
  kind: DocumentKind;
  customer: number;
  daysAgo: number;
  lines: { product: number; quantity: string }[];
  post: boolean;
};

// Oldest first, so the invoice numbers follow the issue dates.
export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    kind: 'invoice',
    customer: 3,
    daysAgo: 60,
    post: true,
    lines: [
      { product: 0, quantity: '1' },
      { product: 1, quantity: '6' },
    ],
  },
  {
    kind: 'invoice',
    customer: 0,
    daysAgo: 25,
    post: true,
    lines: [
      { product: 2, quantity: '2' },
      { product: 3, quantity: '20' },
    ],
  },
  // A French business customer: a service under the reverse charge (the customer's VAT
  // treatment), with its legal note.
  { kind: 'invoice', customer: 1, daysAgo: 10, post: true, lines: [{ product: 1, quantity: '8' }] },
  { kind: 'invoice', customer: 2, daysAgo: 3, post: true, lines: [{ product: 4, quantity: '3' }] },
  {
    kind: 'quote',
    customer: 2,
    daysAgo: 2,
    post: true,
    lines: [
      { product: 2, quantity: '1' },
      { product: 0, quantity: '1' },
    ],
  },
  {
    kind: 'invoice',
    customer: 4,
    daysAgo: 1,
    post: false,
    lines: [
      { product: 0, quantity: '1' },
      { product: 3, quantity: '10' },
    ],
  },
  { kind: 'invoice', customer: 0, daysAgo: 0, post: false, lines: [{ product: 1, quantity: '4' }] },
];
