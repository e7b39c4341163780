import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateReportPdfInWorker, stopPdfWorker } from '../../../renderer/pdf/pdfWorkerClient';
import { answerPdfRequest, type PdfWorkerRequest } from '../../../renderer/pdf/pdfWorkerProtocol';
import { renderReportPdf } from '../../../renderer/pdf/renderReportPdf';
import { agedTable, reportInput, vatTable } from '../../unit/shared/pdf/reportFixtures';
import { layoutText, pdfFonts, pdfInfo, savePdf } from './pdfTools';

// The report PDF as a person reads it: jsPDF with the embedded DejaVu subset, read back with
// poppler (pdftotext, pdfinfo, pdffonts).

describe('the report PDF, read with poppler', () => {
  const input = reportInput([vatTable()], {
    company: { name: 'Ανδρέας Παπαδόπουλος — Дизайн', details: ['Athens'] },
  });
  const file = savePdf('vat-report', renderReportPdf(input));

  it('shows the title, the trader, the period, the rows and the totals', () => {
    const text = layoutText(file);
    expect(text).toContain('VAT report');
    expect(text).toContain('Ανδρέας Παπαδόπουλος — Дизайн');
    expect(text).toContain('2026-Q1: 01/01/2026 – 31/03/2026');
    expect(text).toMatch(/Standard rate\s+19 %\s+€200\.00\s+€38\.00/);
    expect(text).toMatch(/Total \(invoices minus credit notes\)\s+€237\.50\s+€40\.63/);
    expect(text).toContain('Page 1 of 1');
  });

  it('is one A4 page with the report’s title and the trader as author, its fonts embedded', () => {
    const info = pdfInfo(file);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info.Title).toBe('VAT report 2026-Q1');
    expect(info.Author).toBe('Weber Design Studio');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/DejaVuSans/);
      expect(font.embedded).toBe(true);
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(renderReportPdf(input)).toEqual(renderReportPdf(input));
  });

  it('numbers every page of a long report and ends with its totals', () => {
    const long = savePdf(
      'aged-long',
      renderReportPdf(reportInput([agedTable(150)], { title: 'Aged receivables' })),
    );
    const pages = Number(pdfInfo(long).Pages);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) {
      expect(layoutText(long, page)).toContain(`Page ${page} of ${pages}`);
    }
    expect(layoutText(long, 2)).toContain('Aged receivables (continued)');
    expect(layoutText(long, pages)).toMatch(
      /Total\s+€1\.00\s+€2\.00\s+€3\.00\s+€4\.00\s+€5\.00\s+€15\.00/,
    );
  });
});

class StandInWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: unknown = null;
  postMessage(request: PdfWorkerRequest): void {
    const copy = structuredClone(request);
    setTimeout(() => this.onmessage?.({ data: answerPdfRequest(copy) }));
  }
  terminate(): void {}
}

describe('generateReportPdfInWorker', () => {
  vi.stubGlobal('Worker', StandInWorker);
  afterEach(() => stopPdfWorker());
  afterAll(() => vi.unstubAllGlobals());

  it('makes the report PDF in the worker, after a structured clone of the input', async () => {
    const input = reportInput([vatTable()]);
    expect(await generateReportPdfInWorker(input)).toEqual(renderReportPdf(input));
  });

  it('rejects with the reason when the report cannot be made', async () => {
    const table = vatTable();
    table.rows.push(['only one cell']);
    await expect(generateReportPdfInWorker(reportInput([table]))).rejects.toThrow(
      /The PDF could not be made: Row 3 of the report table/,
    );
  });
});
