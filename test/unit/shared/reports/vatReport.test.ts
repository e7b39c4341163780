import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../../../shared/money/decimal';
import { isoDate } from '../../../../shared/dates/isoDate';
import { periodOf, PERIOD_KINDS } from '../../../../shared/reports/reportPeriod';
import { vatReport } from '../../../../shared/reports/vatReport';
import { vatCategoryOrder } from '../../../../shared/tax/vatCategories';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { reportDateArb, reportDoc, reportDocumentsArb } from './reportArbitraries';

// Invoices A and B and credit note C fall in March 2026; E in February, D in April.
const DOCUMENTS = [
  reportDoc({
    id: 'A',
    issueDate: '2026-03-10',
    lines: [
      ['2', '50', 'standard', '19'],
      ['1', '30', 'standard', '7'],
      ['1', '40', 'exempt', '0'],
    ],
  }),
  reportDoc({ id: 'B', issueDate: '2026-03-31', lines: [['1', '200', 'standard', '19']] }),
  reportDoc({
    id: 'C',
    kind: 'creditNote',
    issueDate: '2026-03-20',
    lines: [['1', '50', 'standard', '19.00']],
  }),
  reportDoc({ id: 'D', issueDate: '2026-04-01', lines: [['1', '1000', 'standard', '19']] }),
  reportDoc({ id: 'E', issueDate: '2026-02-28', lines: [['1', '10', 'standard', '19']] }),
];

describe('vatReport', () => {
  it('gives taxable amount and VAT per rate of a month, invoices minus credit notes', () => {
    const report = vatReport(DOCUMENTS, periodOf(isoDate('2026-03-15'), 'month'));
    expect(report.from).toBe('2026-03-01');
    expect(report.to).toBe('2026-03-31');
    expect(report.currencies).toEqual([
      {
        currency: 'EUR',
        rows: [
          {
            category: 'standard',
            rate: '19',
            invoiced: { taxableAmount: 300_00, vatAmount: 57_00 },
            credited: { taxableAmount: 50_00, vatAmount: 9_50 },
            taxableAmount: 250_00,
            vatAmount: 47_50,
          },
          {
            category: 'standard',
            rate: '7',
            invoiced: { taxableAmount: 30_00, vatAmount: 2_10 },
            credited: { taxableAmount: 0, vatAmount: 0 },
            taxableAmount: 30_00,
            vatAmount: 2_10,
          },
          {
            category: 'exempt',
            rate: '0',
            invoiced: { taxableAmount: 40_00, vatAmount: 0 },
            credited: { taxableAmount: 0, vatAmount: 0 },
            taxableAmount: 40_00,
            vatAmount: 0,
          },
        ],
        totals: { taxableAmount: 320_00, vatAmount: 49_60 },
        invoiceCount: 2,
        creditNoteCount: 1,
      },
    ]);
  });

  it('takes in every document of the quarter and none outside it', () => {
    const report = vatReport(DOCUMENTS, periodOf(isoDate('2026-01-01'), 'quarter'));
    expect(report.currencies[0]!.totals).toEqual({ taxableAmount: 330_00, vatAmount: 51_50 });
    expect(report.currencies[0]!.rows[0]).toMatchObject({
      taxableAmount: 260_00,
      vatAmount: 49_40,
    });
  });

  it('keeps currencies apart and is empty for a period without documents', () => {
    const yen = reportDoc({ currency: 'JPY', issueDate: '2026-03-02' });
    const report = vatReport([...DOCUMENTS, yen], periodOf(isoDate('2026-03-01'), 'month'));
    expect(report.currencies.map((section) => section.currency)).toEqual(['EUR', 'JPY']);
    expect(report.currencies[1]!.totals).toEqual({ taxableAmount: 100, vatAmount: 19 });
    expect(vatReport(DOCUMENTS, periodOf(isoDate('2025-03-01'), 'year')).currencies).toEqual([]);
  });

  it('equals the sums of the VAT groups of the documents issued in the period', () => {
    fc.assert(
      fc.property(
        reportDocumentsArb,
        reportDateArb,
        fc.constantFrom(...PERIOD_KINDS),
        (documents, date, kind) => {
          const period = periodOf(date, kind);
          const report = vatReport(documents, period);
          // Computed here without the report's helpers: filter, sign, add per currency and group.
          const expected = new Map<string, { taxable: number; vat: number }>();
          const expectedTotals = new Map<string, { taxable: number; vat: number }>();
          const add = (map: typeof expected, key: string, taxable: number, vat: number) => {
            const entry = map.get(key) ?? { taxable: 0, vat: 0 };
            map.set(key, { taxable: entry.taxable + taxable, vat: entry.vat + vat });
          };
          for (const doc of documents) {
            if (doc.issueDate < period.from || doc.issueDate > period.to) continue;
            const sign = doc.kind === 'creditNote' ? -1 : 1;
            for (const group of doc.totals.vatGroups) {
              const key = `${doc.currency} ${group.category} ${dec(group.rate).toString()}`;
              add(expected, key, sign * group.taxableAmount, sign * group.vatAmount);
            }
            add(
              expectedTotals,
              doc.currency,
              sign * doc.totals.netTotal,
              sign * doc.totals.vatTotal,
            );
          }
          const actual = new Map<string, { taxable: number; vat: number }>();
          const actualTotals = new Map<string, { taxable: number; vat: number }>();
          for (const section of report.currencies) {
            actualTotals.set(section.currency, {
              taxable: section.totals.taxableAmount,
              vat: section.totals.vatAmount,
            });
            for (const row of section.rows) {
              const key = `${section.currency} ${row.category} ${row.rate}`;
              actual.set(key, { taxable: row.taxableAmount, vat: row.vatAmount });
              expect(row.taxableAmount).toBe(
                row.invoiced.taxableAmount - row.credited.taxableAmount,
              );
              expect(row.vatAmount).toBe(row.invoiced.vatAmount - row.credited.vatAmount);
            }
            const order = section.rows.map((row) => [
              vatCategoryOrder(row.category),
              -Number(row.rate),
            ]);
            const sorted = [...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
            expect(order).toEqual(sorted);
          }
          expect(actual).toEqual(expected);
          expect(actualTotals).toEqual(expectedTotals);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
