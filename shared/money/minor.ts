import { minorUnitExponent, type CurrencyCode } from './currencies';
import { Decimal, type DecimalString, decimalToString, dec } from './decimal';

/**
 * An amount in the currency's minor unit (cents for EUR, yen for JPY, fils for KWD).
 * Always a safe integer; the brand keeps plain numbers, and so floats, out of money maths.
 */
export type Minor = number & { readonly __minor: unique symbol };

/** Brands an integer as a minor-unit amount; throws on a fraction or an unsafe integer. */
export function minor(value: number): Minor {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${value} is not a whole number of minor units`);
  }
  return (value === 0 ? 0 : value) as Minor; // normalise -0
}

export const ZERO = minor(0);

/** a + b */
export function addMinor(a: Minor, b: Minor): Minor {
  return minor(a + b);
}

/** a − b */
export function subtractMinor(a: Minor, b: Minor): Minor {
  return minor(a - b);
}

/** −a */
export function negateMinor(a: Minor): Minor {
  return minor(-a);
}

/** The sum of any number of amounts. */
export function sumMinor(amounts: Iterable<Minor>): Minor {
  let total = 0;
  for (const amount of amounts) total += amount;
  return minor(total);
}

/** The smaller of two amounts. */
export function minMinor(a: Minor, b: Minor): Minor {
  return a <= b ? a : b;
}

/** The larger of two amounts. */
export function maxMinor(a: Minor, b: Minor): Minor {
  return a >= b ? a : b;
}

/**
 * Rounds an exact decimal amount in major units (e.g. 12.345 EUR) to the currency's minor
 * unit, half away from zero. This is the only place money is ever rounded.
 */
export function roundToMinor(major: Decimal, currency: CurrencyCode): Minor {
  return roundMinorUnits(major.times(new Decimal(10).pow(minorUnitExponent(currency))));
}

/**
 * Rounds an exact amount already counted in minor units (e.g. 1234.5 cents) to a whole
 * minor unit, half away from zero. Percentages of Minor amounts round through here.
 */
export function roundMinorUnits(exactMinorUnits: Decimal): Minor {
  return minor(exactMinorUnits.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber());
}

/** A minor-unit amount as an exact decimal in major units (1234 cents → 12.34). */
export function minorToDecimal(amount: Minor, currency: CurrencyCode): Decimal {
  return dec(amount).dividedBy(new Decimal(10).pow(minorUnitExponent(currency)));
}

/** A minor-unit amount as a plain decimal string with all the currency's decimals ("12.30"). */
export function minorToDecimalString(amount: Minor, currency: CurrencyCode): DecimalString {
  return minorToDecimal(amount, currency).toFixed(minorUnitExponent(currency));
}

/**
 * Converts an exact decimal string in major units to minor units, refusing any value that
 * would need rounding (more decimals than the currency has).
 */
export function exactMinor(major: DecimalString, currency: CurrencyCode): Minor {
  const value = dec(major).times(new Decimal(10).pow(minorUnitExponent(currency)));
  if (!value.isInteger()) {
    throw new RangeError(`${major} has more decimals than ${currency} allows`);
  }
  return minor(value.toNumber());
}

export { decimalToString };
