import type { CurrencyCode } from './currencies';

// How a locale writes numbers, learnt from Intl.NumberFormat rather than from a hand-kept
// table, so the parser accepts exactly what the formatter of the same runtime produces.
// Amounts and plain numbers are learnt apart: CLDR gives some locales other separators for
// money (fr-CH writes 1 234,5 but 1 234.50 €; en-DE 1.234,5 but €1,234.50; de-AT groups
// numbers with a space but amounts with '.'), and en-CH even differs between € and CHF.

/** The separators and grouping a locale uses when it writes a number with Latin digits. */
export type LocaleSeparators = {
  locale: string;
  /** Set when these are the separators of amounts in this currency, not of plain numbers. */
  currency?: CurrencyCode;
  /** The decimal separator, e.g. '.' in en-US, ',' in de-DE. */
  decimal: string;
  /** The group (thousands) separator as the locale writes it, e.g. ',' or U+202F in fr-FR. */
  group: string;
  /** Characters read as the group separator: the locale's own and look-alikes a person types. */
  groupChars: ReadonlySet<string>;
  /** Digits in the group just before the decimal separator (3 everywhere in CLDR). */
  primaryGroupSize: number;
  /** Digits in each group before that one (3, or 2 in en-IN: 12,34,567). */
  secondaryGroupSize: number;
  /** Characters read as a minus sign: '-', U+2212 and the locale's own. */
  minusSigns: ReadonlySet<string>;
};

// fr-FR groups with U+202F, pl-PL and sv-SE with U+00A0, and older ICU versions (and so
// other Electron builds) swap one for the other; a person types a plain space. All are one.
const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];
// de-CH groups with an apostrophe: ICU 78 (Node 20) writes U+0027, CLDR before 48 wrote
// U+2019, and a keyboard types U+0027; both are the same separator.
const APOSTROPHES = ["'", '\u2019'];

/** Characters that look like a number separator in some locale; any other is not a number. */
export const SEPARATOR_LIKE: ReadonlySet<string> = new Set([
  '.',
  ',',
  '\u066b', // Arabic decimal separator
  '\u066c', // Arabic thousands separator
  '\u00b7', // middle dot
  '_',
  ...SPACES,
  ...APOSTROPHES,
]);

/** True when `char` is one of the space characters a locale may group digits with. */
export function isSpaceSeparator(char: string): boolean {
  return SPACES.includes(char);
}

const cache = new Map<string, LocaleSeparators>();

/**
 * The separators `locale` (e.g. 'de-DE') writes plain numbers with, or amounts in `currency`
 * when one is given. Throws on a malformed locale tag.
 */
export function localeSeparators(locale: string, currency?: CurrencyCode): LocaleSeparators {
  const key = `${locale}|${currency ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const learnt = learn(locale, currency);
  cache.set(key, learnt);
  return learnt;
}

function learn(locale: string, currency: CurrencyCode | undefined): LocaleSeparators {
  // Grouping forced on: es-ES and pl-PL leave 4-digit numbers ungrouped, yet group larger
  // ones, and a ten-digit number reveals both group sizes (en-IN: 1,23,45,67,890). One
  // decimal forced too, or JPY would show no decimal separator to learn.
  const parts = new Intl.NumberFormat(locale, {
    ...(currency ? { style: 'currency', currency } : {}),
    numberingSystem: 'latn',
    useGrouping: true,
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).formatToParts(-1234567890.5);
  const valueOf = (type: Intl.NumberFormatPartTypes): string | undefined =>
    parts.find((part) => part.type === type)?.value;
  const integerSizes = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primaryGroupSize = integerSizes.at(-1) ?? 3;
  const group = valueOf('group') ?? '';
  return {
    locale,
    ...(currency ? { currency } : {}),
    decimal: valueOf('decimal') ?? '.',
    group,
    groupChars: new Set(lookAlikes(group)),
    primaryGroupSize,
    secondaryGroupSize: integerSizes.length > 2 ? (integerSizes.at(-2) ?? 3) : primaryGroupSize,
    minusSigns: new Set(['-', '\u2212', valueOf('minusSign') ?? '-']),
  };
}

function lookAlikes(group: string): string[] {
  if (group === '') return [];
  if (SPACES.includes(group)) return SPACES;
  if (APOSTROPHES.includes(group)) return APOSTROPHES;
  return [group];
}

/** How a separator is named in a message: a space is invisible between quotes. */
export function separatorName(separator: string): string {
  return isSpaceSeparator(separator) ? 'a space' : `'${separator}'`;
}
