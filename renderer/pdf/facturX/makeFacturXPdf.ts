import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, embedFacturX } from '@cantoo/pdf-lib';
import { SRGB_ICC_BASE64 } from './srgbProfile.generated';

// A Factur-X PDF is the document's own PDF (the very one Preview, Export PDF and e-mail use,
// DESIGN §7) made PDF/A-3b, with the CII XML attached. Why after jsPDF and not inside it:
// jsPDF can attach no associated file (/AF, /AFRelationship) and write no output intent or
// XMP packet of our own without patching its output functions, while @cantoo/pdf-lib reads
// the finished file and adds exactly those objects (convertToPDFA, embedFacturX), leaving
// pages, fonts and images as jsPDF wrote them. The fonts are PDF/A-ready already: only the
// embedded DejaVu subset is used, never a standard 14 font such as Helvetica (jsPDF writes
// only the fonts a document uses, renderDocumentPdf's putOnlyUsedFonts).
//
// pdf-lib is large (≈ 1 MB unminified): only the Factur-X worker imports this module, so it
// loads on the first Factur-X export and never with the main bundle.

/** The name the Factur-X specification gives the embedded invoice. */
export const FACTURX_FILE_NAME = 'factur-x.xml';

/** The Factur-X profile written here: the whole EN 16931 model (CII `urn:cen.eu:en16931:2017`). */
export const FACTURX_CONFORMANCE_LEVEL = 'EN 16931';

/** What the Factur-X PDF needs besides the PDF and the XML. */
export type FacturXMeta = {
  /**
   * When the XML was made from the document: its posting time. It dates the attachment and
   * the PDF's modification, so the same document gives the same bytes every time.
   */
  date: Date;
};

/**
 * Writes the attachment's name as a plain string where pdf-lib writes UTF-16: the name is
 * ASCII, and tools that look a file up by name compare the raw string (poppler's
 * `pdfdetach -savefile factur-x.xml` finds no UTF-16 name), as do some receivers.
 */
function plainAttachmentName(pdf: PDFDocument): void {
  const name = PDFString.of(FACTURX_FILE_NAME);
  const spec = pdf.catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
  spec.set(PDFName.of('UF'), name);
  const tree = pdf.catalog
    .lookup(PDFName.of('Names'), PDFDict)
    .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
    .lookup(PDFName.of('Names'), PDFArray);
  tree.set(0, name);
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The Factur-X PDF (profile EN 16931, PDF/A-3b) of a document: its PDF with the CII XML
 * attached as `factur-x.xml` (an associated file of the document, relationship Alternative,
 * type text/xml), XMP metadata with the PDF/A identification and the Factur-X extension
 * schema, and an sRGB output intent (build/sRGB.icc). The pages are those of `pdfBytes`.
 */
export async function makeFacturXPdf(
  pdfBytes: Uint8Array,
  ciiXml: string,
  meta: FacturXMeta,
): Promise<Uint8Array> {
  // updateMetadata false: pdf-lib would stamp its own producer and the current time.
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  if (pdf.getAttachments().length > 0 || pdf.catalog.has(PDFName.of('Metadata'))) {
    throw new Error('The PDF given for Factur-X has attachments or metadata already.');
  }
  // The Info dictionary is rewritten through pdf-lib, which writes any text as UTF-16 and
  // reads it back the same way: the XMP packet pdf-lib makes from it (PDF/A wants the two
  // to agree) then says exactly what the Info dictionary says.
  const created = pdf.getCreationDate() ?? meta.date;
  pdf.setTitle(pdf.getTitle() ?? '');
  pdf.setAuthor(pdf.getAuthor() ?? '');
  pdf.setSubject(pdf.getSubject() ?? '');
  pdf.setCreator(pdf.getCreator() ?? 'Invoicer');
  pdf.setProducer(`${pdf.getProducer() ?? 'jsPDF'}; @cantoo/pdf-lib (Factur-X)`);
  pdf.setCreationDate(created);
  pdf.setModificationDate(meta.date);
  // The file identifier jsPDF wrote (derived from the document) is kept: PDF/A needs one,
  // and a random one would make every export differ.
  pdf.convertToPDFA({
    conformance: '3B',
    iccProfile: decodeBase64(SRGB_ICC_BASE64),
    outputConditionIdentifier: 'sRGB IEC61966-2.1',
    colorComponents: 3,
  });
  await embedFacturX(pdf, new TextEncoder().encode(ciiXml), {
    fileName: FACTURX_FILE_NAME,
    conformanceLevel: FACTURX_CONFORMANCE_LEVEL,
    version: '1.0',
    documentType: 'INVOICE', // a credit note too: its type code 381 is in the XML
    description: `Factur-X e-invoice, ${FACTURX_CONFORMANCE_LEVEL} profile (UN/CEFACT CII D16B)`,
    creationDate: meta.date,
    modificationDate: meta.date,
  });
  // The attachment's objects are made on flush (or save); only then can they be adjusted.
  await pdf.flush();
  plainAttachmentName(pdf);
  // No object streams: the catalog's entries stay readable as plain text in the file.
  return pdf.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
}
