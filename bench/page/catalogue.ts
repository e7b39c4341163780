import type { CustomerClassInput, CustomerInput } from '../../renderer/data/customersRepository';
import type { ProductInput } from '../../renderer/data/productsRepository';
import type { SetupInput } from '../../renderer/data/settingsRepository';
import type { CompanyProfile } from '../../shared/schemas/companyProfile';
import {
  ABROAD,
  EXEMPTION_REASON,
  GERMAN_FIRST_NAMES,
  GERMANY,
  PRODUCT_KINDS,
  PRODUCT_QUALIFIERS,
  type ProductKind,
  type Region,
} from './catalogueNames';
import type { Random } from './random';

// The trader, customer classes, customers and products of the benchmark database, as the
// inputs of the app's own repositories (completeSetup, saveCustomer, saveProduct).

/** The first-run setup of the benchmark's trader. */
export const BENCH_SETUP: SetupInput = {
  companyName: 'Nordwind Handel & Service GmbH',
  address: { line1: 'Torstraße 101', postalCode: '10119', city: 'Berlin', country: 'DE' },
  vatMode: { kind: 'normal' },
  currency: 'EUR',
  locale: 'de-DE',
  firstInvoiceNumber: 1,
  vatId: 'DE123456789',
  taxId: '30/123/45678',
};

/** What the settings add to the setup: contact details, bank account, SEPA creditor ID. */
export function benchCompany(company: CompanyProfile): CompanyProfile {
  return {
    ...company,
    email: 'rechnung@nordwind.example',
    phone: '+49 30 1234567',
    website: 'www.nordwind.example',
    sepaCreditorId: 'DE98ZZZ09999999999',
    bankAccounts: [
      {
        id: 'bench-bank',
        label: 'Geschäftskonto',
        iban: 'DE89370400440532013000',
        bic: 'COBADEFFXXX',
        bankName: 'Commerzbank',
        isDefault: true,
      },
    ],
  };
}

const inherit = { currency: null, language: null, defaultPaymentMethod: null };

/** Three classes with their own payment terms. */
export const BENCH_CLASSES: CustomerClassInput[] = [
  { ...inherit, name: 'Agenturen', paymentTerms: { kind: 'net', days: 30 } },
  { ...inherit, name: 'Einzelhandel', paymentTerms: { kind: 'endOfMonth', days: 10 } },
  { ...inherit, name: 'Großkunden', paymentTerms: { kind: 'net', days: 45 } },
];

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.int(0, 9)).join('');
}

function regionOf(random: Random): { region: Region; business: boolean } {
  const roll = random.next();
  if (roll < 0.6) return { region: GERMANY, business: true };
  if (roll < 0.75) return { region: GERMANY, business: false };
  return { region: random.pick(ABROAD), business: true };
}

/**
 * `count` customers: 60 % German businesses, 15 % German private persons, the rest EU
 * businesses (reverse charge) and customers outside the EU (export, own currency); some in
 * a class, some with their own terms, a tenth of the German ones paying by direct debit.
 */
export function customerInputs(random: Random, count: number, classIds: string[]) {
  const customers: CustomerInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const { region, business } = regionOf(random);
    const surname = random.pick(region.surnames);
    const name = business
      ? random.chance(0.5)
        ? `${surname} ${random.pick(region.trades)} ${random.pick(region.forms)}`
        : `${random.pick(region.trades)} ${surname} ${random.pick(region.forms)}`
      : `${random.pick(GERMAN_FIRST_NAMES)} ${surname}`;
    const { postalCode, city } = random.pick(region.cities);
    const directDebit = region === GERMANY && random.chance(0.1);
    const vatId =
      business && region.vatPrefix !== null
        ? `${region.vatPrefix}${digits(random, region.vatDigits)}`
        : '';
    customers.push({
      name,
      classId: business && random.chance(0.4) ? random.pick(classIds) : null,
      billingAddress: {
        line1: `${region.street} ${random.int(1, 180)}`,
        postalCode,
        city,
        country: region.country,
      },
      deliveryAddress: null,
      contacts: [],
      email: `buchhaltung${index}@kunde${index}.example`,
      phone: `+49 30 ${digits(random, 7)}`,
      vatId,
      taxId: '',
      paymentTerms: random.chance(0.2) ? { kind: 'net', days: random.pick([7, 10, 21]) } : null,
      currency: region.currency,
      language: region.language,
      defaultPaymentMethod: directDebit ? 'directDebit' : null,
      vatTreatment:
        region.market === 'eu' ? 'reverseCharge' : region.market === 'export' ? 'export' : null,
      directDebit: directDebit
        ? { mandateId: `NW-MANDAT-${String(index).padStart(5, '0')}`, mandateDate: '2015-01-02' }
        : null,
      notes: '',
    });
  }
  return customers;
}

function price(random: Random, kind: ProductKind): string {
  const cents = random.int(Math.round(kind.minPrice * 100), Math.round(kind.maxPrice * 100));
  return (cents / 100).toFixed(2);
}

const VAT_OF = {
  standard: { vatCategory: 'standard', vatRate: '19' },
  reduced: { vatCategory: 'standard', vatRate: '7' },
  zeroRated: { vatCategory: 'zeroRated', vatRate: '0' },
  exempt: { vatCategory: 'exempt', vatRate: '0', exemptionReason: EXEMPTION_REASON },
} as const;

/** `count` products over the kinds of PRODUCT_KINDS: 19 %, 7 %, zero-rated and exempt. */
export function productInputs(random: Random, count: number): ProductInput[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = PRODUCT_KINDS[index % PRODUCT_KINDS.length]!;
    const qualifier = PRODUCT_QUALIFIERS[Math.floor(index / PRODUCT_KINDS.length)] ?? 'Extra';
    return {
      sku: `NW-${String(index + 1).padStart(4, '0')}`,
      name: `${kind.name} ${qualifier}`,
      description: random.chance(0.3) ? `${kind.name} in der Ausführung ${qualifier}` : '',
      unit: kind.unit,
      unitPrice: price(random, kind),
      ...VAT_OF[kind.vat],
      // Some products book to the other revenue account, so the journal has two.
      revenueAccount: random.chance(0.15) ? '4100' : null,
    };
  });
}
