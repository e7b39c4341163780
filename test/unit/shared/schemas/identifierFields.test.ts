import { describe, expect, it } from 'vitest';
import {
  bicField,
  ibanField,
  isValidIban,
  mod97,
  sepaCreditorIdField,
  vatIdField,
} from '../../../../shared/schemas/identifierFields';
import { parseWith } from '../../../../shared/schemas/validationIssues';

function messageOf(result: ReturnType<typeof parseWith>): string | null {
  return result.ok ? null : result.error.issues.map((issue) => issue.message).join(' | ');
}

describe('IBAN', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ['fr76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['NO93 8601 1117 947', 'NO9386011117947'],
  ])('accepts %s and stores it as %s', (typed, stored) => {
    expect(parseWith(ibanField(), typed)).toEqual({ ok: true, value: stored });
    expect(isValidIban(typed)).toBe(true);
  });

  it.each([
    ['a changed digit', 'DE89 3704 0044 0532 0130 01'],
    ['two swapped digits', 'DE89 3704 0044 0532 0103 00'],
    ['wrong check digits', 'GB28 NWBK 6016 1331 9268 19'],
    ['a letter typed for a digit', 'FR14 2004 1010 0505 0001 3M02 60G'],
  ])('refuses an IBAN with %s because of its check digits', (_name, typed) => {
    expect(messageOf(parseWith(ibanField(), typed))).toBe(
      "This IBAN's check digits are wrong; check for a typing error.",
    );
  });

  it.each([
    ['', /Enter the IBAN/],
    ['DE89-3704-0044-0532-0130-00', /only letters and digits/],
    ['XX89 3704 0044 0532 0130 00', /starts with a country code/],
    ['DE89 3704 0044 05', /15 to 34 characters; this one has 14/],
    ['DE89' + '0'.repeat(32), /15 to 34 characters; this one has 36/],
  ])('refuses %j and says why', (typed, why) => {
    expect(messageOf(parseWith(ibanField(), typed))).toMatch(why);
  });

  it('computes MOD 97-10 over letters and digits', () => {
    // ISO 7064 example: 3214282912345698765432161182 (DE89 rearranged) ≡ 1.
    expect(mod97('370400440532013000DE89')).toBe(1);
    expect(mod97('ZZ')).toBe(3535 % 97);
  });
});

describe('BIC', () => {
  it.each(['COBADEFFXXX', 'COBADEFF', 'cobadeff', 'NWBK GB 2L'])('accepts %s', (typed) => {
    expect(parseWith(bicField(), typed).ok).toBe(true);
  });

  it.each(['COBADE', 'COBADEFFXX', 'COBAXXFFXXX', '1OBADEFFXXX'])('refuses %s', (typed) => {
    expect(messageOf(parseWith(bicField(), typed))).toMatch(/BIC has 8 or 11 letters and digits/);
  });

  it('may be left empty', () => {
    expect(parseWith(bicField(), '')).toEqual({ ok: true, value: '' });
  });
});

describe('VAT ID', () => {
  it.each([
    ['DE123456789', 'DE123456789'],
    ['de 123 456 789', 'DE123456789'],
    ['EL123456789', 'EL123456789'],
    ['FR40.303.265.045', 'FR40303265045'],
    ['', ''],
  ])('accepts %j as %j', (typed, stored) => {
    expect(parseWith(vatIdField(), typed)).toEqual({ ok: true, value: stored });
  });

  it.each(['123456789', 'D123456789', 'DE1', 'DE12345678901234', 'DE12345_6789'])(
    'refuses %s with an example',
    (typed) => {
      expect(messageOf(parseWith(vatIdField(), typed))).toMatch(/VAT ID .*like DE123456789/);
    },
  );
});

describe('SEPA creditor ID', () => {
  it('accepts the Bundesbank test creditor ID', () => {
    expect(parseWith(sepaCreditorIdField(), 'de98 zzz 09999999999')).toEqual({
      ok: true,
      value: 'DE98ZZZ09999999999',
    });
  });

  it('accepts another business code, which the check ignores', () => {
    expect(parseWith(sepaCreditorIdField(), 'DE98ABC09999999999').ok).toBe(true);
  });

  it('refuses wrong check digits and a malformed ID', () => {
    expect(messageOf(parseWith(sepaCreditorIdField(), 'DE98ZZZ09999999998'))).toMatch(
      /check digits are wrong/,
    );
    expect(messageOf(parseWith(sepaCreditorIdField(), 'ZZZ0999'))).toMatch(
      /like DE98ZZZ09999999999/,
    );
  });
});
