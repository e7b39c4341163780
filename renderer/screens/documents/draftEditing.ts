import type { EffectiveDefaults } from '../../../shared/customers/customerDefaults';
import { addDays, type IsoDate } from '../../../shared/dates/isoDate';
import type { DecimalString } from '../../../shared/money/decimal';
import { ZERO, type Minor } from '../../../shared/money/minor';
import type { SalesDocument } from '../../../shared/schemas/document';
import type { DocumentAdjustmentRecord, DocumentLine } from '../../../shared/schemas/documentLine';
import type { SellerVatMode } from '../../../shared/tax/sellerVatMode';
import { dueDateFor, type PaymentTerms } from '../../../shared/terms/paymentTerms';
import { QUOTE_VALIDITY_DAYS } from '../../data/documentDrafts';
import { newId } from '../../data/ids';

// The editor's changes to a draft, as pure functions of the draft. The rules of what a valid
// document is stay in shared/ and are checked by the repository when the draft is saved;
// these only keep related fields moving together (due date with the issue date and terms).

/**
 * The documents this editor edits: invoices, quotes and credit notes (whose lines are lines
 * of the invoice they correct: see creditDraft).
 */
export type EditableDraft = SalesDocument;

/** A line discount as the editor offers it: none, a percentage, or an amount. */
export type LineDiscount =
  | { kind: 'none' }
  | { kind: 'percent'; percent: DecimalString }
  | { kind: 'amount'; amount: Minor };

function termsDueDate(issueDate: IsoDate, terms: PaymentTerms): IsoDate | null {
  try {
    return dueDateFor(issueDate, terms);
  } catch {
    return null; // invalid terms: the schema says so when the draft is saved
  }
}

/** True while the due date is the one the terms give (so it keeps following them). */
function dueDateFollowsTerms(draft: EditableDraft): boolean {
  return (
    draft.dueDate === null || draft.dueDate === termsDueDate(draft.issueDate, draft.paymentTerms)
  );
}

/** The draft for a chosen customer: currency, terms (and so the due date), method, language. */
export function withCustomer(
  draft: EditableDraft,
  customerId: string,
  defaults: EffectiveDefaults,
): EditableDraft {
  const next: EditableDraft = {
    ...draft,
    customerId,
    currency: defaults.currency,
    paymentTerms: defaults.paymentTerms,
    paymentMethod: defaults.paymentMethod,
    language: defaults.language,
  };
  return draft.kind === 'invoice'
    ? { ...next, dueDate: termsDueDate(draft.issueDate, defaults.paymentTerms) }
    : next;
}

/** A new issue date; a due date (valid-until date) that followed the old one moves along. */
export function withIssueDate(draft: EditableDraft, issueDate: IsoDate | null): EditableDraft {
  if (issueDate === null) return draft;
  const next = { ...draft, issueDate };
  if (draft.kind === 'invoice' && dueDateFollowsTerms(draft)) {
    next.dueDate = termsDueDate(issueDate, draft.paymentTerms);
  }
  if (
    next.kind === 'quote' &&
    draft.kind === 'quote' &&
    draft.validUntil === addDays(draft.issueDate, QUOTE_VALIDITY_DAYS)
  ) {
    next.validUntil = addDays(issueDate, QUOTE_VALIDITY_DAYS);
  }
  return next;
}

/** New payment terms; the due date is recomputed from them (the user may still change it). */
export function withPaymentTerms(draft: EditableDraft, terms: PaymentTerms | null): EditableDraft {
  if (terms === null) return draft;
  const next = { ...draft, paymentTerms: terms };
  return draft.kind === 'invoice'
    ? { ...next, dueDate: termsDueDate(draft.issueDate, terms) ?? draft.dueDate }
    : next;
}

/**
 * A written-in line. It takes the VAT treatment of the line above it, as consecutive lines
 * usually share one; a small business exempt from VAT starts every line exempt.
 */
export function blankLine(
  previous: DocumentLine | undefined,
  vatMode: SellerVatMode,
): DocumentLine {
  const vat =
    vatMode.kind === 'smallBusinessExempt'
      ? { vatCategory: 'exempt' as const, vatRate: '0', exemptionReason: vatMode.note }
      : previous
        ? {
            vatCategory: previous.vatCategory,
            vatRate: previous.vatRate,
            exemptionReason: previous.exemptionReason,
          }
        : { vatCategory: 'standard' as const, vatRate: '', exemptionReason: undefined };
  return {
    id: newId(),
    productId: null,
    description: '',
    quantity: '1',
    unit: previous?.unit ?? 'C62',
    unitPrice: '',
    baseQuantity: '1',
    allowances: [],
    charges: [],
    ...vat,
    revenueAccount: null,
  };
}

/** The draft with `change` applied to the line with that id. */
export function withLine(
  draft: EditableDraft,
  lineId: string,
  change: (line: DocumentLine) => DocumentLine,
): EditableDraft {
  return { ...draft, lines: draft.lines.map((line) => (line.id === lineId ? change(line) : line)) };
}

/** The draft without the line. */
export function withoutLine(draft: EditableDraft, lineId: string): EditableDraft {
  return { ...draft, lines: draft.lines.filter((line) => line.id !== lineId) };
}

/** The draft with the line moved up (−1) or down (+1); at either end nothing moves. */
export function withLineMoved(draft: EditableDraft, lineId: string, by: -1 | 1): EditableDraft {
  const from = draft.lines.findIndex((line) => line.id === lineId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.lines.length) return draft;
  const lines = [...draft.lines];
  const [moved] = lines.splice(from, 1);
  lines.splice(to, 0, moved!);
  return { ...draft, lines };
}

/** The line's discount as the editor shows it: its first allowance. */
export function lineDiscountOf(line: DocumentLine): LineDiscount {
  const first = line.allowances[0];
  if (!first) return { kind: 'none' };
  return first.kind === 'percent'
    ? { kind: 'percent', percent: first.percent }
    : { kind: 'amount', amount: first.amount };
}

/** The line with its first allowance replaced by `discount`; further allowances stay. */
export function withLineDiscount(line: DocumentLine, discount: LineDiscount): DocumentLine {
  const reason = line.allowances[0]?.reason ?? '';
  const rest = line.allowances.slice(1);
  switch (discount.kind) {
    case 'none':
      return { ...line, allowances: rest };
    case 'percent':
      return {
        ...line,
        allowances: [{ kind: 'percent', percent: discount.percent, reason }, ...rest],
      };
    case 'amount':
      return {
        ...line,
        allowances: [{ kind: 'amount', amount: discount.amount, reason }, ...rest],
      };
  }
}

/** A new document discount or charge, in the VAT group of the first line. */
export function newAdjustment(
  draft: EditableDraft,
  kind: DocumentAdjustmentRecord['kind'],
): DocumentAdjustmentRecord {
  const first = draft.lines[0];
  return {
    kind,
    reason: '',
    value:
      kind === 'allowance' ? { kind: 'percent', percent: '' } : { kind: 'amount', amount: ZERO },
    vatCategory: first?.vatCategory ?? 'standard',
    vatRate: first?.vatRate ?? '',
    exemptionReason: first?.exemptionReason,
  };
}

/** The draft with the adjustment at `index` replaced (or removed, for null). */
export function withAdjustment(
  draft: EditableDraft,
  index: number,
  adjustment: DocumentAdjustmentRecord | null,
): EditableDraft {
  const adjustments =
    adjustment === null
      ? draft.adjustments.filter((_, i) => i !== index)
      : draft.adjustments.map((current, i) => (i === index ? adjustment : current));
  return { ...draft, adjustments };
}
