import { describe, expect, it } from 'vitest';
import { minor } from '../../../../shared/money/minor';
import { epcQrPayload } from '../../../../shared/pdf/epcQrPayload';
import { PAGE } from '../../../../shared/pdf/pdfStyle';
import { line, postedDocument } from './pdfFixtures';
import {
  creditNote,
  directDebitInvoice,
  jpyInvoice,
  longInvoice,
  longNamesInvoice,
  reverseChargeInvoice,
  sentQuote,
  twoRateInvoice,
} from './pdfScenarios';
import { drawRecorded, recordingCanvas, textsOf } from './recordingCanvas';

const isFooter = (y: number) => y > PAGE.footerRule;

describe('the document layout on one page', () => {
  it('fits a short invoice on one page numbered "Page 1 of 1"', () => {
    const { canvas, drawn } = drawRecorded(twoRateInvoice());
    expect(canvas.pages).toBe(1);
    expect(drawn.pageCount).toBe(1);
    expect(textsOf(canvas)).toContain('Page 1 of 1');
  });

  it('keeps every text inside the margins and above the footer', () => {
    for (const document of [
      twoRateInvoice(),
      longInvoice(60),
      creditNote(),
      directDebitInvoice(),
      longNamesInvoice(),
    ]) {
      const { canvas } = drawRecorded(document);
      for (const text of canvas.texts) {
        expect(text.left, text.text).toBeGreaterThanOrEqual(PAGE.left - 0.01);
        expect(text.right, text.text).toBeLessThanOrEqual(PAGE.right + 0.01);
        if (!isFooter(text.y)) expect(text.y, text.text).toBeLessThanOrEqual(PAGE.bottom);
      }
    }
  });

  it('gives the metadata: title with number, seller as author', () => {
    expect(drawRecorded(twoRateInvoice()).drawn.metadata).toEqual({
      title: 'Invoice INV-2026-0042',
      subject: 'Invoice INV-2026-0042, Acme Handels GmbH',
      author: 'Jane Trader Consulting',
      language: 'en',
    });
  });

  it('shows the discount column only when some line has a discount', () => {
    expect(textsOf(drawRecorded(twoRateInvoice()).canvas)).toContain('Discount');
    expect(textsOf(drawRecorded(longInvoice(3)).canvas)).not.toContain('Discount');
  });

  it('prints the frozen figures as they are, never recomputing them', () => {
    const document = twoRateInvoice();
    const totals = document.posted!.totals;
    // Figures no recomputation from the lines could give: the PDF must print these.
    totals.lines[0]!.net = minor(11111);
    totals.vatGroups[0]!.vatAmount = minor(2222);
    totals.grossTotal = minor(987654);
    totals.amountDue = minor(123456);
    const texts = textsOf(drawRecorded(document).canvas);
    expect(texts).toContain('111.11');
    expect(texts).toContain('22.22');
    expect(texts).toContain('€9,876.54');
    expect(texts).toContain('€1,234.56');
    expect(texts).not.toContain('€332.69');
  });
});

describe('documents of each kind', () => {
  it('titles a credit note "Credit note" and names the invoice it corrects with its date', () => {
    const texts = textsOf(drawRecorded(creditNote()).canvas);
    expect(texts).toContain('Credit note');
    expect(texts).toContain('Corrects invoice INV-2026-0007 of 10/02/2026');
    expect(texts).toContain('Amount credited');
    expect(texts).not.toContain('Amount due');
  });

  it('titles a quote "Quote" with its validity and no amount due', () => {
    const texts = textsOf(drawRecorded(sentQuote()).canvas);
    expect(texts).toContain('Quote');
    expect(texts).toContain('Valid until');
    expect(texts).toContain('04/04/2026');
    expect(texts).not.toContain('Amount due');
  });

  it('prints the reverse-charge note of a reverse-charge invoice', () => {
    const texts = drawRecorded(reverseChargeInvoice())
      .canvas.texts.map((text) => text.text)
      .join(' ');
    expect(texts).toContain('Reverse charge: the recipient is liable for the VAT');
  });
});

describe('the EPC QR code', () => {
  it('is drawn for a EUR invoice paid by transfer, from the payload of the transfer', () => {
    const { canvas, encoder } = drawRecorded(twoRateInvoice());
    const document = twoRateInvoice();
    const expected = epcQrPayload({
      beneficiaryName: 'Jane Trader Consulting',
      iban: document.posted!.bankAccount!.iban,
      bic: document.posted!.bankAccount!.bic,
      amount: document.posted!.totals.amountDue,
      currency: document.posted!.totals.currency as never,
      remittance: 'INV-2026-0042',
    });
    expect(encoder.payloads).toEqual([expected.ok ? expected.value : 'no payload']);
    const qr = canvas.shapes.filter((shape) => shape.kind === 'cells');
    expect(qr).toHaveLength(1);
    expect(textsOf(canvas)).toContain('Scan to pay');
  });

  it('is at least 25 mm wide, with a quiet zone of four modules, at the right margin', () => {
    // 33 modules: version 4, the smallest symbol an EPC payload (≥ 70 bytes) can have.
    const { canvas } = drawRecorded(twoRateInvoice());
    const qr = canvas.shapes.find((shape) => shape.kind === 'cells');
    if (qr?.kind !== 'cells') throw new Error('no QR code drawn');
    expect(qr.cellSize * 33).toBeGreaterThanOrEqual(25);
    expect(qr.x + (33 + 4) * qr.cellSize).toBeCloseTo(PAGE.right, 5);
    const dark = qr.cells.reduce((sum, [, , width]) => sum + width, 0);
    expect(dark).toBe(545); // the checkerboard's dark modules, each drawn once
  });

  it.each([
    ['a yen invoice', jpyInvoice()],
    ['a direct-debit invoice', directDebitInvoice()],
    ['a quote', sentQuote()],
    ['a credit note', creditNote()],
    ['an invoice already paid in advance', postedDocument({ lines: [line()], prepaid: 11900 })],
    ['an invoice without bank details', postedDocument({ lines: [line()], bankAccount: null })],
  ])('is left out of %s', (_what, document) => {
    const { canvas, encoder } = drawRecorded(document);
    expect(encoder.payloads).toEqual([]);
    expect(canvas.shapes.some((shape) => shape.kind === 'cells')).toBe(false);
  });
});

describe('the logo', () => {
  it('keeps its proportions inside 70 × 24 mm at the top left', () => {
    const { canvas } = drawRecorded(
      twoRateInvoice(),
      recordingCanvas({ width: 480, height: 160 }),
      true,
    );
    const image = canvas.shapes.find((shape) => shape.kind === 'image');
    if (image?.kind !== 'image') throw new Error('no logo drawn');
    expect(image).toMatchObject({ x: PAGE.left, y: PAGE.top });
    expect(image.width).toBeCloseTo(70, 9);
    expect(image.height).toBeCloseTo(70 / 3, 9);
  });

  it('fits a tall logo by its height', () => {
    const { canvas } = drawRecorded(
      twoRateInvoice(),
      recordingCanvas({ width: 100, height: 200 }),
      true,
    );
    const image = canvas.shapes.find((shape) => shape.kind === 'image');
    if (image?.kind !== 'image') throw new Error('no logo drawn');
    expect(image.width).toBeCloseTo(12, 9);
    expect(image.height).toBeCloseTo(24, 9);
  });

  it('is left out when there is none, or when its image cannot be read', () => {
    const none = drawRecorded(twoRateInvoice()).canvas;
    expect(none.shapes.some((shape) => shape.kind === 'image')).toBe(false);
    const unreadable = recordingCanvas();
    unreadable.imageSize = () => null;
    drawRecorded(twoRateInvoice(), unreadable, true);
    expect(unreadable.shapes.some((shape) => shape.kind === 'image')).toBe(false);
  });
});

describe('a draft', () => {
  it('has no PDF: asking for one is a programming error', () => {
    const draft = { ...twoRateInvoice(), number: null, posted: null };
    expect(() => drawRecorded(draft)).toThrow(/posted document/);
  });
});
