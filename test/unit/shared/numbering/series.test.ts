import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../../../shared/dates/isoDate';
import {
  DEFAULT_NUMBER_PATTERNS,
  defaultNumberSeries,
  previewNextNumber,
  takeNextNumber,
  type NumberSeries,
  type TakenNumber,
} from '../../../../shared/numbering/series';

const d = isoDate;

function series(overrides: Partial<NumberSeries> = {}): NumberSeries {
  return {
    id: 'invoice',
    documentKind: 'invoice',
    pattern: 'INV-{YYYY}-{SEQ:4}',
    resetYearly: true,
    nextCounter: 1,
    counterYear: null,
    ...overrides,
  };
}

function take(from: NumberSeries, date: string): TakenNumber {
  const taken = takeNextNumber(from, d(date));
  if (!taken.ok) throw new Error(taken.error.message);
  return taken.value;
}

describe('default series', () => {
  it('has one series per document kind with the agreed patterns, all restarting yearly', () => {
    expect(defaultNumberSeries()).toEqual([
      {
        id: 'invoice',
        documentKind: 'invoice',
        pattern: 'INV-{YYYY}-{SEQ:4}',
        resetYearly: true,
        nextCounter: 1,
        counterYear: null,
      },
      {
        id: 'quote',
        documentKind: 'quote',
        pattern: 'QUO-{YYYY}-{SEQ:4}',
        resetYearly: true,
        nextCounter: 1,
        counterYear: null,
      },
      {
        id: 'creditNote',
        documentKind: 'creditNote',
        pattern: 'CN-{YYYY}-{SEQ:3}',
        resetYearly: true,
        nextCounter: 1,
        counterYear: null,
      },
    ]);
    expect(DEFAULT_NUMBER_PATTERNS.creditNote).toBe('CN-{YYYY}-{SEQ:3}');
  });

  it('gives fresh objects each time, so one caller cannot change another’s defaults', () => {
    const first = defaultNumberSeries();
    first[0]!.nextCounter = 99;
    expect(defaultNumberSeries()[0]!.nextCounter).toBe(1);
  });

  it('starts each default series at number 1 of the year', () => {
    const numbers = defaultNumberSeries().map((s) => take(s, '2026-05-01').number);
    expect(numbers).toEqual(['INV-2026-0001', 'QUO-2026-0001', 'CN-2026-001']);
  });
});

describe('taking the next number', () => {
  it('hands out the counter and advances the series past it, without changing the input', () => {
    const before = series({ nextCounter: 7, counterYear: 2026 });
    const taken = take(before, '2026-03-09');
    expect(taken.number).toBe('INV-2026-0007');
    expect(taken.counter).toBe(7);
    expect(taken.series).toEqual({ ...before, nextCounter: 8, counterYear: 2026 });
    expect(before.nextCounter).toBe(7);
  });

  it('uses the first counter of a new series as it was set, and records the year', () => {
    const taken = take(series({ nextCounter: 57, counterYear: null }), '2026-01-02');
    expect(taken.number).toBe('INV-2026-0057');
    expect(taken.series.counterYear).toBe(2026);
  });

  it('restarts at 1 in a new year when the series resets yearly', () => {
    const taken = take(series({ nextCounter: 412, counterYear: 2026 }), '2027-01-01');
    expect(taken.number).toBe('INV-2027-0001');
    expect(taken.series).toMatchObject({ nextCounter: 2, counterYear: 2027 });
  });

  it('restarts at 1 after a year without documents as well', () => {
    expect(take(series({ nextCounter: 9, counterYear: 2024 }), '2026-06-30').number).toBe(
      'INV-2026-0001',
    );
  });

  it('keeps counting across years when the series does not reset', () => {
    const taken = take(
      series({ pattern: 'INV-{SEQ:4}', resetYearly: false, nextCounter: 412, counterYear: 2026 }),
      '2027-01-01',
    );
    expect(taken.number).toBe('INV-0412');
    expect(taken.series).toMatchObject({ nextCounter: 413, counterYear: 2027 });
  });

  it('without reset, a document dated in an earlier year still gets the next counter', () => {
    const taken = take(
      series({ pattern: '{YYYY}-{SEQ}', resetYearly: false, nextCounter: 30, counterYear: 2027 }),
      '2026-12-31',
    );
    expect(taken.number).toBe('2026-30');
    expect(taken.series).toMatchObject({ nextCounter: 31, counterYear: 2027 });
  });

  it('refuses a document dated before the year a resetting series has moved on to', () => {
    const result = takeNextNumber(series({ nextCounter: 5, counterYear: 2027 }), d('2026-12-31'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'ISSUE_DATE_BEFORE_SERIES_YEAR',
      issueYear: 2026,
      counterYear: 2027,
    });
    expect(result.error.message).toContain('repeating');
  });

  it('follows {YY}{MM}-{SEQ} through a year change', () => {
    let current = series({ pattern: '{YY}{MM}-{SEQ}' });
    const numbers: string[] = [];
    for (const date of ['2026-11-30', '2026-12-01', '2026-12-31', '2027-01-01', '2027-02-01']) {
      const taken = take(current, date);
      numbers.push(taken.number);
      current = taken.series;
    }
    expect(numbers).toEqual(['2611-1', '2612-2', '2612-3', '2701-1', '2702-2']);
  });

  it('10,000 consecutive takes give distinct, consecutive numbers', () => {
    let current = series();
    const numbers = new Set<string>();
    let date = d('2026-01-01');
    for (let i = 1; i <= 10_000; i += 1) {
      if (i % 30 === 0) date = addDays(date, 1); // stays within 2026
      const taken = take(current, date);
      expect(taken.counter).toBe(i);
      expect(taken.number).toBe(`INV-2026-${String(i).padStart(4, '0')}`);
      numbers.add(taken.number);
      current = taken.series;
    }
    expect(numbers.size).toBe(10_000);
    expect(current).toMatchObject({ nextCounter: 10_001, counterYear: 2026 });
  });

  it('throws on a stored series that could not have been saved', () => {
    expect(() => takeNextNumber(series({ pattern: 'INV-{SEQ}' }), d('2026-01-01'))).toThrow(
      /invalid pattern/,
    );
    expect(() => takeNextNumber(series({ nextCounter: 0 }), d('2026-01-01'))).toThrow(
      /invalid counter/,
    );
  });
});

describe('previewing the next number', () => {
  it('shows the number the next document would get, without taking it', () => {
    const s = series({ nextCounter: 12, counterYear: 2026 });
    expect(previewNextNumber(s, d('2026-04-01'))).toEqual({ ok: true, value: 'INV-2026-0012' });
    expect(previewNextNumber(s, d('2027-04-01'))).toEqual({ ok: true, value: 'INV-2027-0001' });
    expect(s.nextCounter).toBe(12);
  });

  it('agrees with taking the number', () => {
    const s = series({ pattern: 'CN-{YYYY}-{SEQ:3}', nextCounter: 3, counterYear: 2026 });
    const preview = previewNextNumber(s, d('2026-08-08'));
    expect(preview.ok && preview.value).toBe(take(s, '2026-08-08').number);
  });

  it('reports what is wrong with a pattern being typed', () => {
    const preview = previewNextNumber(series({ pattern: 'INV-{YEAR}-{SEQ}' }), d('2026-01-01'));
    expect(preview).toMatchObject({ ok: false, error: { code: 'PATTERN_UNKNOWN_TOKEN' } });
  });

  it('reports a yearly reset on a pattern without the year', () => {
    const preview = previewNextNumber(series({ pattern: 'INV-{SEQ}' }), d('2026-01-01'));
    expect(preview).toMatchObject({ ok: false, error: { code: 'PATTERN_NEEDS_YEAR' } });
  });

  it('reports a date before the year the series has moved on to', () => {
    const preview = previewNextNumber(series({ counterYear: 2027 }), d('2026-01-01'));
    expect(preview).toMatchObject({ ok: false, error: { code: 'ISSUE_DATE_BEFORE_SERIES_YEAR' } });
  });
});
