import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import {
  parseDecimal,
  parseMoney,
  type AmountParseErrorCode,
} from '../../../../shared/money/parse';

const MAX = Number.MAX_SAFE_INTEGER;

// [locale, currency, typed text, minor units it means or the code it is refused with]
const MONEY_CASES: [string, string, string, number | AmountParseErrorCode][] = [
  // en-US: '.' decimals, ',' thousands
  ['en-US', 'EUR', '1,234', 123400],
  ['en-US', 'EUR', '1,234.56', 123456],
  ['en-US', 'EUR', '1.234', 'TOO_MANY_DECIMALS'], // not read as 1234
  ['en-US', 'EUR', '1.230', 'TOO_MANY_DECIMALS'], // could be a German 1230
  ['en-US', 'EUR', '1.5', 150],
  ['en-US', 'EUR', '.5', 50],
  ['en-US', 'EUR', '0012.30', 1230],
  ['en-US', 'EUR', '  €1,234.56  ', 123456],
  ['en-US', 'EUR', '-€1,234.56', -123456],
  ['en-US', 'EUR', '€-5', -500],
  ['en-US', 'EUR', '\u22125', -500],
  ['en-US', 'EUR', '- 5', -500],
  ['en-US', 'EUR', '-0', 0],
  ['en-US', 'EUR', 'EUR 12', 1200],
  ['en-US', 'EUR', '12 eur', 1200],
  ['en-US', 'EUR', '12 euros', 1200],
  ['en-US', 'EUR', '1,5', 'BAD_GROUPING'],
  ['en-US', 'EUR', '12,34', 'BAD_GROUPING'],
  ['en-US', 'EUR', '1,2345', 'BAD_GROUPING'],
  ['en-US', 'EUR', ',5', 'BAD_GROUPING'],
  ['en-US', 'EUR', '1,,234', 'BAD_GROUPING'],
  ['en-US', 'EUR', '1,234,', 'BAD_GROUPING'],
  ['en-US', 'EUR', '1.234,56', 'WRONG_SEPARATOR'],
  ['en-US', 'EUR', '1.234.567', 'WRONG_SEPARATOR'],
  ['en-US', 'EUR', '1 234', 'WRONG_SEPARATOR'],
  ['en-US', 'EUR', "1'234", 'WRONG_SEPARATOR'],
  ['en-US', 'EUR', '1_234', 'WRONG_SEPARATOR'],
  ['en-US', 'EUR', '', 'EMPTY'],
  ['en-US', 'EUR', ' \u00a0 ', 'EMPTY'],
  ['en-US', 'EUR', '12a', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', 'abc', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '1e5', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '12-', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '--12', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '+12', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '12.', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '1-2', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '€12€', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '\u0661\u0662', 'NOT_A_NUMBER'], // Arabic-Indic digits
  ['en-US', 'EUR', '\uff11\uff12', 'NOT_A_NUMBER'], // full-width digits
  ['en-US', 'EUR', 'Infinity', 'NOT_A_NUMBER'],
  ['en-US', 'EUR', '$12', 'WRONG_CURRENCY'],
  ['en-US', 'EUR', '12 USD', 'WRONG_CURRENCY'],
  ['en-US', 'EUR', '12 kr', 'WRONG_CURRENCY'],
  ['en-US', 'EUR', '£1,234.5', 'WRONG_CURRENCY'],
  ['en-US', 'EUR', '90,071,992,547,409.91', MAX],
  ['en-US', 'EUR', '-90071992547409.91', -MAX],
  ['en-US', 'EUR', '90071992547409.92', 'TOO_LARGE'],
  ['en-US', 'EUR', '1'.repeat(400), 'TOO_LARGE'],
  ['en-US', 'USD', '$1,234.56', 123456],
  ['en-US', 'USD', 'US$5', 500],
  ['en-US', 'USD', '€5', 'WRONG_CURRENCY'],
  ['en-US', 'JPY', '1,234', 1234], // 1234 yen
  ['en-US', 'JPY', '¥1,234', 1234],
  ['en-US', 'JPY', '12.5', 'TOO_MANY_DECIMALS'],
  ['en-US', 'JPY', '12.0', 'TOO_MANY_DECIMALS'],
  ['en-US', 'KWD', '1.234', 1234],
  ['en-US', 'KWD', '1,234', 1234000],
  ['en-US', 'KWD', 'KWD 1.5', 1500],
  ['en-US', 'KWD', '1.2345', 'TOO_MANY_DECIMALS'],
  // en-GB
  ['en-GB', 'USD', 'US$12.50', 1250],
  ['en-GB', 'EUR', '£5', 'WRONG_CURRENCY'],
  ['en-GB', 'EUR', '€1,234.5', 123450],
  // de-DE: ',' decimals, '.' thousands
  ['de-DE', 'EUR', '1.234', 123400],
  ['de-DE', 'EUR', '1,234', 'TOO_MANY_DECIMALS'],
  ['de-DE', 'EUR', '1,5', 150],
  ['de-DE', 'EUR', '1.234,56 €', 123456],
  ['de-DE', 'EUR', '-1.234,56\u00a0€', -123456],
  ['de-DE', 'EUR', '1234,56€', 123456],
  ['de-DE', 'EUR', '12 Euro', 1200],
  ['de-DE', 'EUR', '1.5', 'BAD_GROUPING'],
  ['de-DE', 'EUR', '1,234.56', 'WRONG_SEPARATOR'],
  ['de-DE', 'EUR', '1 234,56', 'WRONG_SEPARATOR'],
  ['de-DE', 'KWD', '1,234', 1234],
  ['de-DE', 'JPY', '1.234', 1234],
  ['de-DE', 'JPY', '12,5', 'TOO_MANY_DECIMALS'],
  // fr-FR: ',' decimals, U+202F thousands; any space is read as it
  ['fr-FR', 'EUR', '1 234,56', 123456],
  ['fr-FR', 'EUR', '1\u00a0234,56\u00a0€', 123456],
  ['fr-FR', 'EUR', '1\u202f234\u202f567,8 €', 123456780],
  ['fr-FR', 'EUR', '1,5', 150],
  ['fr-FR', 'EUR', '1.234,56', 'WRONG_SEPARATOR'],
  ['fr-FR', 'EUR', '12.5', 'WRONG_SEPARATOR'],
  ['fr-FR', 'EUR', '1 23,5', 'BAD_GROUPING'],
  ['fr-FR', 'USD', '12 $US', 1200],
  // de-CH: '.' decimals, apostrophe thousands (U+0027 in this ICU, U+2019 in older CLDR)
  ['de-CH', 'CHF', "CHF 1'234.50", 123450],
  ['de-CH', 'EUR', '1\u2019234.56', 123456],
  ['de-CH', 'EUR', 'EUR-5.00', -500],
  ['de-CH', 'EUR', '1,5', 'WRONG_SEPARATOR'],
  ['de-CH', 'EUR', '1.234', 'TOO_MANY_DECIMALS'],
  // en-IN: groups of two above the thousands, plain groups of three also read
  ['en-IN', 'EUR', '12,34,567.89', 123456789],
  ['en-IN', 'EUR', '1,234,567.89', 123456789],
  ['en-IN', 'EUR', '1,23,456', 12345600],
  ['en-IN', 'EUR', '12,34,5678', 'BAD_GROUPING'],
  ['en-IN', 'EUR', '1,23,4567', 'BAD_GROUPING'],
  // ja-JP
  ['ja-JP', 'JPY', '￥1,234', 1234],
  ['ja-JP', 'JPY', '¥1,234', 1234],
  ['ja-JP', 'JPY', '1,234円', 1234],
  ['ja-JP', 'JPY', '12.5', 'TOO_MANY_DECIMALS'],
  ['ja-JP', 'EUR', '€1,234.56', 123456],
  ['ja-JP', 'EUR', '¥1,234', 'WRONG_CURRENCY'],
  // amounts written with other separators than plain numbers (see parseDecimal below)
  ['fr-CH', 'EUR', '1 234.50 €', 123450],
  ['fr-CH', 'EUR', '12,50', 'WRONG_SEPARATOR'],
  ['en-DE', 'EUR', '€1,234.50', 123450],
  ['en-DE', 'EUR', '1.234,50', 'WRONG_SEPARATOR'],
  ['de-AT', 'EUR', '€ 1.234,50', 123450],
  // right-to-left locales: bidi marks from copied output are ignored
  ['ar-EG', 'EUR', '\u200f\u200e-1,234.56\u00a0€', -123456],
  ['fa-IR', 'EUR', '\u200e\u2212\u200e€\u00a01,234.56', -123456],
];

describe('parseMoney', () => {
  it.each(MONEY_CASES)('in %s for %s reads %j as %j', (locale, currency, input, expected) => {
    const result = parseMoney(input, { locale, currency: currencyCode(currency) });
    if (typeof expected === 'number') {
      expect(result).toEqual({ ok: true, value: expected });
    } else {
      expect(result.ok ? result.value : result.error.code).toBe(expected);
    }
  });

  it('refuses a negative amount only when told to, and never refuses minus zero', () => {
    const options = { locale: 'en-US', currency: currencyCode('EUR'), allowNegative: false };
    expect(parseMoney('-1', options)).toMatchObject({
      ok: false,
      error: { code: 'NEGATIVE_NOT_ALLOWED' },
    });
    expect(parseMoney('-0.00', options)).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['en-US', 'EUR', '', 'Enter an amount, e.g. €1,234.56.'],
    [
      'en-US',
      'EUR',
      '12a',
      "'12a' is not a number. Type digits with the separators of en-US, e.g. €1,234.56.",
    ],
    [
      'en-US',
      'EUR',
      '1.234',
      "EUR amounts have at most 2 decimals, but '1.234' has 3. In en-US the decimal separator is '.' and the thousands separator is ',', e.g. €1,234,567.56.",
    ],
    [
      'de-DE',
      'EUR',
      '1,5.0',
      "'1,5.0' has a thousands separator among the decimals. In de-DE the decimal separator is ',' and the thousands separator is '.', e.g. 1.234.567,56\u00a0€.",
    ],
    [
      'fr-FR',
      'EUR',
      '1.5',
      "'1.5' uses a separator that fr-FR does not. In fr-FR the decimal separator is ',' and the thousands separator is a space, e.g. 1\u202f234\u202f567,56\u00a0€.",
    ],
    [
      'en-US',
      'JPY',
      '12.5',
      expect.stringMatching(/^JPY amounts have no decimals, but '12.5' has 1\./),
    ],
    ['en-US', 'EUR', '12-', expect.stringContaining('e.g. -€1,234.56.')],
    [
      'fr-CH',
      'EUR',
      '12,50',
      "'12,50' uses a separator that fr-CH does not. In fr-CH the decimal separator of amounts in EUR is '.' and the thousands separator is a space, e.g. 1\u202f234\u202f567.56\u00a0€.",
    ],
    [
      'en-US',
      'EUR',
      '$12',
      "'$12' is in another currency, but this amount is in EUR. Remove '$' or enter the amount in EUR, e.g. €1,234.56.",
    ],
    [
      'en-US',
      'EUR',
      '100000000000000',
      "'100000000000000' is too large. Amounts go up to €90,071,992,547,409.91.",
    ],
  ])('in %s for %s explains why %j is refused', (locale, currency, input, message) => {
    const result = parseMoney(input, { locale, currency: currencyCode(currency) });
    expect(result).toMatchObject({ ok: false, error: { message } });
  });

  it('throws on a malformed locale tag, a programming error', () => {
    expect(() => parseMoney('1', { locale: 'en_US', currency: currencyCode('EUR') })).toThrow(
      RangeError,
    );
  });
});

// [locale, typed text, maxFractionDigits, allowNegative, canonical decimal or refusal code]
const DECIMAL_CASES: [string, string, number, boolean, string][] = [
  ['en-US', '0.333', 3, false, '0.333'],
  ['en-US', '1,234.5000', 4, false, '1234.5'],
  ['en-US', '007', 0, false, '7'],
  ['en-US', '-0.000', 3, false, '0'],
  ['en-US', '-2.5', 3, true, '-2.5'],
  ['en-US', '-2.5', 3, false, 'NEGATIVE_NOT_ALLOWED'],
  ['en-US', '0.3333', 3, false, 'TOO_MANY_DECIMALS'],
  ['en-US', '1.5', 0, false, 'TOO_MANY_DECIMALS'],
  ['en-US', '999,999,999,999,999.999', 3, false, '999999999999999.999'],
  ['en-US', '1,000,000,000,000,000', 3, false, 'TOO_LARGE'],
  ['en-US', '19 %', 2, false, 'NOT_A_NUMBER'],
  ['en-US', '€12', 2, false, 'NOT_A_NUMBER'],
  ['en-US', '', 2, false, 'EMPTY'],
  ['de-DE', '3,0003', 4, false, '3.0003'],
  ['de-DE', '1.234', 3, false, '1234'],
  ['de-DE', '1,234', 3, false, '1.234'],
  ['de-DE', '1.5', 3, false, 'BAD_GROUPING'],
  ['fr-FR', '1 000,25', 2, false, '1000.25'],
  ['de-CH', "12'000.5", 2, false, '12000.5'],
  ['en-IN', '1,00,000', 0, false, '100000'],
  ['ja-JP', '1,234.5', 1, false, '1234.5'],
  ['fr-CH', '12,5', 1, false, '12.5'], // plain numbers in fr-CH use ',' unlike amounts
  ['en-DE', '1.234,5', 1, false, '1234.5'],
  ['en-DE', '1,234.5', 1, false, 'WRONG_SEPARATOR'],
];

describe('parseDecimal', () => {
  it.each(DECIMAL_CASES)(
    'in %s reads %j (at most %i decimals, negative allowed: %s) as %j',
    (locale, input, maxFractionDigits, allowNegative, expected) => {
      const result = parseDecimal(input, { locale, maxFractionDigits, allowNegative });
      expect(result.ok ? result.value : result.error.code).toBe(expected);
    },
  );

  it('refuses negatives unless they are allowed explicitly', () => {
    expect(parseDecimal('-1', { locale: 'en-US', maxFractionDigits: 2 })).toMatchObject({
      ok: false,
      error: {
        code: 'NEGATIVE_NOT_ALLOWED',
        message: "'-1' is negative. Enter zero or more, e.g. 1,234.56.",
      },
    });
  });

  it('says a whole number is wanted when no decimals are allowed', () => {
    expect(parseDecimal('1,5', { locale: 'de-DE', maxFractionDigits: 0 })).toMatchObject({
      ok: false,
      error: {
        message: "'1,5' has decimals, but only whole numbers are allowed here, e.g. 1.234.",
      },
    });
  });

  it('throws on an invalid maxFractionDigits, a programming error', () => {
    expect(() => parseDecimal('1', { locale: 'en-US', maxFractionDigits: 1.5 })).toThrow(
      RangeError,
    );
  });
});
