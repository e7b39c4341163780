import { err, ok, type Result } from '../result';

/**
 * A calendar date 'YYYY-MM-DD' (years 0001–9999) with no time and no time zone. Invoices,
 * due dates and validity dates are calendar dates; a Date object would drag a time zone in
 * and move the date by a day for someone. The fixed-width form sorts like the calendar.
 */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export type IsoDateError = { code: 'INVALID_DATE'; input: string; message: string };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MS_PER_DAY = 86_400_000;

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Checks a string and says in a sentence what is wrong with it if it is no calendar date. */
export function parseIsoDate(input: string): Result<IsoDate, IsoDateError> {
  const fail = (why: string) => err<IsoDateError>({ code: 'INVALID_DATE', input, message: why });
  const match = PATTERN.exec(input);
  if (!match) return fail(`"${input}" is not a date in the form YYYY-MM-DD.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1) return fail(`"${input}" is not a date: the year must be 0001 to 9999.`);
  if (month < 1 || month > 12) {
    return fail(`"${input}" is not a date: the month must be 01 to 12.`);
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return fail(`"${input}" is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${length} days.`);
  }
  return ok(input as IsoDate);
}

/** True when the value is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value).ok;
}

/** Brands a date literal; throws on anything that is not a real calendar date. */
export function isoDate(input: string): IsoDate {
  const parsed = parseIsoDate(input);
  if (!parsed.ok) throw new RangeError(parsed.error.message);
  return parsed.value;
}

/** The date of a year, month (1–12) and day; throws when they name no real date. */
export function isoDateFromUtcParts(year: number, month: number, day: number): IsoDate {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) {
    throw new RangeError(`${year}-${month}-${day} is not a calendar date in years 1–9999`);
  }
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isoDate(text);
}

/** The year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The month of a date, 1–12. */
export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** The day of the month of a date, 1–31. */
export function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/**
 * Days since 1970-01-01 (negative before it), by Howard Hinnant's days-from-civil algorithm
 * on integers: exact for every date, unaffected by time zones and daylight saving time.
 */
export function epochDayOf(date: IsoDate): number {
  const month = monthOf(date);
  const year = yearOf(date) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + dayOf(date) - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const MIN_EPOCH_DAY = epochDayOf(isoDate('0001-01-01'));
const MAX_EPOCH_DAY = epochDayOf(isoDate('9999-12-31'));

/** The date a number of days after 1970-01-01 (the inverse of epochDayOf). */
export function isoDateFromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay) || epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
    throw new RangeError(`day ${epochDay} lies outside the years 0001–9999`);
  }
  const shifted = epochDay + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** The date n days later (n < 0: earlier). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
  return isoDateFromEpochDay(epochDayOf(date) + days);
}

/** The same day n months later (n < 0: earlier), clamped to month end: Jan 31 + 1 → Feb 28/29. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`${months} is not a whole number of months`);
  const monthIndex = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  if (year < 1 || year > 9999) throw new RangeError(`${date} + ${months} months leaves 0001–9999`);
  return isoDateFromUtcParts(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

/** The first day of the date's month. */
export function startOfMonth(date: IsoDate): IsoDate {
  return isoDateFromUtcParts(yearOf(date), monthOf(date), 1);
}

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const year = yearOf(date);
  const month = monthOf(date);
  return isoDateFromUtcParts(year, month, daysInMonth(year, month));
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Fixed-width 'YYYY-MM-DD' strings order exactly like the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The number of days from a to b: positive when b is later, 0 on the same day. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return epochDayOf(b) - epochDayOf(a);
}

/**
 * The calendar date at an instant (milliseconds since the Unix epoch) in a zone that is
 * offsetMinutes ahead of UTC (+60 for Berlin in winter). For the caller that computes
 * "today"; the domain itself never reads the clock.
 */
export function isoDateOfInstant(epochMs: number, timeZoneOffsetMinutes: number): IsoDate {
  if (!Number.isFinite(epochMs) || !Number.isFinite(timeZoneOffsetMinutes)) {
    throw new RangeError('an instant and an offset must be finite numbers');
  }
  return isoDateFromEpochDay(Math.floor((epochMs + timeZoneOffsetMinutes * 60_000) / MS_PER_DAY));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
