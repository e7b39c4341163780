import { dec, decimalToString, isDecimalString, type DecimalString } from '../money/decimal';
import { err, ok, type Result } from '../result';
import type { CreditedSoFar } from './creditedSoFar';
import type { CreditableInvoice, CreditNoteError, CreditSelection } from './creditTypes';

/** One invoice line chosen for crediting, with the quantity to credit. */
export type SelectedLine = { index: number; quantity: DecimalString; completesLine: boolean };

/**
 * Turns a selection into invoice lines and quantities, refusing unknown or repeated lines
 * and quantities of the wrong sign or above what is left to credit.
 */
export function resolveCreditSelection(
  invoice: CreditableInvoice,
  credited: CreditedSoFar,
  selection: CreditSelection,
): Result<SelectedLine[], CreditNoteError> {
  const remainingOf = (index: number) => {
    const line = invoice.lines[index]!;
    return dec(line.quantity).minus(dec(credited.quantityByLine.get(line.id) ?? '0'));
  };
  if (selection.kind === 'all') {
    const all = invoice.lines
      .map((_, index) => ({
        index,
        quantity: decimalToString(remainingOf(index)),
        completesLine: true,
      }))
      .filter((item) => !dec(item.quantity).isZero());
    return all.length > 0 ? ok(all) : err(nothingLeft());
  }

  const result: SelectedLine[] = [];
  for (const choice of selection.lines) {
    const index = invoice.lines.findIndex((line) => line.id === choice.lineId);
    const line = invoice.lines[index];
    if (!line) {
      return err({
        code: 'UNKNOWN_LINE',
        message: 'A chosen line is not on the invoice being credited.',
        lineId: choice.lineId,
      });
    }
    const name = line.description?.trim()
      ? `Line ${index + 1} (${line.description.trim()})`
      : `Line ${index + 1}`;
    if (result.some((item) => item.index === index)) {
      return err({
        code: 'DUPLICATE_LINE',
        message: `${name} is chosen twice; choose it once.`,
        lineId: line.id,
      });
    }
    if (!isDecimalString(choice.quantity)) {
      return err({
        code: 'QUANTITY_INVALID',
        message: `${name}: the quantity to credit must be a number, like 1 or 0.5.`,
        lineId: line.id,
      });
    }
    const quantity = dec(choice.quantity);
    const remaining = remainingOf(index);
    if (quantity.isZero()) continue; // an unticked line
    if (quantity.isNegative() !== dec(line.quantity).isNegative()) {
      return err({
        code: 'QUANTITY_INVALID',
        message: `${name}: the quantity to credit must have the same sign as on the invoice (${line.quantity}).`,
        lineId: line.id,
      });
    }
    if (quantity.abs().greaterThan(remaining.abs())) {
      return err({
        code: 'QUANTITY_EXCEEDS_REMAINING',
        message: `${name}: only ${decimalToString(remaining)} of ${line.quantity} are left to credit; enter ${decimalToString(remaining)} or less.`,
        lineId: line.id,
      });
    }
    result.push({
      index,
      quantity: decimalToString(quantity),
      completesLine: quantity.equals(remaining),
    });
  }
  return result.length > 0 ? ok(result) : err(nothingLeft());
}

function nothingLeft(): CreditNoteError {
  return {
    code: 'NOTHING_TO_CREDIT',
    message: 'Nothing is left to credit: choose at least one line with a quantity above zero.',
  };
}
