import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addPdfFonts, PDF_FONT_NAME, printableTextWidth } from '../../../renderer/pdf/fonts';
import { renderDocumentPdf } from '../../../renderer/pdf/renderInvoicePdf';
import { pdfInput } from '../../unit/shared/pdf/pdfFixtures';
import { creditNote, unicodeInvoice } from '../../unit/shared/pdf/pdfScenarios';

/** What jsPDF keeps of a font used in a document: glyph ids and their /W widths. */
type JsPdfFontMetadata = {
  characterToGlyph: (code: number) => number;
  Unicode: { widths: (number | number[])[] };
};

const factory = () => (jsPDF.API as unknown as { TTFFont: { open: unknown } }).TTFFont;

function newDocument(): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', putOnlyUsedFonts: true });
  addPdfFonts(doc);
  return doc;
}

describe('the embedded PDF font', () => {
  it('measures text with the glyph widths jsPDF writes into the PDF (/W), in both faces', () => {
    const doc = newDocument();
    for (const face of ['regular', 'bold'] as const) {
      doc.setFont(PDF_FONT_NAME[face], 'normal');
      doc.setFontSize(9);
      for (const text of ['Invoice INV-2026-0042', 'Żółć Łódź', 'Αθήνα Москва', '1.234,56 €']) {
        doc.text(text, 10, 10);
        const metadata = doc.getFont().metadata as unknown as JsPdfFontMetadata;
        const pairs = metadata.Unicode.widths;
        const widths = new Map<number, number>();
        for (let i = 0; i < pairs.length; i += 2)
          widths.set(pairs[i] as number, (pairs[i + 1] as number[])[0]!);
        const units = Array.from(text).reduce(
          (sum, character) => sum + widths.get(metadata.characterToGlyph(character.charCodeAt(0)))!,
          0,
        );
        expect(printableTextWidth(text, face, 9)).toBeCloseTo((units / 1000) * 9 * (25.4 / 72), 9);
      }
    }
  });

  it("leaves jsPDF's font loader as it found it", () => {
    const before = factory().open;
    newDocument();
    expect(factory().open).toBe(before);
  });

  it('keeps no state from one document to the next: a PDF is the same whatever came before', () => {
    const input = pdfInput(creditNote());
    const alone = renderDocumentPdf(input);
    renderDocumentPdf(pdfInput(unicodeInvoice(), 'de-DE'));
    expect(renderDocumentPdf(input)).toEqual(alone);
  });
});
