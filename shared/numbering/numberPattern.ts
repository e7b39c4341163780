import { err, ok, type Result } from '../result';
import {
  characterCount,
  firstUnsafeCharacter,
  MAX_DOCUMENT_NUMBER_LENGTH,
  unsafeCharacterMessage,
} from './numberCharacters';

/**
 * One piece of a number pattern. Date parts come from the document's issue date; 'seq' is
 * the series counter, zero-padded to `width` digits when a width is given.
 */
export type PatternPart =
  | { kind: 'literal'; text: string }
  | { kind: 'year4' }
  | { kind: 'year2' }
  | { kind: 'month' }
  | { kind: 'day' }
  | { kind: 'seq'; width: number | null };

/** A checked pattern such as `INV-{YYYY}-{SEQ:4}`, split into its parts. */
export type NumberPattern = {
  source: string;
  parts: readonly PatternPart[];
  containsYear: boolean;
};

export type NumberPatternErrorCode =
  | 'PATTERN_EMPTY'
  | 'PATTERN_TOO_LONG'
  | 'PATTERN_UNSAFE_CHARACTER'
  | 'PATTERN_EDGE_SPACE'
  | 'PATTERN_UNCLOSED_BRACE'
  | 'PATTERN_STRAY_BRACE'
  | 'PATTERN_UNKNOWN_TOKEN'
  | 'PATTERN_BAD_SEQUENCE_WIDTH'
  | 'PATTERN_NO_SEQUENCE'
  | 'PATTERN_SEVERAL_SEQUENCES'
  | 'PATTERN_NEEDS_YEAR';

export type NumberPatternError = {
  code: NumberPatternErrorCode;
  message: string;
  /** The offending token or character, when there is one. */
  detail?: string;
};

export const MAX_SEQUENCE_WIDTH = 10;

// Patterns are judged by the numbers they make: with a counter of up to six digits the
// number must still fit the length every document number has to fit.
const LENGTH_CHECK_COUNTER_DIGITS = 6;

const TOKENS: Readonly<Record<string, PatternPart>> = {
  YYYY: { kind: 'year4' },
  YY: { kind: 'year2' },
  MM: { kind: 'month' },
  DD: { kind: 'day' },
  SEQ: { kind: 'seq', width: null },
};

const TOKEN_LIST = '{YYYY}, {YY}, {MM}, {DD}, {SEQ} or {SEQ:n}';

/** Splits a pattern into parts and checks it can make valid numbers; yearly reset aside. */
export function parseNumberPattern(source: string): Result<NumberPattern, NumberPatternError> {
  if (source.trim() === '') {
    return fail('PATTERN_EMPTY', `A number pattern needs at least the counter, e.g. INV-{SEQ}.`);
  }
  if (source.trim() !== source) {
    return fail('PATTERN_EDGE_SPACE', 'A number pattern may not start or end with a space.');
  }

  const parts: PatternPart[] = [];
  let literal = '';
  let index = 0;
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === '}') {
      return fail('PATTERN_STRAY_BRACE', `A closing } has no opening {. ${braceHint()}`, '}');
    }
    if (character !== '{') {
      // Only literal text reaches the number; the colon of {SEQ:4} never does.
      const unsafe = firstUnsafeCharacter(character);
      if (unsafe !== null) {
        return fail('PATTERN_UNSAFE_CHARACTER', unsafeCharacterMessage(unsafe), unsafe);
      }
      literal += character;
      index += 1;
      continue;
    }
    const close = source.indexOf('}', index);
    const nextOpen = source.indexOf('{', index + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      return fail('PATTERN_UNCLOSED_BRACE', `An opening { has no closing }. ${braceHint()}`, '{');
    }
    const token = source.slice(index, close + 1);
    const part = parseToken(token.slice(1, -1));
    if (!part.ok) return err({ ...part.error, detail: token });
    if (literal !== '') parts.push({ kind: 'literal', text: literal });
    literal = '';
    parts.push(part.value);
    index = close + 1;
  }
  if (literal !== '') parts.push({ kind: 'literal', text: literal });

  const sequences = parts.filter((part) => part.kind === 'seq').length;
  if (sequences === 0) {
    return fail(
      'PATTERN_NO_SEQUENCE',
      'A number pattern must contain the counter {SEQ} (or {SEQ:4} for 0001), otherwise every document would get the same number.',
    );
  }
  if (sequences > 1) {
    return fail('PATTERN_SEVERAL_SEQUENCES', 'A number pattern may contain the counter only once.');
  }
  const pattern: NumberPattern = {
    source,
    parts,
    containsYear: parts.some((part) => part.kind === 'year4' || part.kind === 'year2'),
  };
  const longest = longestNumberLength(pattern);
  if (longest > MAX_DOCUMENT_NUMBER_LENGTH) {
    return fail(
      'PATTERN_TOO_LONG',
      `This pattern makes numbers of up to ${longest} characters; a document number may have at most ${MAX_DOCUMENT_NUMBER_LENGTH}.`,
    );
  }
  return ok(pattern);
}

/** Checks a pattern for a series, including that a yearly reset cannot repeat numbers. */
export function validateNumberPattern(
  source: string,
  options: { resetYearly: boolean },
): Result<NumberPattern, NumberPatternError> {
  const parsed = parseNumberPattern(source);
  if (parsed.ok && options.resetYearly && !parsed.value.containsYear) {
    return fail(
      'PATTERN_NEEDS_YEAR',
      'A series whose counter restarts every year must have the year ({YYYY} or {YY}) in its pattern; otherwise the numbers of one year would repeat those of the year before.',
    );
  }
  return parsed;
}

function parseToken(name: string): Result<PatternPart, NumberPatternError> {
  const known = TOKENS[name];
  if (known) return ok(known);
  const width = /^SEQ:(.*)$/.exec(name)?.[1];
  if (width === undefined) {
    return fail(
      'PATTERN_UNKNOWN_TOKEN',
      `{${name}} is not a known token. Use ${TOKEN_LIST}; other text is copied as it is.`,
    );
  }
  const digits = /^\d{1,2}$/.test(width) ? Number(width) : Number.NaN;
  if (!(digits >= 1 && digits <= MAX_SEQUENCE_WIDTH)) {
    return fail(
      'PATTERN_BAD_SEQUENCE_WIDTH',
      `In {${name}} the number of digits must be a whole number from 1 to ${MAX_SEQUENCE_WIDTH}.`,
    );
  }
  return ok({ kind: 'seq', width: digits });
}

function longestNumberLength(pattern: NumberPattern): number {
  let length = 0;
  for (const part of pattern.parts) {
    if (part.kind === 'literal') length += characterCount(part.text);
    else if (part.kind === 'year4') length += 4;
    else if (part.kind === 'seq') length += Math.max(part.width ?? 0, LENGTH_CHECK_COUNTER_DIGITS);
    else length += 2;
  }
  return length;
}

function braceHint(): string {
  return `Braces mark tokens: ${TOKEN_LIST}.`;
}

function fail(
  code: NumberPatternErrorCode,
  message: string,
  detail?: string,
): { ok: false; error: NumberPatternError } {
  return err(detail === undefined ? { code, message } : { code, message, detail });
}
