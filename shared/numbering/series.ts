import { yearOf, type IsoDate } from '../dates/isoDate';
import { err, ok, type Result } from '../result';
import { formatDocumentNumber } from './formatDocumentNumber';
import {
  validateNumberPattern,
  type NumberPattern,
  type NumberPatternError,
} from './numberPattern';

export type DocumentKind = 'invoice' | 'quote' | 'creditNote';

/**
 * A number series: the pattern its numbers follow and the counter of the next one.
 * counterYear is the year nextCounter belongs to (null before the first number); with
 * resetYearly the counter restarts at 1 in a later year.
 */
export type NumberSeries = {
  id: string;
  documentKind: DocumentKind;
  pattern: string;
  resetYearly: boolean;
  nextCounter: number;
  counterYear: number | null;
};

/** A number handed out, with the counter it used and the series to store in its place. */
export type TakenNumber = { number: string; counter: number; series: NumberSeries };

export type NumberingError = {
  code: 'ISSUE_DATE_BEFORE_SERIES_YEAR';
  message: string;
  issueYear: number;
  counterYear: number;
};

export const DEFAULT_NUMBER_PATTERNS: Readonly<Record<DocumentKind, string>> = {
  invoice: 'INV-{YYYY}-{SEQ:4}',
  quote: 'QUO-{YYYY}-{SEQ:4}',
  creditNote: 'CN-{YYYY}-{SEQ:3}',
};

/** The series a new installation starts with, one per document kind, id = kind. */
export function defaultNumberSeries(): NumberSeries[] {
  const kinds: DocumentKind[] = ['invoice', 'quote', 'creditNote'];
  return kinds.map((kind) => ({
    id: kind,
    documentKind: kind,
    pattern: DEFAULT_NUMBER_PATTERNS[kind],
    resetYearly: true,
    nextCounter: 1,
    counterYear: null,
  }));
}

/**
 * The next number of the series for a document issued on issueDate, and the series
 * advanced past it. Pure: storing the new series in the same transaction as the document
 * is what makes the numbers gapless. Refused when a yearly-reset series has already moved
 * on to a later year, since restarting the earlier year at 1 would repeat its numbers.
 * An invalid stored pattern or counter is a programming error and throws.
 */
export function takeNextNumber(
  series: NumberSeries,
  issueDate: IsoDate,
): Result<TakenNumber, NumberingError> {
  const pattern = storedPattern(series);
  const counter = counterFor(series, issueDate);
  if (!counter.ok) return counter;
  const issueYear = yearOf(issueDate);
  return ok({
    number: formatDocumentNumber(pattern, counter.value, issueDate),
    counter: counter.value,
    series: {
      ...series,
      nextCounter: counter.value + 1,
      counterYear: Math.max(series.counterYear ?? issueYear, issueYear),
    },
  });
}

/**
 * The number the series would give a document issued on date, for the settings screen's
 * live example; unlike takeNextNumber it reports an invalid pattern instead of throwing.
 */
export function previewNextNumber(
  series: NumberSeries,
  date: IsoDate,
): Result<string, NumberPatternError | NumberingError> {
  const pattern = validateNumberPattern(series.pattern, { resetYearly: series.resetYearly });
  if (!pattern.ok) return pattern;
  const counter = counterFor(series, date);
  if (!counter.ok) return counter;
  return ok(formatDocumentNumber(pattern.value, counter.value, date));
}

function counterFor(series: NumberSeries, issueDate: IsoDate): Result<number, NumberingError> {
  if (!Number.isSafeInteger(series.nextCounter) || series.nextCounter < 1) {
    throw new RangeError(`series ${series.id} has an invalid counter ${series.nextCounter}`);
  }
  const issueYear = yearOf(issueDate);
  const { counterYear } = series;
  if (!series.resetYearly || counterYear === null || counterYear === issueYear) {
    return ok(series.nextCounter);
  }
  if (issueYear > counterYear) return ok(1);
  return err({
    code: 'ISSUE_DATE_BEFORE_SERIES_YEAR',
    message: `This series already counts documents of ${counterYear}, so a document dated in ${issueYear} cannot get a new number from it without repeating one. Date the document in ${counterYear} or later, or type its number by hand.`,
    issueYear,
    counterYear,
  });
}

function storedPattern(series: NumberSeries): NumberPattern {
  const pattern = validateNumberPattern(series.pattern, { resetYearly: series.resetYearly });
  if (!pattern.ok) {
    throw new RangeError(`series ${series.id} has an invalid pattern: ${pattern.error.message}`);
  }
  return pattern.value;
}
