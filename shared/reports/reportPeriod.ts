import {
  compareIsoDates,
  daysInMonth,
  isoDateFromUtcParts,
  monthOf,
  yearOf,
  type IsoDate,
} from '../dates/isoDate';
import type { DateRange } from './reportDocument';

/** The lengths of period a VAT return or a sales report is made for. */
export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A calendar month, quarter or year with its first and last day and a sortable label. */
export type ReportPeriod = DateRange & {
  kind: PeriodKind;
  /** '2026-03' for a month, '2026-Q1' for a quarter, '2026' for a year. */
  label: string;
};

const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };

/** The month, quarter or year a date falls in. */
export function periodOf(date: IsoDate, kind: PeriodKind): ReportPeriod {
  const year = yearOf(date);
  const span = MONTHS_PER_PERIOD[kind];
  const firstMonth = Math.floor((monthOf(date) - 1) / span) * span + 1;
  const lastMonth = firstMonth + span - 1;
  return {
    kind,
    label: periodLabel(kind, year, firstMonth),
    from: isoDateFromUtcParts(year, firstMonth, 1),
    to: isoDateFromUtcParts(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** The period `steps` periods after this one (before it when negative). */
export function shiftPeriod(period: ReportPeriod, steps: number): ReportPeriod {
  if (!Number.isInteger(steps)) throw new RangeError(`${steps} is not a whole number of periods`);
  const monthIndex =
    yearOf(period.from) * 12 + monthOf(period.from) - 1 + steps * MONTHS_PER_PERIOD[period.kind];
  const year = Math.floor(monthIndex / 12);
  return periodOf(isoDateFromUtcParts(year, monthIndex - year * 12 + 1, 1), period.kind);
}

/** Every period of a kind that overlaps the range, in calendar order; none for an empty range. */
export function periodRange(range: DateRange, kind: PeriodKind): ReportPeriod[] {
  const periods: ReportPeriod[] = [];
  if (compareIsoDates(range.from, range.to) > 0) return periods;
  let period = periodOf(range.from, kind);
  while (compareIsoDates(period.from, range.to) <= 0) {
    periods.push(period);
    period = shiftPeriod(period, 1);
  }
  return periods;
}

function periodLabel(kind: PeriodKind, year: number, firstMonth: number): string {
  const yearText = String(year).padStart(4, '0');
  if (kind === 'year') return yearText;
  if (kind === 'quarter') return `${yearText}-Q${(firstMonth - 1) / 3 + 1}`;
  return `${yearText}-${String(firstMonth).padStart(2, '0')}`;
}
