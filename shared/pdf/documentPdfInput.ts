import type { CurrencyCode } from '../money/currencies';
import type { Logo } from '../schemas/companyProfile';
import type { SalesDocument } from '../schemas/document';
import type { PostedSnapshot } from '../schemas/postedSnapshot';
import type { BusinessSettings } from '../schemas/settings';

/** What a document PDF is made from: plain data, so it can be posted to a Web Worker. */
export type DocumentPdfInput = {
  /** A posted invoice or credit note, or a sent quote: numbered, with its figures frozen. */
  document: SalesDocument;
  /** The trader's logo (BusinessSettings.company.logo), drawn at the top. */
  logo: Logo | null;
  /** The locale money, numbers and dates are written in, e.g. 'de-DE'. */
  locale: string;
};

/** A document that has its number and its frozen snapshot: the only kind a PDF is made of. */
export type PostedDocument = SalesDocument & { number: string; posted: PostedSnapshot };

/** The modules of a QR code symbol, `size` × `size`, row by row from the top left. */
export type QrMatrix = { size: number; isDark: (row: number, column: number) => boolean };

/** Encodes a payload as a QR code with error correction level M (the EPC's minimum). */
export type QrEncoder = (payload: string) => QrMatrix;

/** The PDF input of a document with the logo and locale of the business settings. */
export function documentPdfInput(
  document: SalesDocument,
  settings: Pick<BusinessSettings, 'company' | 'locale'>,
): DocumentPdfInput {
  return { document, logo: settings.company.logo, locale: settings.locale };
}

/** True for a document a PDF can be made of: numbered and frozen. */
export function isPostedDocument(document: SalesDocument): document is PostedDocument {
  return document.number !== null && document.posted !== null;
}

/**
 * The posted document of an input. A draft has no number and no frozen figures, so asking
 * for its PDF is a programming error (screens offer the PDF of posted documents only).
 */
export function postedDocumentOf(input: DocumentPdfInput): PostedDocument {
  const { document } = input;
  if (!isPostedDocument(document)) {
    throw new Error(`A PDF needs a posted document; ${document.id} is a draft`);
  }
  if (document.posted.totals.currency !== document.currency) {
    throw new Error(`The frozen totals of ${document.number} are in another currency`);
  }
  return document;
}

/** The currency the document's frozen figures are in. */
export function currencyOf(document: PostedDocument): CurrencyCode {
  return document.posted.totals.currency as CurrencyCode;
}
