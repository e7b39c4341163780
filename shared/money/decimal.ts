import DecimalJs from 'decimal.js';

/**
 * The one decimal type of the domain. Precision is far above anything an invoice needs
 * (quantities, unit prices and rates multiply to at most a few dozen digits), so only the
 * explicit rounding to a minor unit ever loses digits.
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP, // decimal.js: ties go away from zero
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;

/** A decimal number written as a plain string ("12.5", "-0.333"), as stored in records. */
export type DecimalString = string;

const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** True when `value` is a plain decimal string: optional minus, digits, optional fraction. */
export function isDecimalString(value: string): boolean {
  return DECIMAL_STRING.test(value);
}

/** Parses a stored decimal string; throws on anything else (stored data is validated first). */
export function dec(value: DecimalString | number): Decimal {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`dec() takes integers only, got ${value}; pass a decimal string`);
    }
    return new Decimal(value);
  }
  if (!isDecimalString(value)) {
    throw new RangeError(`"${value}" is not a decimal number`);
  }
  return new Decimal(value);
}

/** The canonical string of a decimal: no exponent, no trailing zeros after the point. */
export function decimalToString(value: Decimal): DecimalString {
  const text = value.toFixed();
  return text === '-0' ? '0' : text;
}

/** Number of digits after the decimal point of a decimal string ("1.250" has 3). */
export function fractionDigits(value: DecimalString): number {
  const point = value.indexOf('.');
  return point === -1 ? 0 : value.length - point - 1;
}
