// ISO 4217 minor-unit exponents. Every active code not listed here uses 2 decimals;
// this table lists only the exceptions, as the standard's own table does.
const ZERO_DECIMAL = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
] as const;
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'] as const;
const FOUR_DECIMAL = ['CLF', 'UYW'] as const;

const exponentByCode = new Map<string, number>([
  ...ZERO_DECIMAL.map((code) => [code, 0] as const),
  ...THREE_DECIMAL.map((code) => [code, 3] as const),
  ...FOUR_DECIMAL.map((code) => [code, 4] as const),
]);

/** An ISO 4217 alphabetic currency code such as "EUR". */
export type CurrencyCode = string & { readonly __currency: unique symbol };

const CODE_PATTERN = /^[A-Z]{3}$/;

/** True when `code` has the shape of an ISO 4217 code (three upper-case letters). */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return CODE_PATTERN.test(code);
}

/** Narrows a string to a currency code, throwing on a malformed one (programming error). */
export function currencyCode(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) {
    throw new RangeError(`"${code}" is not an ISO 4217 currency code (three capital letters)`);
  }
  return code;
}

/** The number of decimals of the currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function minorUnitExponent(currency: CurrencyCode): number {
  return exponentByCode.get(currency) ?? 2;
}

/** Currencies offered first in pickers; any valid ISO code is accepted. */
export const COMMON_CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'TRY',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'KWD',
] as const;
