import type {
  CreditNoteError,
  CreditSelection,
  DerivedCreditNote,
  PriorCredit,
} from '../../../shared/creditNotes/creditTypes';
import { remainingQuantities } from '../../../shared/creditNotes/creditedSoFar';
import { deriveCreditNote } from '../../../shared/creditNotes/deriveCreditNote';
import { dec, isDecimalString, type DecimalString } from '../../../shared/money/decimal';
import type { Result } from '../../../shared/result';
import type { DocumentLine } from '../../../shared/schemas/documentLine';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { creditableOf } from '../../data/creditNotePosting';
import type { StoredDocument } from '../../data/db';
import { newId } from '../../data/ids';
import { t } from '../../i18n/t';
import type { EditableDraft } from './draftEditing';

// A draft credit note in the editor. Its lines are lines of the invoice it corrects, with the
// quantity to credit: the editor changes quantities, removes lines and adds invoice lines
// back. Prices, VAT and document discounts follow from the invoice, so the figures shown are
// deriveCreditNote's against the credit notes posted so far, as posting will derive them.

/** The posted invoice a credit note corrects and the credit notes posted against it. */
export type CreditContext = { invoice: StoredDocument; priorCredits: PriorCredit[] };

/** The draft's lines as the selection deriveCreditNote takes. */
export function creditSelectionOf(draft: EditableDraft): CreditSelection {
  return {
    kind: 'lines',
    lines: draft.lines.map((line) => ({
      lineId: line.creditedLineId ?? '',
      quantity: line.quantity,
    })),
  };
}

/** What posting would credit now, or why it would refuse (over-crediting, nothing left…). */
export function previewCredit(
  draft: EditableDraft,
  context: CreditContext,
): Result<DerivedCreditNote, CreditNoteError> {
  return deriveCreditNote(
    creditableOf(context.invoice),
    context.priorCredits,
    creditSelectionOf(draft),
  );
}

/** How much of each invoice line is left to credit, by the invoice line's id. */
export function remainingByLine(context: CreditContext): ReadonlyMap<string, DecimalString> {
  return remainingQuantities(creditableOf(context.invoice), context.priorCredits);
}

/** The invoice lines not on the draft, which the user may add back. */
export function invoiceLinesNotOn(draft: EditableDraft, context: CreditContext): DocumentLine[] {
  const on = new Set(draft.lines.map((line) => line.creditedLineId));
  return context.invoice.lines.filter((line) => !on.has(line.id));
}

/** A credit line for an invoice line: a copy of it with the quantity to credit. */
export function creditLineFor(invoiceLine: DocumentLine, quantity: DecimalString): DocumentLine {
  return { ...invoiceLine, id: newId(), quantity, creditedLineId: invoiceLine.id };
}

/**
 * Problems the editor can tell before saving: a line crediting nothing would be dropped at
 * posting without a word, so it must be removed or given a quantity.
 */
export function creditDraftIssues(draft: EditableDraft): FieldIssue[] {
  return draft.lines.flatMap((line, index) =>
    isDecimalString(line.quantity) && dec(line.quantity).isZero()
      ? [
          {
            path: `lines.${line.id}.quantity`,
            message: t('documents.credit.zeroQuantity', { number: index + 1 }),
          },
        ]
      : [],
  );
}

/**
 * The draft as it is saved: while the credit can be derived, its lines take the derived
 * figures (line discounts in proportion) and its document discounts and charges the derived
 * shares, so the stored totals are the ones posting will freeze.
 */
export function withDerivedCredit(
  draft: EditableDraft,
  derived: DerivedCreditNote | null,
): EditableDraft {
  if (derived === null) return draft;
  const lines = draft.lines.map((line) => {
    const figures = derived.lines.find((item) => item.creditedLineId === line.creditedLineId);
    return figures
      ? ({
          ...line,
          ...figures,
          id: line.id,
          description: line.description,
          allowances: figures.allowances ?? line.allowances,
          charges: figures.charges ?? line.charges,
        } as DocumentLine)
      : line;
  });
  const adjustments = derived.adjustments.map(
    ({ creditedAdjustmentIndex: _index, ...adjustment }) => adjustment,
  );
  return { ...draft, lines, adjustments } as EditableDraft;
}
