import { describe, expect, it } from 'vitest';
import { planColumns, REPORT_TABLE } from '../../../../shared/pdf/reportColumns';
import { agedTable, vatTable } from './reportFixtures';

// Text measured as the recording canvas does: 0.55 em a character.
const measure = (text: string, _face: 'regular' | 'bold', size: number) =>
  Array.from(text).length * size * (25.4 / 72) * 0.55;

const WIDTH = 170;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('planColumns', () => {
  it('makes figure columns as wide as their headings where there is room, and the text column the rest', () => {
    const plan = planColumns(vatTable(), WIDTH, measure);
    expect(plan.size).toBe(REPORT_TABLE.size);
    expect(sum(plan.widths)).toBeCloseTo(WIDTH, 6);
    const padding = 2 * REPORT_TABLE.padding;
    // "Taxable amount" is wider than its widest figure, "€237.50", and stands on one line.
    expect(plan.widths[2]).toBeCloseTo(measure('Taxable amount', 'bold', plan.size) + padding, 6);
    expect(plan.widths[3]).toBeCloseTo(measure('€40.63', 'bold', plan.size) + padding, 6);
    expect(plan.widths[0]).toBeGreaterThan(plan.widths[2]!);
  });

  it('sets a wide table smaller until its text column keeps its minimum width', () => {
    const plan = planColumns(agedTable(3), WIDTH, measure);
    expect(plan.size).toBeLessThan(REPORT_TABLE.size);
    expect(plan.size).toBeGreaterThanOrEqual(REPORT_TABLE.minimumSize);
    expect(plan.widths[0]).toBeGreaterThanOrEqual(REPORT_TABLE.minimumTextWidth);
    expect(sum(plan.widths)).toBeCloseTo(WIDTH, 6);
    for (let index = 1; index < 7; index++) {
      const widest = Math.max(
        ...agedTable(3).rows.map((row) => measure(row[index]!, 'regular', plan.size)),
      );
      expect(plan.widths[index]).toBeGreaterThanOrEqual(widest);
    }
  });

  it('never cuts a figure column, even where the table cannot fit at the smallest size', () => {
    const table = agedTable(1);
    table.rows[0] = table.rows[0]!.map((cell, index) =>
      index === 0 ? cell : '€999,999,999,999,999.99',
    );
    const plan = planColumns(table, WIDTH, measure);
    expect(plan.size).toBe(REPORT_TABLE.minimumSize);
    expect(plan.widths[1]).toBeGreaterThanOrEqual(
      measure('€999,999,999,999,999.99', 'regular', plan.size),
    );
  });
});
