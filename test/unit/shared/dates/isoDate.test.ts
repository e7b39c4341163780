import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dayOf,
  daysBetween,
  daysInMonth,
  endOfMonth,
  epochDayOf,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoDateFromEpochDay,
  isoDateFromUtcParts,
  isoDateOfInstant,
  monthOf,
  parseIsoDate,
  startOfMonth,
  yearOf,
  type IsoDate,
} from '../../../../shared/dates/isoDate';
import { PROPERTY_RUNS } from '../../propertyRuns';

const d = isoDate;
const MIN_DAY = epochDayOf(d('0001-01-01'));
const MAX_DAY = epochDayOf(d('9999-12-31'));

// Any date of years 0001–9999, drawn uniformly over days so leap days and year ends occur.
const anyDate = fc.integer({ min: MIN_DAY, max: MAX_DAY }).map(isoDateFromEpochDay);
// Dates far enough from the ends of the range that ±n days stays inside it.
const innerDate = fc.integer({ min: MIN_DAY + 200_000, max: MAX_DAY - 200_000 });
const offset = fc.integer({ min: -200_000, max: 200_000 });

describe('recognising calendar dates', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (text) => {
      expect(isIsoDate(text)).toBe(true);
      expect(parseIsoDate(text)).toEqual({ ok: true, value: text });
    },
  );

  it.each([
    ['2026-02-30', 'February 2026 has 28 days'],
    ['2026-02-29', 'February 2026 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2026-04-31', 'April 2026 has 30 days'],
    ['2026-01-00', 'January 2026 has 31 days'],
    ['2026-13-01', 'the month must be 01 to 12'],
    ['2026-00-10', 'the month must be 01 to 12'],
    ['0000-01-01', 'the year must be 0001 to 9999'],
    ['2026-1-01', 'form YYYY-MM-DD'],
    ['26-01-01', 'form YYYY-MM-DD'],
    ['01.03.2026', 'form YYYY-MM-DD'],
    ['2026-01-01T00:00:00Z', 'form YYYY-MM-DD'],
    [' 2026-01-01', 'form YYYY-MM-DD'],
    ['', 'form YYYY-MM-DD'],
  ])('refuses %s, saying %s', (text, why) => {
    const parsed = parseIsoDate(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('INVALID_DATE');
    expect(parsed.error.input).toBe(text);
    expect(parsed.error.message).toContain(why);
    expect(isIsoDate(text)).toBe(false);
    expect(() => isoDate(text)).toThrow(RangeError);
  });

  it('isIsoDate refuses values that are not strings', () => {
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date(0))).toBe(false);
  });

  it('builds a date from its parts and refuses impossible parts', () => {
    expect(isoDateFromUtcParts(2028, 2, 29)).toBe('2028-02-29');
    expect(isoDateFromUtcParts(5, 3, 7)).toBe('0005-03-07');
    expect(() => isoDateFromUtcParts(2026, 2, 29)).toThrow(RangeError);
    expect(() => isoDateFromUtcParts(2026, 13, 1)).toThrow(RangeError);
    expect(() => isoDateFromUtcParts(10_000, 1, 1)).toThrow(RangeError);
    expect(() => isoDateFromUtcParts(2026, 1.5, 1)).toThrow(RangeError);
  });

  it('reads the parts of a date', () => {
    expect([yearOf(d('2026-03-09')), monthOf(d('2026-03-09')), dayOf(d('2026-03-09'))]).toEqual([
      2026, 3, 9,
    ]);
  });

  it('knows leap years and month lengths', () => {
    expect([2024, 2028, 2000, 2100, 1900, 2026].map(isLeapYear)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('calendar arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(epochDayOf(d('1970-01-01'))).toBe(0);
    expect(epochDayOf(d('1969-12-31'))).toBe(-1);
    expect(epochDayOf(d('2000-03-01'))).toBe(11_017);
    expect(isoDateFromEpochDay(11_017)).toBe('2000-03-01');
    expect(() => isoDateFromEpochDay(MAX_DAY + 1)).toThrow(RangeError);
    expect(() => isoDateFromEpochDay(0.5)).toThrow(RangeError);
  });

  it('agrees with UTC calendar arithmetic for every day of the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (day) => {
        const date = isoDateFromEpochDay(day);
        const utc = new Date(0);
        utc.setUTCFullYear(yearOf(date), monthOf(date) - 1, dayOf(date));
        expect(Math.round(utc.getTime() / 86_400_000)).toBe(day);
        expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(d('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(d('2026-01-15'), 365)).toBe('2027-01-15');
    expect(addDays(d('2026-01-15'), 0)).toBe('2026-01-15');
    expect(() => addDays(d('2026-01-15'), 1.5)).toThrow(RangeError);
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(addMonths(d('2026-03-31'), 1)).toBe('2026-04-30');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2026-11-15'), 2)).toBe('2027-01-15');
    expect(addMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
    expect(addMonths(d('2028-02-29'), 12)).toBe('2029-02-28');
    expect(addMonths(d('2026-05-20'), 0)).toBe('2026-05-20');
    expect(() => addMonths(d('9999-12-01'), 1)).toThrow(RangeError);
    expect(() => addMonths(d('2026-01-01'), 0.5)).toThrow(RangeError);
  });

  it('finds the first and last day of a month', () => {
    expect(endOfMonth(d('2026-02-10'))).toBe('2026-02-28');
    expect(endOfMonth(d('2028-02-01'))).toBe('2028-02-29');
    expect(endOfMonth(d('2026-12-31'))).toBe('2026-12-31');
    expect(endOfMonth(d('2026-04-01'))).toBe('2026-04-30');
    expect(startOfMonth(d('2026-04-30'))).toBe('2026-04-01');
  });

  it('counts the days between two dates, signed', () => {
    expect(daysBetween(d('2026-01-01'), d('2026-12-31'))).toBe(364);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
    expect(daysBetween(d('2026-03-01'), d('2026-02-01'))).toBe(-28);
    expect(daysBetween(d('2026-03-01'), d('2026-03-01'))).toBe(0);
  });

  it('compares dates', () => {
    expect(compareIsoDates(d('2026-01-02'), d('2026-01-10'))).toBe(-1);
    expect(compareIsoDates(d('2026-01-10'), d('2026-01-10'))).toBe(0);
    expect(compareIsoDates(d('2027-01-01'), d('2026-12-31'))).toBe(1);
  });

  it('adding n days and then −n days gives the date back', () => {
    fc.assert(
      fc.property(innerDate, offset, (day, n) => {
        const date = isoDateFromEpochDay(day);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the days between a date and n days later are n', () => {
    fc.assert(
      fc.property(innerDate, offset, (day, n) => {
        const date = isoDateFromEpochDay(day);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('date order, day order and string order agree', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a: IsoDate, b: IsoDate) => {
        const byString = a < b ? -1 : a > b ? 1 : 0;
        expect(compareIsoDates(a, b)).toBe(byString);
        expect(Math.sign(daysBetween(b, a))).toBe(byString);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('adding months always lands on a real date no later than the same day number', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, n) => {
        const year = yearOf(date) + Math.floor((monthOf(date) - 1 + n) / 12);
        fc.pre(year >= 1 && year <= 9999);
        const moved = addMonths(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(dayOf(moved)).toBe(Math.min(dayOf(date), daysInMonth(year, monthOf(moved))));
        expect((yearOf(moved) - yearOf(date)) * 12 + monthOf(moved) - monthOf(date)).toBe(n);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('the date of an instant', () => {
  const instant = Date.UTC(2026, 0, 31, 23, 30); // 2026-01-31 23:30 UTC

  it('is the UTC date with offset 0', () => {
    expect(isoDateOfInstant(instant, 0)).toBe('2026-01-31');
  });

  it('is the next day where the clock is already past midnight', () => {
    expect(isoDateOfInstant(instant, 60)).toBe('2026-02-01');
  });

  it('is still the same day west of UTC', () => {
    expect(isoDateOfInstant(Date.UTC(2026, 1, 1, 3, 0), -300)).toBe('2026-01-31');
  });

  it('works before 1970', () => {
    expect(isoDateOfInstant(Date.UTC(1969, 11, 31, 12), 0)).toBe('1969-12-31');
  });

  it('refuses a non-finite instant', () => {
    expect(() => isoDateOfInstant(Number.NaN, 0)).toThrow(RangeError);
  });
});
