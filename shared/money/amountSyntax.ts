import { err, ok, type Result } from '../result';
import { isSpaceSeparator, SEPARATOR_LIKE, type LocaleSeparators } from './localeSeparators';

// The shape of a typed number in a locale, strict by design: a separator is read only as
// what this locale means by it, and anything that could be read two ways is refused, so
// "1.234" is never silently 1234 where '.' is the decimal separator.

/** Why typed text is not a well-formed number in the locale, before any currency rule. */
export type SyntaxProblem =
  | 'EMPTY' // nothing but spaces
  | 'NOT_A_NUMBER' // no digit, or a character that belongs in no number ('12a')
  | 'NON_LATIN_DIGITS' // digits of another script ('١٢')
  | 'MISPLACED_MINUS' // two minus signs, or one after the number ('12-')
  | 'MISSING_DECIMALS' // a decimal separator with nothing after it ('12.')
  | 'FOREIGN_SEPARATOR' // a separator the locale does not use ('1 234' in en-US)
  | 'TWO_DECIMAL_SEPARATORS' // '1.234.567' in en-US
  | 'GROUP_IN_DECIMALS' // a group separator after the decimal one ('1.234,56' in en-US)
  | 'BAD_GROUPING'; // groups of the wrong size ('1,5' or '12,34' in en-US)

/** Typed text split around its number: the sign, and what stood before and after the number. */
export type AmountText = { negative: boolean; prefix: string; number: string; suffix: string };

/** A number's digits as typed, without sign or separators; `integer` may be '' ('.5'). */
export type NumberDigits = { integer: string; fraction: string };

// Invisible marks that formatted output carries (ar-EG and fa-IR wrap numbers in bidi marks)
// and that copy and paste brings along; they change nothing a person sees.
const INVISIBLE = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const OTHER_SCRIPT_DIGIT = /(?![0-9])\p{Nd}/u;

const isDigit = (char: string | undefined): boolean =>
  char !== undefined && char >= '0' && char <= '9';
// A separator may open or close the number ('.5'), but a space there belongs to the affix.
const isEdgeSeparator = (char: string | undefined): boolean =>
  char !== undefined && SEPARATOR_LIKE.has(char) && !isSpaceSeparator(char);

/** Splits typed text into sign, currency-or-other text before and after, and the number. */
export function splitAmountText(
  input: string,
  separators: LocaleSeparators,
): Result<AmountText, SyntaxProblem> {
  const text = input.replace(INVISIBLE, '').trim();
  if (text === '') return err('EMPTY');
  if (OTHER_SCRIPT_DIGIT.test(text)) return err('NON_LATIN_DIGITS');
  let start = text.search(/[0-9]/);
  if (start === -1) return err('NOT_A_NUMBER');
  let end = text.length - 1;
  while (!isDigit(text[end])) end -= 1;
  while (isEdgeSeparator(text[start - 1])) start -= 1;
  while (isEdgeSeparator(text[end + 1])) end += 1;

  const isMinus = (char: string | undefined): boolean =>
    char !== undefined && separators.minusSigns.has(char);
  // A minus may stand before or after a currency symbol ('-€5', '€-5', 'EUR -5' in de-CH
  // and nl-NL), but only once and never after the number: '5-' is refused, not read.
  let prefix = text.slice(0, start).trim();
  let negative = false;
  if (isMinus(prefix[0])) {
    negative = true;
    prefix = prefix.slice(1).trim();
  }
  if (isMinus(prefix.at(-1))) {
    if (negative) return err('MISPLACED_MINUS');
    negative = true;
    prefix = prefix.slice(0, -1).trim();
  }
  const suffix = text.slice(end + 1).trim();
  if ([...prefix, ...suffix].some(isMinus)) return err('MISPLACED_MINUS');
  return ok({ negative, prefix, number: text.slice(start, end + 1), suffix });
}

/** Reads the digits of a number written with the locale's separators, refusing any other use. */
export function readDigits(
  number: string,
  separators: LocaleSeparators,
): Result<NumberDigits, SyntaxProblem> {
  const chars = [...number];
  if (!chars.every((char) => isDigit(char) || SEPARATOR_LIKE.has(char))) {
    return err('NOT_A_NUMBER');
  }
  let decimalAt = -1;
  for (const [index, char] of chars.entries()) {
    if (isDigit(char)) continue;
    if (char === separators.decimal) {
      if (decimalAt !== -1) return err('TWO_DECIMAL_SEPARATORS');
      decimalAt = index;
    } else if (!separators.groupChars.has(char)) {
      return err('FOREIGN_SEPARATOR');
    }
  }
  const integerPart = decimalAt === -1 ? chars : chars.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? [] : chars.slice(decimalAt + 1);
  if (!fraction.every(isDigit)) return err('GROUP_IN_DECIMALS');
  if (decimalAt !== -1 && fraction.length === 0) return err('MISSING_DECIMALS');

  const groups = integerPart.join('').split(/[^0-9]/);
  if (groups.length > 1 && !isGroupedCorrectly(groups, separators)) return err('BAD_GROUPING');
  return ok({ integer: groups.join(''), fraction: fraction.join('') });
}

/**
 * Groups sit only where the locale puts them: the last group before the decimals has the
 * primary size, every earlier one the secondary size, the first one 1 up to that size.
 * Plain groups of three are also read in locales that group otherwise (en-IN's 12,34,567
 * and 1,234,567 both mean the same number; neither can be misread).
 */
function isGroupedCorrectly(groups: string[], separators: LocaleSeparators): boolean {
  const sizes = groups.map((group) => group.length);
  const fits = (primary: number, secondary: number): boolean => {
    const first = sizes[0] ?? 0;
    return (
      sizes.at(-1) === primary &&
      first >= 1 &&
      first <= secondary &&
      sizes.slice(1, -1).every((size) => size === secondary)
    );
  };
  return fits(separators.primaryGroupSize, separators.secondaryGroupSize) || fits(3, 3);
}
