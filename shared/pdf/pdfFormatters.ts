import { dayOf, monthOf, yearOf, type IsoDate } from '../dates/isoDate';
import { minorUnitExponent, type CurrencyCode } from '../money/currencies';
import { dec, fractionDigits, type DecimalString } from '../money/decimal';
import { formatAmount, formatDecimal, formatMoney } from '../money/format';
import type { Minor } from '../money/minor';

// Money, numbers, dates and countries as one document prints them: in the locale of the
// business settings and the document's currency. Money goes through shared/money/format,
// which formats decimal strings digit for digit, never floats.

/** Formatters bound to a locale, a currency and the language of country names. */
export type PdfFormatters = {
  /** "1.234,50 €" in de-DE. */
  money: (amount: Minor) => string;
  /** "1.234,50": a table amount, whose currency the column header names. */
  amount: (amount: Minor) => string;
  /** A unit price: at least the currency's decimals, and every further one it has. */
  price: (value: DecimalString) => string;
  /** A quantity: every significant decimal, "2,5" in de-DE. */
  decimal: (value: DecimalString) => string;
  /** A rate given in percent ("19" → "19 %" in de-DE, "19%" in en-GB). */
  percent: (value: DecimalString) => string;
  /** "31.03.2026" in de-DE, "31/03/2026" in en-GB. */
  date: (date: string) => string;
  /** The country's name in the labels' language ('DE' → 'Germany'), else its code. */
  country: (code: string) => string;
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();
const regionNames = new Map<string, Intl.DisplayNames | null>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function formatDate(date: string, locale: string): string {
  const format = cached(
    dateFormats,
    locale,
    () =>
      // Formatted in UTC from the date's own parts, so no time zone can move it by a day.
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        numberingSystem: 'latn',
      }),
  );
  const iso = date as IsoDate;
  const instant = new Date(Date.UTC(2000, 0, 1));
  instant.setUTCFullYear(yearOf(iso), monthOf(iso) - 1, dayOf(iso));
  return format.format(instant);
}

function formatPercent(value: DecimalString, locale: string): string {
  const format = cached(
    percentFormats,
    locale,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 20,
        numberingSystem: 'latn',
      }),
  );
  // A decimal string is formatted exactly (Intl.NumberFormat v3), so 5.5 % stays 5.5 %.
  return format.format(dec(value).dividedBy(100).toFixed() as Intl.StringNumericLiteral);
}

function countryName(code: string, language: string): string {
  const names = cached(regionNames, language, () => {
    try {
      return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The formatters of one document. */
export function pdfFormatters(
  locale: string,
  currency: CurrencyCode,
  language: string,
): PdfFormatters {
  const digits = minorUnitExponent(currency);
  return {
    money: (amount) => formatMoney(amount, currency, locale),
    amount: (amount) => formatAmount(amount, currency, locale),
    price: (value) =>
      formatDecimal(value, locale, {
        minFractionDigits: Math.max(digits, fractionDigits(value)),
      }),
    decimal: (value) => formatDecimal(value, locale),
    percent: (value) => formatPercent(value, locale),
    date: (date) => formatDate(date, locale),
    country: (code) => countryName(code, language),
  };
}

/** An IBAN in groups of four for reading: "DE89 3704 0044 0532 0130 00". */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .replace(/(.{4})(?=.)/g, '$1 ')
    .toUpperCase();
}
