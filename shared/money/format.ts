import { minorUnitExponent, type CurrencyCode } from './currencies';
import { Decimal, dec, decimalToString, fractionDigits, type DecimalString } from './decimal';
import { minorToDecimalString, type Minor } from './minor';

// Intl.NumberFormat (ES2023, "NumberFormat v3") formats a numeric string exactly, digit for
// digit, so amounts go to it as decimal strings and never as floats: 9007199254740991 cents
// is 90071992547409.91, which no double holds.
// numberingSystem 'latn' everywhere: the parser reads only ASCII digits, and even a user of
// an Arabic or Persian locale types Latin digits in this app, so what we show must use them.

/** Most fraction digits Intl.NumberFormat accepts in Node 20 (ES2023 allows 100, V8 here 20). */
const INTL_MAX_FRACTION_DIGITS = 20;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { ...options, numberingSystem: 'latn' });
    formatters.set(key, cached);
  }
  return cached;
}

// The lib typing only admits template-literal numerals; a DecimalString is one by contract.
function exactly(value: DecimalString): Intl.StringNumericLiteral {
  return value as Intl.StringNumericLiteral;
}

function moneyFormatter(currency: CurrencyCode, locale: string): Intl.NumberFormat {
  const digits = minorUnitExponent(currency);
  return formatter(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** An amount with its currency, in the locale's style, with all the currency's decimals. */
export function formatMoney(amount: Minor, currency: CurrencyCode, locale: string): string {
  return moneyFormatter(currency, locale).format(exactly(minorToDecimalString(amount, currency)));
}

/** An amount as formatMoney writes it, without the currency symbol ("1.234,50" in de-DE). */
export function formatAmount(amount: Minor, currency: CurrencyCode, locale: string): string {
  // Cut from the currency format rather than formatted as a plain number: some locales write
  // amounts with other separators than numbers (fr-CH 1 234.50 € but 1 234,5), and an
  // amount must read the same with and without its symbol.
  return moneyFormatter(currency, locale)
    .formatToParts(exactly(minorToDecimalString(amount, currency)))
    .filter(
      (part) => part.type !== 'currency' && !(part.type === 'literal' && part.value.trim() === ''),
    )
    .map((part) => part.value)
    .join('')
    .trim();
}

/** Fraction digits wanted from formatDecimal: at least min (pads zeros), at most max (rounds). */
export type FormatDecimalOptions = { minFractionDigits?: number; maxFractionDigits?: number };

/**
 * A quantity, unit price or rate in the locale's style. Shows every significant decimal
 * unless maxFractionDigits asks for fewer (then rounds half away from zero, like money).
 */
export function formatDecimal(
  value: DecimalString,
  locale: string,
  options: FormatDecimalOptions = {},
): string {
  const { minFractionDigits = 0, maxFractionDigits } = options;
  checkDigitOption(minFractionDigits, 'minFractionDigits');
  if (maxFractionDigits !== undefined) {
    checkDigitOption(maxFractionDigits, 'maxFractionDigits');
    if (minFractionDigits > maxFractionDigits) {
      throw new RangeError(
        `minFractionDigits ${minFractionDigits} > maxFractionDigits ${maxFractionDigits}`,
      );
    }
  }
  let number = dec(value);
  if (maxFractionDigits !== undefined) {
    number = number.toDecimalPlaces(maxFractionDigits, Decimal.ROUND_HALF_UP);
  }
  // Rounding -0.001 to two places leaves -0; a sign on zero means nothing to a reader.
  if (number.isZero()) number = new Decimal(0);
  const shown = Math.max(fractionDigits(decimalToString(number)), minFractionDigits);
  // Decimal#toFixed (decimal.js): an exact decimal string, never a binary float.
  const text = number.toFixed(shown);
  if (shown <= INTL_MAX_FRACTION_DIGITS) {
    return decimalFormatter(locale, shown).format(exactly(text));
  }
  // Beyond what Intl accepts: let it lay out sign, groups and separator for the first 20
  // decimals (given exactly, so it rounds nothing), then put the full fraction in their place.
  const point = text.indexOf('.');
  const head = text.slice(0, point + 1 + INTL_MAX_FRACTION_DIGITS);
  return decimalFormatter(locale, INTL_MAX_FRACTION_DIGITS)
    .formatToParts(exactly(head))
    .map((part) => (part.type === 'fraction' ? text.slice(point + 1) : part.value))
    .join('');
}

function decimalFormatter(locale: string, digits: number): Intl.NumberFormat {
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function checkDigitOption(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new RangeError(`${name} must be a whole number from 0 to 100, got ${value}`);
  }
}
