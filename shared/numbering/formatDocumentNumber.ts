import { dayOf, monthOf, yearOf, type IsoDate } from '../dates/isoDate';
import { parseNumberPattern, type NumberPattern, type PatternPart } from './numberPattern';

/**
 * The document number a pattern makes for a counter (1, 2, …) and issue date:
 * ('INV-{YYYY}-{SEQ:4}', 7, 2026-03-09) → 'INV-2026-0007'. A counter longer than its
 * padding is printed in full, never cut: {SEQ:3} with 12345 gives 12345. A pattern string
 * is parsed first; an invalid pattern or counter is a programming error and throws,
 * because patterns are validated when a series is saved.
 */
export function formatDocumentNumber(
  pattern: string | NumberPattern,
  counter: number,
  date: IsoDate,
): string {
  if (!Number.isSafeInteger(counter) || counter < 1) {
    throw new RangeError(`a series counter must be a whole number from 1, not ${counter}`);
  }
  const parsed = typeof pattern === 'string' ? parsedOrThrow(pattern) : pattern;
  return parsed.parts.map((part) => formatPart(part, counter, date)).join('');
}

function formatPart(part: PatternPart, counter: number, date: IsoDate): string {
  switch (part.kind) {
    case 'literal':
      return part.text;
    case 'year4':
      return String(yearOf(date)).padStart(4, '0');
    case 'year2':
      return String(yearOf(date) % 100).padStart(2, '0');
    case 'month':
      return String(monthOf(date)).padStart(2, '0');
    case 'day':
      return String(dayOf(date)).padStart(2, '0');
    case 'seq':
      return String(counter).padStart(part.width ?? 0, '0');
  }
}

function parsedOrThrow(source: string): NumberPattern {
  const parsed = parseNumberPattern(source);
  if (!parsed.ok) throw new RangeError(`invalid number pattern ${source}: ${parsed.error.message}`);
  return parsed.value;
}
