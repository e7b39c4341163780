import { err, ok, type Result } from '../result';
import {
  quoted,
  separatorHint,
  syntaxError,
  type AmountParseError,
  type MessageContext,
} from './amountParseError';
import { readDigits, splitAmountText } from './amountSyntax';
import { minorUnitExponent, type CurrencyCode } from './currencies';
import { matchCurrencyAffix } from './currencyAffix';
import type { DecimalString } from './decimal';
import { formatDecimal, formatMoney } from './format';
import { localeSeparators } from './localeSeparators';
import { minor, type Minor } from './minor';

export type { AmountParseError, AmountParseErrorCode } from './amountParseError';

/** Where and in what currency an amount is typed; negatives are allowed unless refused. */
export type ParseMoneyOptions = { locale: string; currency: CurrencyCode; allowNegative?: boolean };

/** Where a decimal is typed and how many decimals it may have; negatives only when allowed. */
export type ParseDecimalOptions = {
  locale: string;
  maxFractionDigits: number;
  allowNegative?: boolean;
};

/** Quantities, unit prices and rates stay below 10^15, far inside the decimal precision. */
export const MAX_DECIMAL_INTEGER_DIGITS = 15;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads an amount typed in `locale` ("1.234,56 €" in de-DE) as minor units of `currency`.
 * Strict: refuses anything that could be read two ways rather than guessing.
 */
export function parseMoney(
  input: string,
  options: ParseMoneyOptions,
): Result<Minor, AmountParseError> {
  const { locale, currency, allowNegative = true } = options;
  const exponent = minorUnitExponent(currency);
  const separators = localeSeparators(locale, currency);
  const context = (): MessageContext => {
    const amount = (integer: string): Minor => minor(Number(integer + '56789'.slice(0, exponent)));
    return {
      input,
      locale,
      separators,
      emptyPrompt: 'Enter an amount',
      example: formatMoney(amount('1234'), currency, locale),
      negativeExample: formatMoney(minor(-amount('1234')), currency, locale),
      separatorExample: formatMoney(amount('1234567'), currency, locale),
    };
  };
  const fail = (code: AmountParseError['code'], message: (c: MessageContext) => string) =>
    err({ code, message: message(context()) });

  const split = splitAmountText(input, separators);
  if (!split.ok) return err(syntaxError(split.error, context()));
  const text = split.value;
  // The currency comes first: "$1.234,56" in a EUR field is wrong before its separators are.
  if (text.prefix !== '' && text.suffix !== '') return err(syntaxError('NOT_A_NUMBER', context()));
  const affix = text.prefix || text.suffix;
  if (affix !== '') {
    const match = matchCurrencyAffix(affix, currency, locale);
    if (match === 'OTHER_CURRENCY') {
      return fail(
        'WRONG_CURRENCY',
        (c) =>
          `${quoted(input)} is in another currency, but this amount is in ${currency}. ` +
          `Remove '${affix}' or enter the amount in ${currency}, e.g. ${c.example}.`,
      );
    }
    if (match === 'NOT_A_CURRENCY') return err(syntaxError('NOT_A_NUMBER', context()));
  }
  const read = readDigits(text.number, separators);
  if (!read.ok) return err(syntaxError(read.error, context()));
  const digits = read.value;
  if (digits.fraction.length > exponent) {
    return fail(
      'TOO_MANY_DECIMALS',
      (c) =>
        `${decimalsAllowed(currency, exponent)}, but ${quoted(input)} has ` +
        `${digits.fraction.length}. ${separatorHint(c)}`,
    );
  }
  const magnitude = withoutLeadingZeros(digits.integer + digits.fraction.padEnd(exponent, '0'));
  if (text.negative && magnitude !== '0' && !allowNegative) {
    return fail(
      'NEGATIVE_NOT_ALLOWED',
      (c) => `${quoted(input)} is negative. Enter zero or more, e.g. ${c.example}.`,
    );
  }
  if (BigInt(magnitude) > MAX_SAFE) {
    const largest = formatMoney(minor(Number.MAX_SAFE_INTEGER), currency, locale);
    return fail('TOO_LARGE', () => `${quoted(input)} is too large. Amounts go up to ${largest}.`);
  }
  return ok(minor(Number(text.negative ? `-${magnitude}` : magnitude)));
}

function decimalsAllowed(currency: CurrencyCode, exponent: number): string {
  if (exponent === 0) return `${currency} amounts have no decimals`;
  const unit = exponent === 1 ? 'decimal' : 'decimals';
  return `${currency} amounts have at most ${exponent} ${unit}`;
}

/**
 * Reads a quantity, unit price or rate typed in `locale` as a canonical decimal string
 * ("1.234,5" in de-DE gives "1234.5"). Refuses more than maxFractionDigits decimals, more
 * than 15 digits before the decimal separator, and negatives unless allowNegative is true.
 */
export function parseDecimal(
  input: string,
  options: ParseDecimalOptions,
): Result<DecimalString, AmountParseError> {
  const { locale, maxFractionDigits, allowNegative = false } = options;
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0) {
    throw new RangeError(`maxFractionDigits must be a whole number, got ${maxFractionDigits}`);
  }
  const separators = localeSeparators(locale);
  const context = (): MessageContext => {
    const decimals = '56789'.slice(0, Math.min(maxFractionDigits, 2));
    const example = (integer: string): DecimalString =>
      decimals ? `${integer}.${decimals}` : integer;
    return {
      input,
      locale,
      separators,
      emptyPrompt: 'Enter a number',
      example: formatDecimal(example('1234'), locale),
      negativeExample: formatDecimal(`-${example('1234')}`, locale),
      separatorExample: formatDecimal(example('1234567'), locale),
    };
  };
  const fail = (code: AmountParseError['code'], message: (c: MessageContext) => string) =>
    err({ code, message: message(context()) });

  const split = splitAmountText(input, separators);
  if (!split.ok) return err(syntaxError(split.error, context()));
  const text = split.value;
  if (text.prefix !== '' || text.suffix !== '') return err(syntaxError('NOT_A_NUMBER', context()));
  const read = readDigits(text.number, separators);
  if (!read.ok) return err(syntaxError(read.error, context()));
  const digits = read.value;
  if (digits.fraction.length > maxFractionDigits) {
    const typed = quoted(input);
    return fail('TOO_MANY_DECIMALS', (c) =>
      maxFractionDigits === 0
        ? `${typed} has decimals, but only whole numbers are allowed here, e.g. ${c.example}.`
        : `${typed} has ${digits.fraction.length} decimals, but at most ${maxFractionDigits} ` +
          `are allowed here. ${separatorHint(c)}`,
    );
  }
  const integer = withoutLeadingZeros(digits.integer);
  if (integer.length > MAX_DECIMAL_INTEGER_DIGITS) {
    const limit = `${MAX_DECIMAL_INTEGER_DIGITS} digits before the decimal separator`;
    return fail('TOO_LARGE', () => `${quoted(input)} is too large. Use at most ${limit}.`);
  }
  const fraction = digits.fraction.replace(/0+$/, '');
  const isZero = integer === '0' && fraction === '';
  if (text.negative && !isZero && !allowNegative) {
    return fail(
      'NEGATIVE_NOT_ALLOWED',
      (c) => `${quoted(input)} is negative. Enter zero or more, e.g. ${c.example}.`,
    );
  }
  const sign = text.negative && !isZero ? '-' : '';
  return ok(fraction === '' ? `${sign}${integer}` : `${sign}${integer}.${fraction}`);
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+/, '') || '0';
}
