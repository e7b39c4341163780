import { dec, decimalToString, type DecimalString } from '../money/decimal';
import { minor, roundMinorUnits, type Minor } from '../money/minor';
import type { VatTreated } from '../tax/sellerVatMode';
import { vatCategoryOrder, type VatCategory } from '../tax/vatCategories';

/** One row of the VAT breakdown (EN 16931 BG-23): everything taxed at one category and rate. */
export type VatGroup = {
  category: VatCategory;
  /** Canonical rate string, so "19" and "19.00" are one group. */
  rate: DecimalString;
  exemptionReason?: string | undefined;
  lineNetTotal: Minor;
  allowanceTotal: Minor;
  chargeTotal: Minor;
  /** BT-116: line nets − document allowances + document charges of this group. */
  taxableAmount: Minor;
  /** BT-117: taxable amount × rate, rounded once for the whole group. */
  vatAmount: Minor;
};

/** An amount that has a VAT treatment and feeds one group: a line net, an allowance, a charge. */
export type GroupContribution = VatTreated & {
  role: 'line' | 'allowance' | 'charge';
  amount: Minor;
};

/** The key two items share exactly when they belong to the same VAT group. */
export function vatGroupKey(category: VatCategory, rate: DecimalString): string {
  return `${category}|${decimalToString(dec(rate))}`;
}

type MutableGroup = Omit<VatGroup, 'taxableAmount' | 'vatAmount'>;

/**
 * Groups contributions by (category, rate) and computes each group's taxable amount and
 * VAT, rounding VAT once per group (never per line). `vatOverrides` fixes the VAT of chosen
 * groups; a completing credit note uses it to take exactly what is left of the invoice's VAT.
 */
export function computeVatBreakdown(
  contributions: readonly GroupContribution[],
  vatOverrides?: ReadonlyMap<string, Minor>,
): VatGroup[] {
  const groups = new Map<string, MutableGroup>();
  for (const item of contributions) {
    const key = vatGroupKey(item.vatCategory, item.vatRate);
    let group = groups.get(key);
    if (!group) {
      group = {
        category: item.vatCategory,
        rate: decimalToString(dec(item.vatRate)),
        exemptionReason: item.exemptionReason,
        lineNetTotal: minor(0),
        allowanceTotal: minor(0),
        chargeTotal: minor(0),
      };
      groups.set(key, group);
    }
    group.exemptionReason ??= item.exemptionReason;
    if (item.role === 'line') group.lineNetTotal = minor(group.lineNetTotal + item.amount);
    if (item.role === 'allowance') group.allowanceTotal = minor(group.allowanceTotal + item.amount);
    if (item.role === 'charge') group.chargeTotal = minor(group.chargeTotal + item.amount);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const taxableAmount = minor(group.lineNetTotal - group.allowanceTotal + group.chargeTotal);
      const vatAmount =
        vatOverrides?.get(key) ??
        roundMinorUnits(dec(taxableAmount).times(dec(group.rate)).dividedBy(100));
      return { ...group, taxableAmount, vatAmount };
    })
    .sort(
      (a, b) =>
        vatCategoryOrder(a.category) - vatCategoryOrder(b.category) ||
        dec(b.rate).comparedTo(dec(a.rate)),
    );
}
