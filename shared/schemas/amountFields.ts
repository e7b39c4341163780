import { z } from 'zod';
import { isCurrencyCode } from '../money/currencies';
import { dec, fractionDigits, isDecimalString } from '../money/decimal';
import type { Minor } from '../money/minor';
import { isBlank, midSentence, typeMessages } from './fields';

/**
 * The largest amount a person may enter (payments, discounts, prepaid amounts): 10^12 minor
 * units, ten billion euros. Far above a sole trader's needs, and low enough that 500 lines
 * and 20 adjustments of such amounts still add up to a safe integer, so totals never throw.
 */
export const MAX_ENTERED_MINOR = 1_000_000_000_000;

/** A currency as its ISO 4217 code, e.g. "EUR". */
export function currencyField(label = 'Currency') {
  const wrong = `${label} must be a three-letter currency code like EUR or USD.`;
  return z.string(typeMessages(`Choose the ${midSentence(label)}.`, wrong)).refine(isCurrencyCode, {
    error: (issue) => (isBlank(issue.input) ? `Choose the ${midSentence(label)}.` : wrong),
  });
}

type MinorRule = 'any' | 'nonNegative' | 'positive';
type MinorOptions = { limit?: number; positiveMessage?: string };

function minorProblem(value: unknown, label: string, rule: MinorRule, options: MinorOptions) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return isBlank(value)
      ? `Enter the ${midSentence(label)}.`
      : `${label} must be an amount of money.`;
  }
  if (!Number.isInteger(value)) {
    return `${label} must be a whole number of the currency's smallest unit (such as cents).`;
  }
  if (Math.abs(value) > (options.limit ?? MAX_ENTERED_MINOR)) {
    return `${label} is larger than Invoicer can handle; check for extra digits.`;
  }
  if (rule === 'positive' && value <= 0)
    return options.positiveMessage ?? `${label} must be above zero.`;
  if (rule === 'nonNegative' && value < 0) return `${label} cannot be negative.`;
  return null;
}

/**
 * An amount in minor units (`Minor`). Amounts people enter are capped at MAX_ENTERED_MINOR;
 * computed figures (totals) pass `limit: Number.MAX_SAFE_INTEGER`.
 */
export function minorField(label: string, rule: MinorRule, options: MinorOptions = {}) {
  const problem = (value: unknown) => minorProblem(value, label, rule, options);
  return z.custom<Minor>((value) => problem(value) === null, {
    error: (issue) => problem(issue.input) ?? `${label} must be an amount of money.`,
  });
}

type DecimalRule = {
  label: string;
  /** How a valid value looks, for the message: "2 or 0.5". */
  example: string;
  maxDecimals: number;
  /** Smallest allowed value; `exclusive` makes it "above" rather than "at least". */
  min?: { value: string; exclusive?: boolean; message: string };
  /** Largest allowed value (inclusive). */
  max?: { value: string; message: string };
};

function decimalProblem(value: unknown, rule: DecimalRule): string | null {
  const { label, example, maxDecimals, min, max } = rule;
  if (isBlank(value)) return `Enter the ${midSentence(label)}, a number like ${example}.`;
  if (typeof value !== 'string' || !isDecimalString(value)) {
    return `${label} must be a number like ${example}.`;
  }
  if (fractionDigits(value) > maxDecimals) {
    return maxDecimals === 0
      ? `${label} must be a whole number.`
      : `${label} can have at most ${maxDecimals} decimals.`;
  }
  const number = dec(value);
  // A typed minus sign counts even on zero: "-0" is not a value a non-negative field takes.
  const belowMin =
    min &&
    (min.exclusive
      ? number.lessThanOrEqualTo(min.value)
      : number.lessThan(min.value) || (value.startsWith('-') && dec(min.value).isZero()));
  if (belowMin) return min.message;
  if (max && number.greaterThan(max.value)) return max.message;
  return null;
}

/** A decimal number stored as a plain string ("0.333"), with its decimals and range checked. */
export function decimalField(rule: DecimalRule) {
  return z
    .string({ error: (issue) => decimalProblem(issue.input, rule) ?? '' })
    .refine((value) => decimalProblem(value, rule) === null, {
      error: (issue) => decimalProblem(issue.input, rule) ?? '',
    });
}

// Quantities and prices above a billion are typing errors for a sole trader, and bounding
// them keeps every product of them far inside what Decimal and Minor can hold.
const BILLION = '999999999.999999';

/** A quantity, up to 6 decimals; negative for a discount or return line. */
export function quantityField(label = 'Quantity') {
  return decimalField({
    label,
    example: '2 or 0.5',
    maxDecimals: 6,
    min: { value: `-${BILLION}`, message: `${label} is too large; check for extra digits.` },
    max: { value: BILLION, message: `${label} is too large; check for extra digits.` },
  });
}

/** A net unit price, up to 6 decimals, never negative (EN 16931 BR-27). */
export function unitPriceField(label = 'Unit price') {
  return decimalField({
    label,
    example: '12.50',
    maxDecimals: 6,
    min: {
      value: '0',
      message: `${label} cannot be negative; for a discount line enter a negative quantity such as -1.`,
    },
    max: { value: BILLION, message: `${label} is too large; check for extra digits.` },
  });
}

/** The quantity a unit price is for ("per 100 pieces"), above zero. */
export function baseQuantityField(label = 'Price per quantity') {
  return decimalField({
    label,
    example: '1 or 100',
    maxDecimals: 6,
    min: { value: '0', exclusive: true, message: `${label} must be above zero, usually 1.` },
    max: { value: BILLION, message: `${label} is too large; check for extra digits.` },
  });
}

/** A percentage from 0 to 100 with up to 4 decimals, e.g. a discount. */
export function percentField(label = 'Percentage') {
  const range = `${label} must be between 0 and 100.`;
  return decimalField({
    label,
    example: '10 or 2.5',
    maxDecimals: 4,
    min: { value: '0', message: range },
    max: { value: '100', message: range },
  });
}

/** A VAT rate in percent, 0 to 99.99 with up to 2 decimals. */
export function vatRateField(label = 'VAT rate') {
  const range = `${label} must be between 0 and 99.99 %.`;
  return decimalField({
    label,
    example: '19 or 5.5',
    maxDecimals: 2,
    min: { value: '0', message: range },
    max: { value: '99.99', message: range },
  });
}
