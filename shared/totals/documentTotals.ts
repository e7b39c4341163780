import type { CurrencyCode } from '../money/currencies';
import { dec, type DecimalString } from '../money/decimal';
import { minor, roundMinorUnits, sumMinor, ZERO, type Minor } from '../money/minor';
import type { VatTreated } from '../tax/sellerVatMode';
import {
  computeLineAmounts,
  percentOfMinor,
  type LineAmounts,
  type PricedLine,
} from './lineAmounts';
import {
  computeVatBreakdown,
  vatGroupKey,
  type GroupContribution,
  type VatGroup,
} from './vatBreakdown';

/**
 * A document-level allowance (discount) or charge (e.g. shipping). Each belongs to one VAT
 * group, as EN 16931 requires; a percentage applies to the line nets of that group.
 */
export type DocumentAdjustment = VatTreated & {
  kind: 'allowance' | 'charge';
  reason: string;
  value: { kind: 'amount'; amount: Minor } | { kind: 'percent'; percent: DecimalString };
};

export type TotalsInput = {
  currency: CurrencyCode;
  lines: readonly PricedLine[];
  adjustments?: readonly DocumentAdjustment[] | undefined;
  /** BT-113: amounts already paid before this invoice (e.g. a deposit invoice). */
  prepaid?: Minor | undefined;
  /** Round the amount due to a multiple of this many minor units (5 for CHF 0.05); 1 = off. */
  cashRoundingIncrement?: Minor | undefined;
};

/** Every figure of a document, as EN 16931 defines them (BT numbers in brackets). */
export type DocumentTotals = {
  currency: CurrencyCode;
  lines: LineAmounts[];
  /** The amount of each document adjustment, in input order. */
  adjustmentAmounts: Minor[];
  vatGroups: VatGroup[];
  lineNetTotal: Minor; // BT-106
  allowanceTotal: Minor; // BT-107
  chargeTotal: Minor; // BT-108
  netTotal: Minor; // BT-109, total without VAT
  vatTotal: Minor; // BT-110
  grossTotal: Minor; // BT-112, total with VAT
  prepaid: Minor; // BT-113
  roundingAmount: Minor; // BT-114
  amountDue: Minor; // BT-115
};

/** A line reduced to what the VAT breakdown needs: its net and VAT treatment. */
export type NetLine = VatTreated & { net: Minor };

/** Document totals from priced lines: the EN 16931 calculation model. */
export function computeDocumentTotals(input: TotalsInput): DocumentTotals {
  const lines = input.lines.map((line) => computeLineAmounts(line, input.currency));
  const netLines = input.lines.map((line, index) => ({ ...line, net: lines[index]!.net }));
  return { ...totalsFromLineNets({ ...input, netLines }), lines };
}

/**
 * The second half of the model, from line nets onwards. Credit notes, whose line nets may
 * be the exact remainder of an invoice's, enter here; `vatOverrides` fixes chosen groups' VAT.
 * The caller attaches the line figures it computed.
 */
export function totalsFromLineNets(input: {
  currency: CurrencyCode;
  netLines: readonly NetLine[];
  adjustments?: readonly DocumentAdjustment[] | undefined;
  prepaid?: Minor | undefined;
  cashRoundingIncrement?: Minor | undefined;
  vatOverrides?: ReadonlyMap<string, Minor> | undefined;
  /** Fixes BT-114 instead of deriving it from the cash-rounding increment. */
  roundingOverride?: Minor | undefined;
}): Omit<DocumentTotals, 'lines'> {
  const adjustments = input.adjustments ?? [];
  const groupLineNets = new Map<string, Minor>();
  for (const line of input.netLines) {
    const key = vatGroupKey(line.vatCategory, line.vatRate);
    groupLineNets.set(key, minor((groupLineNets.get(key) ?? 0) + line.net));
  }
  const adjustmentAmounts = adjustments.map((adjustment) =>
    adjustment.value.kind === 'amount'
      ? adjustment.value.amount
      : percentOfMinor(
          groupLineNets.get(vatGroupKey(adjustment.vatCategory, adjustment.vatRate)) ?? ZERO,
          adjustment.value.percent,
        ),
  );
  const contributions: GroupContribution[] = [
    ...input.netLines.map((line) => ({ ...line, role: 'line' as const, amount: line.net })),
    ...adjustments.map((adjustment, index) => ({
      ...adjustment,
      role: adjustment.kind,
      amount: adjustmentAmounts[index]!,
    })),
  ];
  const vatGroups = computeVatBreakdown(contributions, input.vatOverrides);

  const lineNetTotal = sumMinor(input.netLines.map((line) => line.net));
  const allowanceTotal = sumMinor(
    adjustmentAmounts.filter((_, i) => adjustments[i]!.kind === 'allowance'),
  );
  const chargeTotal = sumMinor(
    adjustmentAmounts.filter((_, i) => adjustments[i]!.kind === 'charge'),
  );
  const netTotal = minor(lineNetTotal - allowanceTotal + chargeTotal);
  const vatTotal = sumMinor(vatGroups.map((group) => group.vatAmount));
  const grossTotal = minor(netTotal + vatTotal);
  const prepaid = input.prepaid ?? ZERO;
  const payable = minor(grossTotal - prepaid);
  const roundingAmount =
    input.roundingOverride ?? cashRounding(payable, input.cashRoundingIncrement ?? minor(1));
  return {
    currency: input.currency,
    adjustmentAmounts,
    vatGroups,
    lineNetTotal,
    allowanceTotal,
    chargeTotal,
    netTotal,
    vatTotal,
    grossTotal,
    prepaid,
    roundingAmount,
    amountDue: minor(payable + roundingAmount),
  };
}

/** The amount to add so `payable` becomes a multiple of `increment` (nearest, ties away from zero). */
function cashRounding(payable: Minor, increment: Minor): Minor {
  if (increment <= 1) return ZERO;
  const rounded = roundMinorUnits(dec(payable).dividedBy(increment)) * increment;
  return minor(rounded - payable);
}
