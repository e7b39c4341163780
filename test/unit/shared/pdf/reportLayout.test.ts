import { describe, expect, it } from 'vitest';
import { PAGE, SIZE } from '../../../../shared/pdf/pdfStyle';
import { drawReportPdf } from '../../../../shared/pdf/reportLayout';
import { agedTable, reportInput, vatTable } from './reportFixtures';
import { recordingCanvas, type RecordedText, type RecordingCanvas } from './recordingCanvas';

const isFooter = (text: RecordedText) => text.y > PAGE.footerRule;

function draw(input = reportInput([vatTable()])) {
  const canvas = recordingCanvas();
  const drawn = drawReportPdf(input, canvas);
  return { canvas, drawn };
}

function find(canvas: RecordingCanvas, text: string): RecordedText[] {
  return canvas.texts.filter((each) => each.text === text);
}

describe('the report PDF of a one-page report', () => {
  const { canvas, drawn } = draw();

  it('has the title, the trader, the period and the date at the top of the page', () => {
    expect(drawn.pageCount).toBe(1);
    const top = canvas
      .textsOn(1)
      .slice(0, 6)
      .map((text) => text.text);
    expect(top).toEqual(
      expect.arrayContaining([
        'VAT report',
        'Weber Design Studio',
        'Hauptstraße 5, 10115 Berlin',
        'VAT ID DE123456789',
        '2026-Q1: 01/01/2026 – 31/03/2026',
        'Made on 15/04/2026',
      ]),
    );
    expect(find(canvas, 'VAT report')[0]!.style).toMatchObject({ face: 'bold', size: SIZE.title });
  });

  it('draws the header, every row and the totals in bold, figures right-aligned in their column', () => {
    for (const header of ['VAT category', 'Rate', 'Taxable amount', 'VAT']) {
      expect(find(canvas, header)).toHaveLength(1);
    }
    const figures = ['€200.00', '€37.50', '€237.50'].map((text) => find(canvas, text)[0]!);
    expect(figures.map((text) => text.style.align)).toEqual(['right', 'right', 'right']);
    expect(new Set(figures.map((text) => text.x)).size).toBe(1);
    const total = find(canvas, '€40.63')[0]!;
    expect(total.style.face).toBe('bold');
    expect(total.y).toBeGreaterThan(find(canvas, '€2.63')[0]!.y);
    expect(find(canvas, 'Total (invoices minus credit notes)')[0]!.style.face).toBe('bold');
  });

  it('numbers the page and names the report in the footer', () => {
    const footer = canvas.textsOn(1).filter(isFooter);
    expect(footer.map((text) => text.text)).toEqual(
      expect.arrayContaining([
        'Page 1 of 1',
        'VAT report · 2026-Q1: 01/01/2026 – 31/03/2026 · Weber Design Studio',
      ]),
    );
  });

  it('prints the notes under the table', () => {
    const note = canvas.texts.find((text) => text.text.startsWith('Figures are the posted'))!;
    expect(note.y).toBeGreaterThan(find(canvas, '€40.63')[0]!.y);
  });
});

describe('the report PDF of a long, wide report', () => {
  const customers = 120;
  const { canvas, drawn } = draw(
    reportInput([agedTable(customers)], { title: 'Aged receivables' }),
  );
  const body = canvas.texts.filter((text) => !isFooter(text));
  const firstLines = canvas.texts.filter((text) => /^Customer \d+ /.test(text.text));

  it('runs over as many pages as it counted, each numbered "Page n of m"', () => {
    expect(drawn.pageCount).toBeGreaterThan(2);
    expect(canvas.pages).toBe(drawn.pageCount);
    for (let page = 1; page <= canvas.pages; page++) {
      const footer = canvas.textsOn(page).filter(isFooter);
      expect(footer.map((text) => text.text)).toContain(`Page ${page} of ${canvas.pages}`);
    }
  });

  it('keeps every text inside the margins and above the footer, the table set smaller to fit', () => {
    for (const text of canvas.texts) {
      expect(text.left).toBeGreaterThanOrEqual(PAGE.left - 0.01);
      expect(text.right).toBeLessThanOrEqual(PAGE.right + 0.01);
    }
    for (const text of body) expect(text.y).toBeLessThanOrEqual(PAGE.bottom);
    const figure = find(canvas, '€1,234,567.89')[0]!;
    expect(figure.style.size).toBeLessThan(SIZE.table);
    expect(figure.style.size).toBeGreaterThanOrEqual(6);
  });

  it('prints every row once, in order, and repeats the header row on every page', () => {
    const numbers = firstLines.map((text) => Number(/^Customer (\d+)/.exec(text.text)![1]));
    expect(numbers).toEqual(Array.from({ length: customers }, (_, index) => index + 1));
    for (let page = 1; page <= canvas.pages; page++) {
      const header = canvas.textsOn(page).filter((text) => text.text === 'Customer');
      expect(header).toHaveLength(1);
      const rows = firstLines.filter((text) => text.page === page);
      if (rows.length > 0) expect(header[0]!.y).toBeLessThan(rows[0]!.y);
    }
  });

  it('wraps a long customer name inside its column, never over the figures', () => {
    const figureLeft = Math.min(...find(canvas, '€1,234,567.89').map((text) => text.left));
    const nameParts = canvas.texts.filter(
      (text) => text.style.align === 'left' && text.x === firstLines[0]!.x && !isFooter(text),
    );
    expect(Math.max(...nameParts.map((text) => text.right))).toBeLessThan(figureLeft);
    expect(
      canvas.texts.some((text) => text.text.includes('GmbH') && text.x === firstLines[0]!.x),
    ).toBe(true);
  });

  it('puts a running head on the later pages only, and the totals under a header on the last', () => {
    const heads = find(canvas, 'Aged receivables (continued)');
    expect(heads.map((text) => text.page)).toEqual(
      Array.from({ length: canvas.pages - 1 }, (_, index) => index + 2),
    );
    const total = find(canvas, '€15.00');
    expect(total).toHaveLength(1);
    expect(total[0]!.page).toBe(canvas.pages);
    const header = canvas.textsOn(canvas.pages).find((text) => text.text === 'Customer')!;
    expect(header.y).toBeLessThan(total[0]!.y);
  });
});

describe('report PDF edge cases', () => {
  it('says "Nothing to report." on one page when there is no table', () => {
    const { canvas, drawn } = draw(reportInput([]));
    expect(drawn.pageCount).toBe(1);
    expect(find(canvas, 'Nothing to report.')).toHaveLength(1);
  });

  it('draws each currency’s table under its own heading', () => {
    const { canvas } = draw(
      reportInput([vatTable('VAT report (EUR)'), vatTable('VAT report (USD)')]),
    );
    const eur = find(canvas, 'VAT report (EUR)')[0]!;
    const usd = find(canvas, 'VAT report (USD)')[0]!;
    expect(usd.y).toBeGreaterThan(eur.y);
    expect(find(canvas, '€237.50')).toHaveLength(2);
  });

  it('refuses a row with a cell too few, as a programming error', () => {
    const table = vatTable();
    table.rows.push(['Zero rated', '0 %', '€0.00']);
    expect(() => drawReportPdf(reportInput([table]), recordingCanvas())).toThrow(/3 cells for 4/);
  });
});
