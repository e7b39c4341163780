// A 60-line invoice over several pages, read back page by page with pdftotext.
import { describe, expect, it } from 'vitest';
import { longInvoice } from '../../unit/shared/pdf/pdfScenarios';
import { layoutText, pdfInfo, renderTestPdf, totalFigures } from './pdfTools';

describe('an invoice of 60 lines', () => {
  const document = longInvoice(60);
  const path = renderTestPdf('sixty-lines', document);
  const pageCount = Number(pdfInfo(path).Pages);

  it('runs over several pages, each numbered "Page n of m"', () => {
    expect(pageCount).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pageCount; page++) {
      expect(layoutText(path, page)).toContain(`Page ${page} of ${pageCount}`);
    }
  });

  it('repeats the table header on every page the lines run onto', () => {
    const pagesWithLines = Array.from({ length: pageCount }, (_, index) => index + 1).filter(
      (page) => /Line item \d+/.test(layoutText(path, page)),
    );
    expect(pagesWithLines.length).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithLines) {
      expect(layoutText(path, page)).toMatch(/Pos\.\s+Description\s+Qty\s+Unit\s+Unit price/);
    }
  });

  it('prints every line once, in order, and the totals after the last line', () => {
    const text = layoutText(path);
    const positions = Array.from({ length: 60 }, (_, index) => {
      const matches = text.match(new RegExp(`Line item ${index + 1}\\b`, 'g')) ?? [];
      expect(matches, `line ${index + 1}`).toHaveLength(1);
      return text.indexOf(`Line item ${index + 1}`);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const lastPage = layoutText(path, pageCount);
    for (const figure of totalFigures(document, 'en-GB')) expect(lastPage).toContain(figure);
    expect(text.indexOf('Amount due')).toBeGreaterThan(positions[59]!);
  });
});
