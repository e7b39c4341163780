import { dec, type DecimalString } from '../money/decimal';
import { minor, roundMinorUnits, ZERO, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import { totalsFromLineNets } from '../totals/documentTotals';
import { computeLineAmounts, type LineAdjustment, type LineAmounts } from '../totals/lineAmounts';
import { vatGroupKey } from '../totals/vatBreakdown';
import { capToRemaining, creditedSoFar, type CreditedSoFar } from './creditedSoFar';
import type {
  CreditableInvoice,
  CreditNoteAdjustment,
  CreditNoteError,
  CreditNoteLine,
  CreditSelection,
  DerivedCreditNote,
  PriorCredit,
} from './creditTypes';
import { resolveCreditSelection, type SelectedLine } from './creditSelection';

/**
 * Derives a credit note from a posted invoice: all that is left to credit, or chosen lines
 * and quantities. Partial credits are computed like any document and capped so nothing is
 * ever credited twice; the credit note that completes the invoice takes exactly what is
 * left of every line, allowance, charge, VAT group and rounding, so the invoice and its
 * credit notes cancel to the cent.
 */
export function deriveCreditNote(
  invoice: CreditableInvoice,
  priorCredits: readonly PriorCredit[],
  selection: CreditSelection,
): Result<DerivedCreditNote, CreditNoteError> {
  const credited = creditedSoFar(priorCredits);
  const selected = resolveCreditSelection(invoice, credited, selection);
  if (!selected.ok) return selected;

  const lines = selected.value.map((item) => creditLine(invoice, credited, item));
  const completeGroups = groupsCompleteAfter(invoice, credited, selected.value);
  const completesInvoice = invoice.totals.vatGroups.every((group) =>
    completeGroups.has(vatGroupKey(group.category, group.rate)),
  );
  const adjustments = creditAdjustments(invoice, credited, lines, completeGroups);
  const netLines = lines.map(({ line, amounts }) => ({ ...line, net: amounts.net }));

  const totals = {
    ...totalsFromLineNets({
      currency: invoice.currency,
      netLines,
      adjustments,
      vatOverrides: creditedVat(
        invoice,
        credited,
        netLines,
        adjustments,
        groupsSettledAfter(invoice, credited, adjustments, completeGroups),
      ),
      roundingOverride: completesInvoice
        ? minor(invoice.totals.roundingAmount - credited.roundingAmount)
        : ZERO,
    }),
    lines: lines.map(({ amounts }) => amounts),
  };

  if (totals.grossTotal < 0) {
    return err({
      code: 'NEGATIVE_CREDIT',
      message:
        'This credit note would increase what the customer owes. Include the lines with a positive amount, not only discount lines.',
    });
  }
  if (credited.grossTotal + totals.grossTotal > Math.max(invoice.totals.grossTotal, 0)) {
    return err({
      code: 'OVER_CREDIT',
      message:
        'This credit note would credit more than the invoice was for. Credit the discount lines together with the lines they reduce.',
    });
  }
  return ok({ lines: lines.map(({ line }) => line), adjustments, totals, completesInvoice });
}

function creditLine(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  { index, quantity, completesLine }: SelectedLine,
): { line: CreditNoteLine; amounts: LineAmounts } {
  const { id: sourceId, ...source } = invoice.lines[index]!;
  const share = dec(quantity).dividedBy(dec(source.quantity));
  // Fixed-amount discounts and charges are credited in proportion to the quantity.
  const scale = (adjustment: LineAdjustment): LineAdjustment =>
    adjustment.kind === 'amount'
      ? { ...adjustment, amount: roundMinorUnits(dec(adjustment.amount).times(share)) }
      : adjustment;
  const line: CreditNoteLine = {
    ...source,
    quantity,
    allowances: source.allowances?.map(scale),
    charges: source.charges?.map(scale),
    creditedLineId: sourceId,
  };
  const computed = computeLineAmounts(line, invoice.currency);
  const remainingNet = minor(
    invoice.totals.lines[index]!.net - (credited.netByLine.get(sourceId) ?? 0),
  );
  const net = completesLine ? remainingNet : capToRemaining(computed.net, remainingNet);
  return { line, amounts: { ...computed, net } };
}

/**
 * VAT groups with nothing left to credit once this note is posted: groups all of whose
 * lines are then fully credited, and, when the whole invoice is, groups holding only a
 * document allowance or charge.
 */
function groupsCompleteAfter(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  selected: readonly SelectedLine[],
): Set<string> {
  const open = new Set<string>();
  const withLines = new Set<string>();
  invoice.lines.forEach((line, index) => {
    const key = vatGroupKey(line.vatCategory, line.vatRate);
    withLines.add(key);
    const creditedBefore = dec(credited.quantityByLine.get(line.id) ?? '0').equals(
      dec(line.quantity),
    );
    const creditedNow = selected.some((item) => item.index === index && item.completesLine);
    if (!creditedBefore && !creditedNow) open.add(key);
  });
  const complete = new Set([...withLines].filter((key) => !open.has(key)));
  if (open.size === 0) {
    for (const group of invoice.totals.vatGroups)
      complete.add(vatGroupKey(group.category, group.rate));
  }
  return complete;
}

function creditAdjustments(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  lines: readonly { line: CreditNoteLine; amounts: LineAmounts }[],
  completeGroups: ReadonlySet<string>,
): CreditNoteAdjustment[] {
  const result: CreditNoteAdjustment[] = [];
  invoice.adjustments.forEach((adjustment, index) => {
    const key = vatGroupKey(adjustment.vatCategory, adjustment.vatRate);
    const invoiced = invoice.totals.adjustmentAmounts[index]!;
    const remaining = minor(invoiced - (credited.amountByAdjustment.get(index) ?? 0));
    let amount: Minor;
    if (completeGroups.has(key)) {
      amount = remaining;
    } else {
      // In proportion to the share of the group's line nets this note credits; an
      // allowance or charge in a group without lines follows the share of all line nets.
      const groupHasLines = invoice.lines.some(
        (line) => vatGroupKey(line.vatCategory, line.vatRate) === key,
      );
      const inScope = (line: {
        vatCategory: CreditNoteLine['vatCategory'];
        vatRate: DecimalString;
      }) => !groupHasLines || vatGroupKey(line.vatCategory, line.vatRate) === key;
      const invoicedNets = invoice.lines.reduce(
        (sum, line, lineIndex) =>
          inScope(line) ? sum + invoice.totals.lines[lineIndex]!.net : sum,
        0,
      );
      const creditedNets = lines.reduce(
        (sum, { line, amounts }) => (inScope(line) ? sum + amounts.net : sum),
        0,
      );
      const share = invoicedNets
        ? roundMinorUnits(dec(invoiced).times(creditedNets).dividedBy(invoicedNets))
        : ZERO;
      amount = capToRemaining(share, remaining);
    }
    if (amount !== 0) {
      result.push({
        ...adjustment,
        value: { kind: 'amount', amount },
        creditedAdjustmentIndex: index,
      });
    }
  });
  return result;
}

/**
 * Groups whose VAT is settled by this note: every line and every document allowance or
 * charge in them is fully credited once it is posted. A partial note can settle a group
 * that holds only an allowance or charge, when its proportional share reaches the rest.
 */
function groupsSettledAfter(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  adjustments: readonly CreditNoteAdjustment[],
  lineCompleteGroups: ReadonlySet<string>,
): Set<string> {
  const groupsWithLines = new Set(invoice.lines.map((l) => vatGroupKey(l.vatCategory, l.vatRate)));
  const settled = new Set<string>();
  for (const group of invoice.totals.vatGroups) {
    const key = vatGroupKey(group.category, group.rate);
    if (groupsWithLines.has(key) && !lineCompleteGroups.has(key)) continue;
    const adjustmentsDone = invoice.adjustments.every((adjustment, index) => {
      if (vatGroupKey(adjustment.vatCategory, adjustment.vatRate) !== key) return true;
      const now = adjustments.find((a) => a.creditedAdjustmentIndex === index);
      const creditedNow = now?.value.kind === 'amount' ? now.value.amount : 0;
      const total = (credited.amountByAdjustment.get(index) ?? 0) + creditedNow;
      return total === invoice.totals.adjustmentAmounts[index];
    });
    if (adjustmentsDone) settled.add(key);
  }
  return settled;
}

/** Each group's credited VAT: the exact remainder for a completed group, else capped. */
function creditedVat(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  netLines: readonly {
    vatCategory: CreditNoteLine['vatCategory'];
    vatRate: DecimalString;
    net: Minor;
  }[],
  adjustments: readonly CreditNoteAdjustment[],
  completeGroups: ReadonlySet<string>,
): Map<string, Minor> {
  const taxable = new Map<string, { rate: DecimalString; amount: number }>();
  const add = (category: CreditNoteLine['vatCategory'], rate: DecimalString, amount: number) => {
    const key = vatGroupKey(category, rate);
    const entry = taxable.get(key) ?? { rate, amount: 0 };
    entry.amount += amount;
    taxable.set(key, entry);
  };
  for (const line of netLines) add(line.vatCategory, line.vatRate, line.net);
  for (const adjustment of adjustments) {
    const amount = adjustment.value.kind === 'amount' ? adjustment.value.amount : 0;
    add(
      adjustment.vatCategory,
      adjustment.vatRate,
      adjustment.kind === 'allowance' ? -amount : amount,
    );
  }
  const overrides = new Map<string, Minor>();
  for (const [key, { rate, amount }] of taxable) {
    const invoiceVat =
      invoice.totals.vatGroups.find((group) => vatGroupKey(group.category, group.rate) === key)
        ?.vatAmount ?? ZERO;
    const remaining = minor(invoiceVat - (credited.vatByGroup.get(key) ?? 0));
    const computed = roundMinorUnits(dec(amount).times(dec(rate)).dividedBy(100));
    overrides.set(key, completeGroups.has(key) ? remaining : capToRemaining(computed, remaining));
  }
  return overrides;
}
