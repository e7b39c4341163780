import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isoDate, type IsoDate } from '../../../../shared/dates/isoDate';
import { sumMinor } from '../../../../shared/money/minor';
import {
  AGE_BUCKETS,
  ageBucketOf,
  type AgeBucket,
  agedReceivables,
} from '../../../../shared/reports/agedReceivables';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { reportDateArb, reportDoc, reportDocumentsArb } from './reportArbitraries';

const TODAY = '2026-06-30';

/** The bucket written out from the day bounds, independent of ageBucketOf. */
function bucketByHand(dueDate: IsoDate, today: IsoDate): AgeBucket {
  const bounds: [number, AgeBucket][] = [
    [0, 'notDue'],
    [30, 'days1to30'],
    [60, 'days31to60'],
    [90, 'days61to90'],
  ];
  const days = daysBetween(dueDate, today);
  return bounds.find(([last]) => days <= last)?.[1] ?? 'over90';
}

describe('ageBucketOf', () => {
  it('puts due today and later in not due, and 30/31/60/61/90/91 days on their boundaries', () => {
    expect(ageBucketOf(-5)).toBe('notDue');
    expect(ageBucketOf(0)).toBe('notDue');
    expect(ageBucketOf(1)).toBe('days1to30');
    expect(ageBucketOf(30)).toBe('days1to30');
    expect(ageBucketOf(31)).toBe('days31to60');
    expect(ageBucketOf(60)).toBe('days31to60');
    expect(ageBucketOf(61)).toBe('days61to90');
    expect(ageBucketOf(90)).toBe('days61to90');
    expect(ageBucketOf(91)).toBe('over90');
  });
});

describe('agedReceivables', () => {
  it('ages each open balance by the days past its due date as of today', () => {
    const due = (dueDate: string, balance: number, id: string) =>
      reportDoc({ id, dueDate, balance, issueDate: '2026-01-01' });
    const report = agedReceivables(
      [
        due('2026-06-30', 1_00, 'today'), // due today: not due
        due('2026-07-15', 2_00, 'later'),
        due('2026-05-31', 3_00, 'd30'),
        due('2026-05-30', 4_00, 'd31'),
        due('2026-05-01', 5_00, 'd60'),
        due('2026-04-30', 6_00, 'd61'),
        due('2026-04-01', 7_00, 'd90'),
        due('2026-03-31', 8_00, 'd91'),
      ],
      isoDate(TODAY),
    );
    const expected = {
      notDue: 3_00,
      days1to30: 3_00,
      days31to60: 9_00,
      days61to90: 13_00,
      over90: 8_00,
      total: 36_00,
    };
    expect(report.currencies).toEqual([
      {
        currency: 'EUR',
        customers: [
          { customerId: 'c1', customerName: 'Customer One', amounts: expected, invoiceCount: 8 },
        ],
        totals: expected,
      },
    ]);
  });

  it('leaves out paid invoices, credit notes and invoices without a balance', () => {
    const report = agedReceivables(
      [
        reportDoc({ id: 'paid', balance: 0 }),
        reportDoc({ id: 'none' }),
        reportDoc({ id: 'credit', kind: 'creditNote', balance: 50_00 }),
        reportDoc({ id: 'overpaid', balance: -5_00 }),
      ],
      isoDate(TODAY),
    );
    expect(report).toEqual({ today: TODAY, currencies: [] });
  });

  it('splits currencies and lists customers by name under the name of their latest document', () => {
    const report = agedReceivables(
      [
        reportDoc({ id: 'a', customerId: 'z', customerName: 'Zeta', balance: 1_00 }),
        reportDoc({
          id: 'b',
          customerId: 'a',
          customerName: 'Old name',
          issueDate: '2026-01-01',
          balance: 2_00,
        }),
        reportDoc({
          id: 'c',
          customerId: 'a',
          customerName: 'Alpha',
          issueDate: '2026-02-01',
          balance: 3_00,
        }),
        reportDoc({ id: 'd', currency: 'JPY', customerId: 'z', balance: 500 }),
      ],
      isoDate('2026-01-20'),
    );
    expect(report.currencies.map((section) => section.currency)).toEqual(['EUR', 'JPY']);
    const eur = report.currencies[0]!;
    expect(eur.customers.map((row) => [row.customerName, row.amounts.total])).toEqual([
      ['Alpha', 5_00],
      ['Zeta', 1_00],
    ]);
    expect(eur.totals.total).toBe(6_00);
    expect(report.currencies[1]!.totals.notDue).toBe(500);
  });

  it('has bucket totals that sum to the open balance of the invoices they come from', () => {
    fc.assert(
      fc.property(reportDocumentsArb, reportDateArb, (documents, today) => {
        const report = agedReceivables(documents, today);
        for (const section of report.currencies) {
          const open = documents.filter(
            (doc) =>
              doc.currency === section.currency && doc.kind === 'invoice' && (doc.balance ?? 0) > 0,
          );
          const openTotal = sumMinor(open.map((doc) => doc.balance!));
          expect(sumMinor(AGE_BUCKETS.map((bucket) => section.totals[bucket]))).toBe(openTotal);
          expect(section.totals.total).toBe(openTotal);
          for (const bucket of AGE_BUCKETS) {
            const inBucket = open.filter((doc) => bucketByHand(doc.dueDate, today) === bucket);
            expect(section.totals[bucket]).toBe(sumMinor(inBucket.map((doc) => doc.balance!)));
            expect(sumMinor(section.customers.map((row) => row.amounts[bucket]))).toBe(
              section.totals[bucket],
            );
          }
          for (const row of section.customers) {
            expect(sumMinor(AGE_BUCKETS.map((bucket) => row.amounts[bucket]))).toBe(
              row.amounts.total,
            );
          }
        }
        const currencies = new Set(
          documents
            .filter((doc) => doc.kind === 'invoice' && (doc.balance ?? 0) > 0)
            .map((doc) => doc.currency),
        );
        expect(report.currencies.length).toBe(currencies.size);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
