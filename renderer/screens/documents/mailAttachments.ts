import type { IpcError } from '../../../shared/contract/ipcError';
import type { EInvoiceFormat } from '../../../shared/einvoice/eInvoiceFormats';
import {
  eInvoiceRouting,
  type RoutingCompany,
  type RoutingCustomer,
} from '../../../shared/einvoice/eInvoiceRouting';
import { exportEInvoice, type EInvoiceExportError } from '../../../shared/einvoice/exportEInvoice';
import type { MailAttachmentChoice } from '../../../shared/mail/mailingSettings';
import type { PostedDocument } from '../../../shared/pdf/documentPdfInput';
import { err, ok, type Result } from '../../../shared/result';
import { facturXFileName, facturXXml } from '../../pdf/facturX/facturXInvoice';

// What the mail of a document carries, decided before anything is made or sent: the names
// are shown in the dialog and kept in the send history, and an e-invoice the checks refuse
// stops the mail before its PDF is even rendered.

/** The format of an e-invoice when the customer prefers none: the one most receivers read. */
export const FALLBACK_MAIL_EINVOICE_FORMAT: EInvoiceFormat = 'peppol';

/** One file of the mail, before its bytes exist. */
export type PlannedAttachment =
  | { kind: 'pdf'; filename: string }
  | { kind: 'xml'; filename: string; xml: string }
  /** The document's PDF with its CII e-invoice embedded, made when the mail is sent. */
  | { kind: 'facturX'; filename: string; xml: string; postedAt: string };

/** The files of a mail, and the e-invoice format used if there is one. */
export type AttachmentPlan = {
  files: PlannedAttachment[];
  /** null: no e-invoice attached (or inside the Factur-X PDF: always CII). */
  format: EInvoiceFormat | null;
  /** Whether the format is the customer's own choice rather than the fallback. */
  preferred: boolean;
};

/** The mail is refused: the e-invoice it would carry breaks these rules. */
export type AttachmentRefusal = EInvoiceExportError & { format: EInvoiceFormat };

/** What a customer's e-invoice is made in: its preferred format, else Peppol BIS. */
export function mailEInvoiceFormat(customer: RoutingCustomer | null): {
  format: EInvoiceFormat;
  preferred: boolean;
} {
  const own = customer?.eInvoice?.format;
  return own
    ? { format: own, preferred: true }
    : { format: FALLBACK_MAIL_EINVOICE_FORMAT, preferred: false };
}

export type AttachmentInput = {
  attach: MailAttachmentChoice;
  /** The posted invoice or credit note; null for a quote, which only has its PDF. */
  document: PostedDocument | null;
  /** The customer as it is now (addresses and references are read at sending); null if deleted. */
  customer: RoutingCustomer | null;
  company: RoutingCompany;
  pdfFileName: string;
};

/**
 * The files a document's mail carries under the attach setting, with the e-invoice made and
 * checked exactly as "Export e-invoice" makes it; or, if the checks find problems, every one
 * of them and no files at all, so nothing is sent.
 */
export function planAttachments(input: AttachmentInput): Result<AttachmentPlan, AttachmentRefusal> {
  const { attach, document, customer, company, pdfFileName } = input;
  const pdf: PlannedAttachment = { kind: 'pdf', filename: pdfFileName };
  if (document === null || attach === 'pdf') {
    return ok({ files: [pdf], format: null, preferred: false });
  }
  if (attach === 'facturX') {
    const xml = facturXXml(document, customer, company, pdfFileName);
    if (!xml.ok) return err({ ...xml.error, format: 'cii' });
    const filename = facturXFileName(pdfFileName);
    const file: PlannedAttachment = {
      kind: 'facturX',
      filename,
      xml: xml.value,
      postedAt: document.posted.postedAt,
    };
    return ok({ files: [file], format: null, preferred: false });
  }
  const { format, preferred } = mailEInvoiceFormat(customer);
  const routing = eInvoiceRouting(document, format, customer, company);
  const made = exportEInvoice({ document, format, routing }, pdfFileName);
  if (!made.ok) return err({ ...made.error, format });
  const xml: PlannedAttachment = {
    kind: 'xml',
    filename: made.value.fileName,
    xml: made.value.xml,
  };
  return ok({ files: attach === 'eInvoice' ? [xml] : [pdf, xml], format, preferred });
}

/** A file ready for the mail: name, bytes and content type. */
export type MailFile = { filename: string; content: Uint8Array; contentType: string };

/** How the bytes of the PDFs are made: the document's own PDF, and a Factur-X PDF of it. */
export type PdfMakers = {
  pdf: () => Promise<Uint8Array>;
  facturX: (pdf: Uint8Array, xml: string, date: Date) => Promise<Uint8Array>;
};

/**
 * The files of a plan with their bytes: the PDF made (once) only if a file needs it, the
 * XML as UTF-8 with the content type application/xml. Rejects if a PDF cannot be made.
 */
export async function attachmentFiles(
  files: readonly PlannedAttachment[],
  makers: PdfMakers,
): Promise<MailFile[]> {
  let pdf: Promise<Uint8Array> | null = null;
  const documentPdf = () => (pdf ??= makers.pdf());
  const result: MailFile[] = [];
  for (const file of files) {
    if (file.kind === 'xml') {
      const content = new TextEncoder().encode(file.xml);
      result.push({ filename: file.filename, content, contentType: 'application/xml' });
    } else if (file.kind === 'pdf') {
      result.push({
        filename: file.filename,
        content: await documentPdf(),
        contentType: 'application/pdf',
      });
    } else {
      const content = await makers.facturX(await documentPdf(), file.xml, new Date(file.postedAt));
      result.push({ filename: file.filename, content, contentType: 'application/pdf' });
    }
  }
  return result;
}

/** The files of a plan, or why a PDF could not be made, as an error a dialog shows. */
export async function attachmentFilesResult(
  files: readonly PlannedAttachment[],
  makers: PdfMakers,
): Promise<Result<MailFile[], IpcError>> {
  try {
    return ok(await attachmentFiles(files, makers));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({ code: 'INTERNAL', message: reason });
  }
}
