import { describe, expect, it } from 'vitest';
import { PAGE } from '../../../../shared/pdf/pdfStyle';
import { line, postedDocument } from './pdfFixtures';
import { longInvoice } from './pdfScenarios';
import { drawRecorded, textsOf } from './recordingCanvas';

const isFooter = (y: number) => y > PAGE.footerRule;

describe('a long document over several pages', () => {
  const { canvas, drawn } = drawRecorded(longInvoice(60));
  const rowTexts = canvas.texts.filter((text) => /^Line item \d+/.test(text.text));

  it('breaks onto as many pages as the measuring pass counted', () => {
    expect(canvas.pages).toBeGreaterThanOrEqual(2);
    expect(drawn.pageCount).toBe(canvas.pages);
  });

  it('numbers every page "Page n of m" in its footer', () => {
    for (let page = 1; page <= canvas.pages; page++) {
      const footer = canvas.textsOn(page).filter((text) => isFooter(text.y));
      expect(footer.map((text) => text.text)).toContain(`Page ${page} of ${canvas.pages}`);
    }
  });

  it('repeats the table header above the rows on every page the table runs onto', () => {
    const pagesWithRows = [...new Set(rowTexts.map((text) => text.page))];
    expect(pagesWithRows.length).toBe(canvas.pages);
    for (const page of pagesWithRows) {
      const headers = canvas.textsOn(page).filter((text) => text.text === 'Description');
      expect(headers).toHaveLength(1);
      const firstRow = rowTexts.find((text) => text.page === page)!;
      expect(headers[0]!.y).toBeLessThan(firstRow.y);
    }
  });

  it('puts a running head with title and number on the later pages only', () => {
    expect(
      textsOf(canvas).filter((text) => text === 'Invoice INV-2026-0060 (continued)'),
    ).toHaveLength(canvas.pages - 1);
    expect(canvas.textsOn(1).map((text) => text.text)).not.toContain(
      'Invoice INV-2026-0060 (continued)',
    );
  });

  it('prints each line once, in order from page to page', () => {
    const numbers = rowTexts.map((text) => Number(/^Line item (\d+)/.exec(text.text)![1]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    const order = rowTexts.map((text) => text.page * 1000 + text.y);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never splits a row that fits on a page: every page starts with the first line of a row', () => {
    const descriptionX = rowTexts[0]!.x;
    for (let page = 2; page <= canvas.pages; page++) {
      const header = canvas.textsOn(page).find((text) => text.text === 'Description')!;
      const first = canvas
        .textsOn(page)
        .find((text) => text.x === descriptionX && text.y > header.y && text !== header);
      expect(first?.text).toMatch(/^Line item \d+/);
    }
  });

  it('puts the totals after the last line', () => {
    const amountDue = canvas.texts.find((text) => text.text === 'Amount due')!;
    const lastRow = rowTexts.at(-1)!;
    expect(amountDue.page * 1000 + amountDue.y).toBeGreaterThan(lastRow.page * 1000 + lastRow.y);
  });
});

describe('a line taller than a page', () => {
  const parts = Array.from({ length: 90 }, (_, index) => `Part ${index + 1}`);
  const document = postedDocument({ lines: [line({ description: parts.join('\n') })] });
  const { canvas } = drawRecorded(document);

  it('is split between its description lines and continues on the next page', () => {
    const printed = canvas.texts.filter((text) => /^Part \d+$/.test(text.text));
    expect(printed.map((text) => text.text)).toEqual(parts);
    expect(new Set(printed.map((text) => text.page)).size).toBeGreaterThanOrEqual(2);
  });

  it('prints its unit and amounts once, beside its first line', () => {
    const first = canvas.texts.find((text) => text.text === 'Part 1')!;
    const units = canvas.texts.filter((text) => text.text === 'hour');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ page: first.page, y: first.y });
  });
});
