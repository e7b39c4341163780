import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import { sumMinor } from '../../../../shared/money/minor';
import { salesByCustomer, salesByMonth } from '../../../../shared/reports/salesReport';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { reportDateArb, reportDoc, reportDocumentsArb } from './reportArbitraries';

const RANGE = { from: isoDate('2026-01-01'), to: isoDate('2026-03-31') };

// Net / gross: 100.00 / 119.00 per default document; the 7 % one is 50.00 / 53.50.
const DOCUMENTS = [
  reportDoc({ id: '1', customerId: 'b', customerName: 'Bauer', issueDate: '2026-01-05' }),
  reportDoc({ id: '2', customerId: 'a', customerName: 'Adler', issueDate: '2026-01-31' }),
  reportDoc({
    id: '3',
    customerId: 'b',
    customerName: 'Bauer',
    issueDate: '2026-03-31',
    lines: [['1', '50', 'standard', '7']],
  }),
  reportDoc({
    id: '4',
    kind: 'creditNote',
    customerId: 'a',
    customerName: 'Adler',
    issueDate: '2026-03-01',
    lines: [['1', '30', 'standard', '19']],
  }),
  reportDoc({ id: 'before', customerId: 'a', issueDate: '2025-12-31' }),
  reportDoc({ id: 'after', customerId: 'c', customerName: 'Cramer', issueDate: '2026-04-01' }),
];

describe('salesByCustomer', () => {
  it('gives net and gross per customer of the documents in the range, credit notes subtracted', () => {
    expect(salesByCustomer(DOCUMENTS, RANGE)).toEqual({
      ...RANGE,
      currencies: [
        {
          currency: 'EUR',
          rows: [
            { customerId: 'a', customerName: 'Adler', net: 70_00, gross: 83_30 },
            { customerId: 'b', customerName: 'Bauer', net: 150_00, gross: 172_50 },
          ],
          totals: { net: 220_00, gross: 255_80 },
        },
      ],
    });
  });
});

describe('salesByMonth', () => {
  it('gives net and gross per month of the range, a month without sales as zero', () => {
    const report = salesByMonth(DOCUMENTS, RANGE);
    expect(report.currencies).toHaveLength(1);
    const section = report.currencies[0]!;
    expect(section.rows.map((row) => [row.month.label, row.net, row.gross])).toEqual([
      ['2026-01', 200_00, 238_00],
      ['2026-02', 0, 0],
      ['2026-03', 20_00, 17_80],
    ]);
    expect(section.totals).toEqual({ net: 220_00, gross: 255_80 });
  });

  it('lists no currency that has no document in the range', () => {
    const yen = reportDoc({ currency: 'JPY', issueDate: '2026-05-01' });
    expect(salesByMonth([...DOCUMENTS, yen], RANGE).currencies.map((s) => s.currency)).toEqual([
      'EUR',
    ]);
  });
});

describe('sales reports', () => {
  it('by customer and by month sum to the same totals as the documents in the range', () => {
    fc.assert(
      fc.property(reportDocumentsArb, reportDateArb, reportDateArb, (documents, a, b) => {
        const range = a <= b ? { from: a, to: b } : { from: b, to: a };
        const byCustomer = salesByCustomer(documents, range);
        const byMonth = salesByMonth(documents, range);
        const inRange = documents.filter(
          (doc) => doc.issueDate >= range.from && doc.issueDate <= range.to,
        );
        const currencies = [...new Set(inRange.map((doc) => doc.currency))].sort();
        expect(byCustomer.currencies.map((section) => section.currency)).toEqual(currencies);
        expect(byMonth.currencies.map((section) => section.currency)).toEqual(currencies);
        for (const [index, currency] of currencies.entries()) {
          const docs = inRange.filter((doc) => doc.currency === currency);
          const signed = (doc: (typeof docs)[number], amount: number) =>
            doc.kind === 'creditNote' ? -amount : amount;
          const net = docs.reduce((sum, doc) => sum + signed(doc, doc.totals.netTotal), 0);
          const gross = docs.reduce((sum, doc) => sum + signed(doc, doc.totals.grossTotal), 0);
          for (const section of [byCustomer.currencies[index]!, byMonth.currencies[index]!]) {
            expect(section.totals).toEqual({ net, gross });
            expect(sumMinor(section.rows.map((row) => row.net))).toBe(net);
            expect(sumMinor(section.rows.map((row) => row.gross))).toBe(gross);
          }
          const customers = new Set(docs.map((doc) => doc.customerId));
          expect(byCustomer.currencies[index]!.rows).toHaveLength(customers.size);
          for (const row of byCustomer.currencies[index]!.rows) {
            const own = docs.filter((doc) => doc.customerId === row.customerId);
            expect(row.net).toBe(
              own.reduce((sum, doc) => sum + signed(doc, doc.totals.netTotal), 0),
            );
          }
          for (const row of byMonth.currencies[index]!.rows) {
            const own = docs.filter((doc) => doc.issueDate.startsWith(row.month.label));
            expect(row.gross).toBe(
              own.reduce((sum, doc) => sum + signed(doc, doc.totals.grossTotal), 0),
            );
          }
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
