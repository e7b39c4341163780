import { safeFileName, MAX_FILE_NAME_BYTES } from '../../../shared/contract/fileNames';
import {
  eInvoiceRouting,
  type RoutingCompany,
  type RoutingCustomer,
} from '../../../shared/einvoice/eInvoiceRouting';
import { exportEInvoice, type EInvoiceExportError } from '../../../shared/einvoice/exportEInvoice';
import type { PostedDocument } from '../../../shared/pdf/documentPdfInput';
import type { Result } from '../../../shared/result';

// What a Factur-X PDF embeds: the CII e-invoice of the document (format 'cii', EN 16931),
// made and checked by shared/einvoice exactly as "Export e-invoice" makes a CII file, so
// the XML inside the PDF and the XML exported on its own are the same text.

/** Ends the name of every Factur-X PDF, so it sorts next to the plain PDF and tells them apart. */
export const FACTURX_NAME_SUFFIX = '.factur-x.pdf';

/**
 * The CII XML a document's Factur-X PDF embeds, or every problem the e-invoice checks find
 * (then no XML at all). `customer` is the live record (null if it was deleted): routing
 * reads addresses and references from it, as the e-invoice export does.
 */
export function facturXXml(
  document: PostedDocument,
  customer: RoutingCustomer | null,
  company: RoutingCompany,
  pdfFileName: string,
): Result<string, EInvoiceExportError> {
  const routing = eInvoiceRouting(document, 'cii', customer, company);
  const file = exportEInvoice({ document, format: 'cii', routing }, pdfFileName);
  return file.ok ? { ok: true, value: file.value.xml } : file;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The file name of a Factur-X PDF from the document's PDF name ("INV-1 Acme.pdf" →
 * "INV-1 Acme.factur-x.pdf"). A very long name loses the end of its stem, never the suffix
 * (safeFileName would cut before '.pdf' and so drop '.factur-x').
 */
export function facturXFileName(pdfFileName: string): string {
  let stem = Array.from(pdfFileName.replace(/\.pdf$/i, ''));
  while (stem.length > 0 && utf8Length(stem.join('') + FACTURX_NAME_SUFFIX) > MAX_FILE_NAME_BYTES) {
    stem = stem.slice(0, -1);
  }
  return safeFileName(
    `${stem.join('').trimEnd()}${FACTURX_NAME_SUFFIX}`,
    `document${FACTURX_NAME_SUFFIX}`,
  );
}
