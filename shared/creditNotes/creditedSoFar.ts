import { dec, decimalToString, type DecimalString } from '../money/decimal';
import { minor, ZERO, type Minor } from '../money/minor';
import { vatGroupKey } from '../totals/vatBreakdown';
import type { CreditableInvoice, DerivedCreditNote, PriorCredit } from './creditTypes';

/** How much of an invoice earlier credit notes have credited, per line, adjustment and group. */
export type CreditedSoFar = {
  quantityByLine: Map<string, DecimalString>;
  netByLine: Map<string, Minor>;
  amountByAdjustment: Map<number, Minor>;
  vatByGroup: Map<string, Minor>;
  grossTotal: Minor;
  roundingAmount: Minor;
};

/** Adds up what the prior credit notes of an invoice have credited. */
export function creditedSoFar(priorCredits: readonly PriorCredit[]): CreditedSoFar {
  const result: CreditedSoFar = {
    quantityByLine: new Map(),
    netByLine: new Map(),
    amountByAdjustment: new Map(),
    vatByGroup: new Map(),
    grossTotal: ZERO,
    roundingAmount: ZERO,
  };
  for (const credit of priorCredits) {
    for (const line of credit.lines) {
      const quantity = dec(result.quantityByLine.get(line.creditedLineId) ?? '0').plus(
        dec(line.quantity),
      );
      result.quantityByLine.set(line.creditedLineId, decimalToString(quantity));
      result.netByLine.set(
        line.creditedLineId,
        addTo(result.netByLine.get(line.creditedLineId), line.net),
      );
    }
    for (const adjustment of credit.adjustments) {
      const index = adjustment.creditedAdjustmentIndex;
      result.amountByAdjustment.set(
        index,
        addTo(result.amountByAdjustment.get(index), adjustment.amount),
      );
    }
    for (const group of credit.vatGroups) {
      const key = vatGroupKey(group.category, group.rate);
      result.vatByGroup.set(key, addTo(result.vatByGroup.get(key), group.vatAmount));
    }
    result.grossTotal = minor(result.grossTotal + credit.grossTotal);
    result.roundingAmount = minor(result.roundingAmount + credit.roundingAmount);
  }
  return result;
}

function addTo(current: Minor | undefined, amount: Minor): Minor {
  return minor((current ?? 0) + amount);
}

/** The quantity of each invoice line that has not been credited yet. */
export function remainingQuantities(
  invoice: CreditableInvoice,
  priorCredits: readonly PriorCredit[],
): Map<string, DecimalString> {
  const credited = creditedSoFar(priorCredits).quantityByLine;
  return new Map(
    invoice.lines.map((line) => [
      line.id,
      decimalToString(dec(line.quantity).minus(dec(credited.get(line.id) ?? '0'))),
    ]),
  );
}

/**
 * Caps a credited amount so that what has been credited never passes what was invoiced:
 * `remaining` is what is left, and the result lies between zero and it (either sign).
 */
export function capToRemaining(amount: Minor, remaining: Minor): Minor {
  if (remaining >= 0) return minor(Math.min(Math.max(amount, 0), remaining));
  return minor(Math.max(Math.min(amount, 0), remaining));
}

/** The figures a posted credit note contributes to later crediting of the same invoice. */
export function toPriorCredit(creditNote: DerivedCreditNote): PriorCredit {
  return {
    lines: creditNote.lines.map((line, index) => ({
      creditedLineId: line.creditedLineId,
      quantity: line.quantity,
      net: creditNote.totals.lines[index]!.net,
    })),
    adjustments: creditNote.adjustments.map((adjustment, index) => ({
      creditedAdjustmentIndex: adjustment.creditedAdjustmentIndex,
      amount: creditNote.totals.adjustmentAmounts[index]!,
    })),
    vatGroups: creditNote.totals.vatGroups,
    grossTotal: creditNote.totals.grossTotal,
    roundingAmount: creditNote.totals.roundingAmount,
  };
}
