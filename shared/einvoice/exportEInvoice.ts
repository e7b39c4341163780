import { err, ok, type Result } from '../result';
import { buildEInvoice } from './buildEInvoice';
import { ciiXml } from './ciiDocument';
import { checkEInvoice } from './eInvoiceChecks';
import { eInvoiceFileName, eInvoiceFormatRules } from './eInvoiceFormats';
import type { EInvoice, EInvoiceInput } from './eInvoiceModel';
import type { EInvoiceProblem } from './eInvoiceProblems';
import { ublXml } from './ublDocument';

/** An e-invoice ready to be saved: its file name and its XML text (UTF-8). */
export type EInvoiceFile = { fileName: string; xml: string };

/** Why nothing was written: every problem the checks found, for the screen to list. */
export type EInvoiceExportError = {
  code: 'EINVOICE_INCOMPLETE';
  message: string;
  problems: EInvoiceProblem[];
};

/** The model's XML in the syntax of its format. */
export function eInvoiceXml(invoice: EInvoice): string {
  return invoice.syntax === 'ubl' ? ublXml(invoice) : ciiXml(invoice);
}

/**
 * The e-invoice of a posted invoice or credit note, or, if the checks find anything that
 * would make it invalid, the list of what to fix and no XML at all.
 */
export function exportEInvoice(
  input: EInvoiceInput,
  pdfFileName: string,
): Result<EInvoiceFile, EInvoiceExportError> {
  const problems = checkEInvoice(input);
  if (problems.length > 0) {
    const label = eInvoiceFormatRules(input.format).label;
    return err({
      code: 'EINVOICE_INCOMPLETE',
      message: `The ${label} e-invoice cannot be made yet: ${problems.length === 1 ? 'one thing is' : `${problems.length} things are`} missing.`,
      problems,
    });
  }
  return ok({
    fileName: eInvoiceFileName(pdfFileName, input.format),
    xml: eInvoiceXml(buildEInvoice(input)),
  });
}
