import { dec, isDecimalString } from '../../../shared/money/decimal';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import type { SellerVatMode } from '../../../shared/tax/sellerVatMode';
import type { DocumentTotals } from '../../../shared/totals/documentTotals';
import { liveTotals } from '../../data/storedDocument';
import type { EditableDraft } from './draftEditing';

// Lines can be moved after a failed save, so the editor keys a line's messages by the line's
// id ('lines.<id>.quantity') rather than by its position ('lines.0.quantity') as the
// repository reports them. Both directions live here.

/** The editor's path of an issue: line positions replaced by the ids of the lines saved. */
export function issuesByLineId(issues: readonly FieldIssue[], draft: EditableDraft): FieldIssue[] {
  return issues.map((issue) => {
    const match = /^lines\.(\d+)(\..*)?$/.exec(issue.path);
    const line = match ? draft.lines[Number(match[1])] : undefined;
    return line ? { ...issue, path: `lines.${line.id}${match![2] ?? ''}` } : issue;
  });
}

/** The issues without those of one field (it was just changed) or of a removed line. */
export function withoutIssuesAt(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((issue) => issue.path !== path && !issue.path.startsWith(`${path}.`));
}

function decimalOr(value: string, fallback: string): string {
  return isDecimalString(value) ? value : fallback;
}

/**
 * The totals as posting would compute them (shared/ over the lines, seller's VAT mode
 * applied), while the user is still typing: a figure not entered yet counts as 0, so the
 * other lines' totals stay visible. null only if even that cannot be computed.
 */
export function draftTotals(draft: EditableDraft, vatMode: SellerVatMode): DocumentTotals | null {
  const lines = draft.lines.map((line) => ({
    ...line,
    quantity: decimalOr(line.quantity, '0'),
    unitPrice: decimalOr(line.unitPrice, '0'),
    baseQuantity:
      isDecimalString(line.baseQuantity) && dec(line.baseQuantity).greaterThan(0)
        ? line.baseQuantity
        : '1',
    vatRate: decimalOr(line.vatRate, '0'),
    allowances: line.allowances.map((allowance) =>
      allowance.kind === 'percent'
        ? { ...allowance, percent: decimalOr(allowance.percent, '0') }
        : allowance,
    ),
    charges: line.charges.map((charge) =>
      charge.kind === 'percent' ? { ...charge, percent: decimalOr(charge.percent, '0') } : charge,
    ),
  }));
  const adjustments = draft.adjustments.map((adjustment) => ({
    ...adjustment,
    vatRate: decimalOr(adjustment.vatRate, '0'),
    value:
      adjustment.value.kind === 'percent'
        ? { kind: 'percent' as const, percent: decimalOr(adjustment.value.percent, '0') }
        : adjustment.value,
  }));
  try {
    return liveTotals({ ...draft, lines, adjustments }, vatMode);
  } catch {
    return null;
  }
}
