import { isoDateOfInstant, type IsoDate } from '../../shared/dates/isoDate';

// The domain never reads the clock; the data layer does, here and nowhere else, so a test
// can fix "now" and get the same due dates, overdue lists and dashboard months every run.

let readClock: () => Date = () => new Date();

/** Today's calendar date in the computer's own time zone. */
export function today(): IsoDate {
  const now = readClock();
  // getTimezoneOffset is minutes behind UTC (Berlin in winter: −60); the domain wants ahead.
  return isoDateOfInstant(now.getTime(), -now.getTimezoneOffset());
}

/** The current instant as an ISO timestamp, for createdAt, updatedAt and postedAt. */
export function nowIso(): string {
  return readClock().toISOString();
}

/** Makes today() and nowIso() read `clock` instead of the real time (tests); null restores it. */
export function setClock(clock: (() => Date) | null): void {
  readClock = clock ?? (() => new Date());
}

/**
 * The current instant, but always later than `previous`: a saved record's updatedAt then
 * changes with every save, so a copy loaded before another save is recognised as stale
 * even when both saves fall in the same millisecond.
 */
export function nowIsoAfter(previous: string | undefined): string {
  const now = readClock().getTime();
  const before = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(before) || now > before ? now : before + 1).toISOString();
}
