import { DEFAULT_NUMBER_PATTERNS, defaultNumberSeries } from '../../../shared/numbering/series';
import type { DecimalString } from '../../../shared/money/decimal';
import type { Address } from '../../../shared/schemas/address';
import type { BusinessSettings, SellerVatModeRecord } from '../../../shared/schemas/settings';
import { OFFERED_LOCALES } from '../../components/fields/choices';
import { emptyAddress } from '../../components/fields/AddressFields';
import type { SetupInput } from '../../data/settingsRepository';

/** What the setup form holds while the user types. */
export type SetupDraft = {
  companyName: string;
  address: Address;
  /** Optional: an invoice needs the VAT ID or the tax number, which can also come later. */
  vatId: string;
  taxId: string;
  vatMode: SellerVatModeRecord;
  currency: string;
  locale: string;
  /** The counter of the first invoice number as a decimal string ('' when cleared). */
  firstInvoiceNumber: DecimalString;
};

// A sensible first guess from the computer's language; the user sees and can change it.
const CURRENCY_OF_REGION: Record<string, string> = {
  GB: 'GBP',
  US: 'USD',
  CH: 'CHF',
  SE: 'SEK',
  DK: 'DKK',
  NO: 'NOK',
  PL: 'PLN',
  CZ: 'CZK',
};

/** The locale of the computer if it is one we offer, else British English. */
export function guessLocale(languages: readonly string[]): string {
  const offered: readonly string[] = OFFERED_LOCALES;
  return languages.find((tag) => offered.includes(tag)) ?? 'en-GB';
}

/** The setup form's first values: the stored settings when setup is redone, else guesses. */
export function initialSetupDraft(
  settings: BusinessSettings | null,
  languages: readonly string[],
): SetupDraft {
  if (settings) {
    const invoices = settings.numberSeries.find((series) => series.documentKind === 'invoice');
    return {
      companyName: settings.company.name,
      address: settings.company.address,
      vatId: settings.company.vatId,
      taxId: settings.company.taxId,
      vatMode: settings.vatMode,
      currency: settings.defaultCurrency,
      locale: settings.locale,
      firstInvoiceNumber: String(invoices?.nextCounter ?? 1),
    };
  }
  const locale = guessLocale(languages);
  const region = locale.split('-')[1] ?? '';
  return {
    companyName: '',
    address: emptyAddress(region),
    vatId: '',
    taxId: '',
    vatMode: { kind: 'normal' },
    currency: CURRENCY_OF_REGION[region] ?? 'EUR',
    locale,
    firstInvoiceNumber: '1',
  };
}

/**
 * The request for completeSetup. A blank or non-whole first number is passed as NaN, so
 * the repository refuses it with its own message next to the field.
 */
export function setupInput(draft: SetupDraft): SetupInput {
  const counter = /^\d+$/.test(draft.firstInvoiceNumber) ? Number(draft.firstInvoiceNumber) : NaN;
  return {
    companyName: draft.companyName,
    address: draft.address,
    vatId: draft.vatId,
    taxId: draft.taxId,
    vatMode: draft.vatMode,
    currency: draft.currency,
    locale: draft.locale,
    firstInvoiceNumber: counter,
  };
}

/** The invoice series the first number will come from, for the live example. */
export function firstInvoiceSeries(settings: BusinessSettings | null, counter: number) {
  const stored = settings?.numberSeries.find((series) => series.documentKind === 'invoice');
  const series = stored ?? defaultNumberSeries().find((s) => s.documentKind === 'invoice');
  return {
    id: series?.id ?? 'invoice',
    documentKind: 'invoice' as const,
    pattern: series?.pattern ?? DEFAULT_NUMBER_PATTERNS.invoice,
    resetYearly: series?.resetYearly ?? true,
    nextCounter: counter,
    counterYear: null,
  };
}
