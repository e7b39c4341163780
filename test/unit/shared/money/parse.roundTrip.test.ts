import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { dec, decimalToString } from '../../../../shared/money/decimal';
import { formatAmount, formatDecimal, formatMoney } from '../../../../shared/money/format';
import { minor } from '../../../../shared/money/minor';
import { parseDecimal, parseMoney } from '../../../../shared/money/parse';
import { PROPERTY_RUNS } from '../../propertyRuns';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ja-JP'];
// Locales with other habits: minus after the symbol (nl-NL), U+2212 (sv-SE), no grouping of
// four digits (es-ES, pl-PL), bidi marks (ar-EG, fa-IR), NBSP groups (fr-CA), and other
// separators for amounts than for numbers (fr-CH, en-DE, de-AT, en-CH, ml-IN).
const MORE_LOCALES = [
  'nl-NL',
  'sv-SE',
  'es-ES',
  'pl-PL',
  'pt-BR',
  'fr-CA',
  'fr-CH',
  'en-DE',
  'de-AT',
  'en-CH',
  'ml-IN',
];
const RTL_LOCALES = ['ar-EG', 'fa-IR', 'he-IL', 'ur-PK'];
const CURRENCIES = ['EUR', 'USD', 'JPY', 'KWD'].map(currencyCode);
const MORE_CURRENCIES = ['CHF', 'GBP', 'SEK', 'PLN', 'CLF', 'INR'].map(currencyCode);

const LIMIT = 10n ** 15n;
const amounts = fc.bigInt({ min: -LIMIT, max: LIMIT }).map((n) => minor(Number(n)));
const run = { numRuns: PROPERTY_RUNS };

describe('formatting then parsing an amount gives it back', () => {
  it('with the currency symbol, in every locale and currency of the table', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        amounts,
        (locale, currency, amount) => {
          const typed = formatMoney(amount, currency, locale);
          expect(parseMoney(typed, { locale, currency })).toEqual({ ok: true, value: amount });
        },
      ),
      run,
    );
  });

  it('with the currency symbol, in locales with other habits', () => {
    const locales = [...MORE_LOCALES, ...RTL_LOCALES];
    const currencies = [...CURRENCIES, ...MORE_CURRENCIES];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        amounts,
        (locale, currency, amount) => {
          const typed = formatMoney(amount, currency, locale);
          expect(parseMoney(typed, { locale, currency })).toEqual({ ok: true, value: amount });
        },
      ),
      run,
    );
  });

  it('without the currency symbol', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES, ...MORE_LOCALES),
        fc.constantFrom(...CURRENCIES),
        amounts,
        (locale, currency, amount) => {
          const typed = formatAmount(amount, currency, locale);
          expect(parseMoney(typed, { locale, currency })).toEqual({ ok: true, value: amount });
        },
      ),
      run,
    );
  });

  it('up to the largest safe number of minor units', () => {
    const huge = fc.bigInt({
      min: -BigInt(Number.MAX_SAFE_INTEGER),
      max: BigInt(Number.MAX_SAFE_INTEGER),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        huge,
        (locale, currency, n) => {
          const amount = minor(Number(n));
          const typed = formatMoney(amount, currency, locale);
          expect(parseMoney(typed, { locale, currency })).toEqual({ ok: true, value: amount });
        },
      ),
      run,
    );
  });
});

describe('formatting then parsing a decimal gives it back', () => {
  // Canonical decimal strings with up to 15 integer digits and up to 25 decimals, past the
  // 20 that Intl.NumberFormat takes, so the long-fraction path is covered too.
  const decimals = fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: LIMIT - 1n }),
      fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 25 }),
    )
    .map(([negative, integer, fraction]) =>
      decimalToString(dec(`${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`)),
    );

  it('in every locale, with every significant decimal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES, ...MORE_LOCALES, ...RTL_LOCALES),
        decimals,
        (locale, value) => {
          const typed = formatDecimal(value, locale);
          expect(
            parseDecimal(typed, { locale, maxFractionDigits: 25, allowNegative: true }),
          ).toEqual({
            ok: true,
            value,
          });
        },
      ),
      run,
    );
  });
});

describe('parsing refuses rather than guesses', () => {
  // A German-written amount typed into an en-US field (or the reverse) is either refused or
  // means the same amount; it is never read as a different one. This holds for 0 and 2
  // decimals; with 3 (KWD) '1,234' is a correct amount in both locales, so the locale decides.
  const pairs: [string, string][] = [
    ['de-DE', 'en-US'],
    ['en-US', 'de-DE'],
    ['fr-FR', 'de-CH'],
    ['de-CH', 'de-DE'],
  ];
  it('never reads an amount written the other way round as a different amount', () => {
    const twoOrNoDecimals = ['EUR', 'USD', 'JPY'].map(currencyCode);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.constantFrom(...twoOrNoDecimals),
        amounts,
        ([written, read], currency, amount) => {
          const typed = formatAmount(amount, currency, written);
          const result = parseMoney(typed, { locale: read, currency });
          if (result.ok) expect(result.value).toBe(amount);
        },
      ),
      run,
    );
  });

  it('never throws on any text, and what it accepts survives formatting and parsing again', () => {
    const typedChars = fc.constantFrom(..."0123456789.,'’ -−+€$¥￥£EURkr\u00a0\u202f\u200fa%");
    const text = fc.oneof(
      fc.string({ unit: typedChars, maxLength: 24 }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        text,
        (locale, currency, typed) => {
          const result = parseMoney(typed, { locale, currency });
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(10);
            return;
          }
          expect(Number.isSafeInteger(result.value)).toBe(true);
          const again = parseMoney(formatMoney(result.value, currency, locale), {
            locale,
            currency,
          });
          expect(again).toEqual(result);
        },
      ),
      run,
    );
  });
});
