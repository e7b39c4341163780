import { useMemo } from 'react';
import { dayOf, monthOf, yearOf, type IsoDate } from '../../shared/dates/isoDate';
import { minorUnitExponent, type CurrencyCode } from '../../shared/money/currencies';
import { fractionDigits, type DecimalString } from '../../shared/money/decimal';
import { formatDecimal, formatMoney, type FormatDecimalOptions } from '../../shared/money/format';
import type { Minor } from '../../shared/money/minor';
import { useSettings } from './useSettings';

/** The locale used before the settings have loaded or when none is set up yet. */
export const FALLBACK_LOCALE = 'en-GB';

export type Formatters = {
  locale: string;
  /** "1.234,50 €" in de-DE. */
  money: (amount: Minor, currency: CurrencyCode) => string;
  /**
   * A unit price (a decimal string, maybe with more decimals than the currency) with its
   * currency: "12,50 €", "0,0125 €"; at least the currency's decimals, never rounded.
   */
  price: (value: DecimalString, currency: CurrencyCode) => string;
  /** A quantity, price or rate: "1.234,5" in de-DE. */
  decimal: (value: DecimalString, options?: FormatDecimalOptions) => string;
  /** "31.03.2026" in de-DE, "31/03/2026" in en-GB. */
  date: (date: IsoDate) => string;
};

/** Formatters bound to a locale; for code outside React (and tests) that knows its locale. */
export function formattersFor(locale: string): Formatters {
  // The date is built from its UTC parts and formatted in UTC, so no time zone or daylight
  // saving change can move it to the day before or after.
  const dates = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    numberingSystem: 'latn',
  });
  return {
    locale,
    money: (amount, currency) => formatMoney(amount, currency, locale),
    price: (value, currency) => {
      const digits = minorUnitExponent(currency);
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: Math.max(digits, fractionDigits(value)),
        numberingSystem: 'latn',
        // A decimal string is formatted digit for digit (Intl.NumberFormat v3), never as a float.
      }).format(value as Intl.StringNumericLiteral);
    },
    decimal: (value, options) => formatDecimal(value, locale, options),
    date: (date) => dates.format(utcDate(date)),
  };
}

function utcDate(date: IsoDate): Date {
  // Date.UTC would read the years 0–99 as 1900–1999; setUTCFullYear takes them as they are.
  const instant = new Date(Date.UTC(2000, 0, 1));
  instant.setUTCFullYear(yearOf(date), monthOf(date) - 1, dayOf(date));
  return instant;
}

/** Money, numbers and dates formatted in the locale of the business settings. */
export function useFormatters(): Formatters {
  const settings = useSettings();
  const locale = settings?.locale ?? FALLBACK_LOCALE;
  return useMemo(() => formattersFor(locale), [locale]);
}
