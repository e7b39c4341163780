import type { CurrencyCode } from '../money/currencies';
import { dec, type DecimalString } from '../money/decimal';
import { minor, roundMinorUnits, roundToMinor, sumMinor, type Minor } from '../money/minor';
import type { VatTreated } from '../tax/sellerVatMode';

/** A line discount (allowance) or surcharge (charge): a percentage of the line or an amount. */
export type LineAdjustment =
  | { kind: 'percent'; percent: DecimalString; reason?: string | undefined }
  | { kind: 'amount'; amount: Minor; reason?: string | undefined };

/** What the totals need of an invoice line. */
export type PricedLine = VatTreated & {
  quantity: DecimalString;
  /** Net price per `baseQuantity` units (EN 16931 BT-146 / BT-149). */
  unitPrice: DecimalString;
  /** The quantity the unit price is for, e.g. 100 for "12.50 per 100 pieces"; default 1. */
  baseQuantity?: DecimalString | undefined;
  allowances?: readonly LineAdjustment[] | undefined;
  charges?: readonly LineAdjustment[] | undefined;
};

/** The money figures of one line, each already in minor units. */
export type LineAmounts = {
  /** quantity × unit price ÷ base quantity, rounded once (the base of percentage discounts). */
  baseAmount: Minor;
  allowances: Minor[];
  charges: Minor[];
  allowanceTotal: Minor;
  chargeTotal: Minor;
  /** EN 16931 BT-131: base amount − allowances + charges. */
  net: Minor;
};

/** `percent` % of a minor-unit amount, rounded half away from zero to the minor unit. */
export function percentOfMinor(amount: Minor, percent: DecimalString): Minor {
  // The amount is already in minor units, so rounding to a whole number is the one rounding.
  return roundMinorUnits(dec(amount).times(dec(percent)).dividedBy(100));
}

function adjustmentAmount(adjustment: LineAdjustment, baseAmount: Minor): Minor {
  // A percentage applies to the rounded base, as EN 16931 BT-137 × BT-138 does.
  return adjustment.kind === 'amount'
    ? adjustment.amount
    : percentOfMinor(baseAmount, adjustment.percent);
}

/** Computes a line's base amount, allowances, charges and net, in minor units. */
export function computeLineAmounts(line: PricedLine, currency: CurrencyCode): LineAmounts {
  const baseQuantity = dec(line.baseQuantity ?? '1');
  if (baseQuantity.lessThanOrEqualTo(0)) {
    throw new RangeError('The base quantity of a unit price must be above zero');
  }
  const exactBase = dec(line.quantity).times(dec(line.unitPrice)).dividedBy(baseQuantity);
  const baseAmount = roundToMinor(exactBase, currency);
  const allowances = (line.allowances ?? []).map((a) => adjustmentAmount(a, baseAmount));
  const charges = (line.charges ?? []).map((c) => adjustmentAmount(c, baseAmount));
  const allowanceTotal = sumMinor(allowances);
  const chargeTotal = sumMinor(charges);
  return {
    baseAmount,
    allowances,
    charges,
    allowanceTotal,
    chargeTotal,
    net: minor(baseAmount - allowanceTotal + chargeTotal),
  };
}
