import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../../../shared/dates/isoDate';
import {
  PERIOD_KINDS,
  periodOf,
  periodRange,
  shiftPeriod,
} from '../../../../shared/reports/reportPeriod';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { reportDateArb } from './reportArbitraries';

describe('periodOf', () => {
  it('gives the month, quarter and year of a date with their first and last day', () => {
    const date = isoDate('2024-02-10');
    expect(periodOf(date, 'month')).toEqual({
      kind: 'month',
      label: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(periodOf(date, 'quarter')).toEqual({
      kind: 'quarter',
      label: '2024-Q1',
      from: '2024-01-01',
      to: '2024-03-31',
    });
    expect(periodOf(date, 'year')).toEqual({
      kind: 'year',
      label: '2024',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(periodOf(isoDate('2025-12-31'), 'quarter')).toMatchObject({
      label: '2025-Q4',
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });

  it('contains the date, and the next period starts the day after it ends', () => {
    fc.assert(
      fc.property(reportDateArb, fc.constantFrom(...PERIOD_KINDS), (date, kind) => {
        const period = periodOf(date, kind);
        expect(period.from <= date && date <= period.to).toBe(true);
        expect(periodOf(period.to, kind)).toEqual(period);
        expect(shiftPeriod(period, 1).from).toBe(addDays(period.to, 1));
        expect(shiftPeriod(period, -1).to).toBe(addDays(period.from, -1));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('shiftPeriod', () => {
  it('moves across year ends in both directions', () => {
    const q4 = periodOf(isoDate('2025-11-05'), 'quarter');
    expect(shiftPeriod(q4, 1).label).toBe('2026-Q1');
    expect(shiftPeriod(q4, -4).label).toBe('2024-Q4');
    expect(shiftPeriod(periodOf(isoDate('2026-01-31'), 'month'), -1).label).toBe('2025-12');
  });
});

describe('periodRange', () => {
  it('lists every period the range touches, partial ones at the ends included', () => {
    const range = { from: isoDate('2025-11-20'), to: isoDate('2026-02-01') };
    expect(periodRange(range, 'month').map((period) => period.label)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(periodRange(range, 'quarter').map((period) => period.label)).toEqual([
      '2025-Q4',
      '2026-Q1',
    ]);
    expect(periodRange(range, 'year').map((period) => period.label)).toEqual(['2025', '2026']);
  });

  it('is empty for a range that ends before it starts', () => {
    expect(
      periodRange({ from: isoDate('2026-02-01'), to: isoDate('2026-01-31') }, 'month'),
    ).toEqual([]);
  });
});
