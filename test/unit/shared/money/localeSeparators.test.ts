import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { localeSeparators, separatorName } from '../../../../shared/money/localeSeparators';

describe('localeSeparators', () => {
  it.each([
    ['en-US', '.', ',', 3, 3],
    ['de-DE', ',', '.', 3, 3],
    ['fr-FR', ',', '\u202f', 3, 3],
    ['sv-SE', ',', '\u00a0', 3, 3],
    ['en-IN', '.', ',', 3, 2],
    ['ja-JP', '.', ',', 3, 3],
    // Latin digits even where the locale's default digits are Arabic or Persian.
    ['ar-EG', '.', ',', 3, 3],
  ])(
    'learns that %s writes decimals with %j, groups with %j, sizes %i then %i',
    (locale, decimal, group, primary, secondary) => {
      expect(localeSeparators(locale)).toMatchObject({
        decimal,
        group,
        primaryGroupSize: primary,
        secondaryGroupSize: secondary,
      });
    },
  );

  it('reads every space and both apostrophes as the same group separator', () => {
    for (const space of [' ', '\u00a0', '\u202f']) {
      expect(localeSeparators('fr-FR').groupChars.has(space)).toBe(true);
      expect(localeSeparators('pl-PL').groupChars.has(space)).toBe(true);
    }
    // ICU 78 (Node 20 here) writes de-CH groups with U+0027; CLDR before 48 used U+2019.
    expect(["'", '\u2019']).toContain(localeSeparators('de-CH').group);
    expect(localeSeparators('de-CH').groupChars).toEqual(new Set(["'", '\u2019']));
    expect(localeSeparators('en-US').groupChars).toEqual(new Set([',']));
  });

  it('learns the separators of amounts apart from those of plain numbers', () => {
    const EUR = currencyCode('EUR');
    expect(localeSeparators('fr-CH').decimal).toBe(',');
    expect(localeSeparators('fr-CH', EUR).decimal).toBe('.');
    expect(localeSeparators('en-DE')).toMatchObject({ decimal: ',', group: '.' });
    expect(localeSeparators('en-DE', EUR)).toMatchObject({ decimal: '.', group: ',' });
    expect(localeSeparators('de-DE', currencyCode('JPY')).decimal).toBe(',');
  });

  it('accepts the minus signs a person may type and the one the locale writes', () => {
    expect(localeSeparators('en-US').minusSigns).toEqual(new Set(['-', '\u2212']));
    expect(localeSeparators('sv-SE').minusSigns.has('\u2212')).toBe(true);
  });

  it('names a space separator in words, since quotes around it would look empty', () => {
    expect(separatorName('\u202f')).toBe('a space');
    expect(separatorName(',')).toBe("','");
  });
});
