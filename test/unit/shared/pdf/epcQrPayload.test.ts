import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import {
  EPC_MAX_BYTES,
  epcQrPayload,
  utf8ByteLength,
  type EpcQrInput,
} from '../../../../shared/pdf/epcQrPayload';
import { PROPERTY_RUNS } from '../../propertyRuns';

function input(overrides: Partial<EpcQrInput> = {}): EpcQrInput {
  return {
    beneficiaryName: 'Jane Trader Consulting',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    amount: minor(33269),
    currency: currencyCode('EUR'),
    remittance: 'INV-2026-0042',
    ...overrides,
  };
}

function fields(overrides: Partial<EpcQrInput> = {}): string[] {
  const payload = epcQrPayload(input(overrides));
  if (!payload.ok) throw new Error(payload.error.message);
  return payload.value.split('\n');
}

describe('the EPC QR payload (EPC069-12 version 002)', () => {
  it('has the eleven lines in order: header, BIC, name, IBAN, amount, empty purpose and reference, remittance', () => {
    expect(fields()).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'COBADEFFXXX',
      'Jane Trader Consulting',
      'DE89370400440532013000',
      'EUR332.69',
      '',
      '',
      'INV-2026-0042',
    ]);
  });

  it('separates lines with LF and ends with the remittance text, without a trailing newline', () => {
    const payload = epcQrPayload(input());
    expect(payload.ok && payload.value).toBe(
      'BCD\n002\n1\nSCT\nCOBADEFFXXX\nJane Trader Consulting\nDE89370400440532013000\nEUR332.69\n\n\nINV-2026-0042',
    );
  });

  it('writes the amount with two decimals, a point and no thousands separator', () => {
    expect(fields({ amount: minor(123456789) })[7]).toBe('EUR1234567.89');
    expect(fields({ amount: minor(1) })[7]).toBe('EUR0.01');
    expect(fields({ amount: minor(100000) })[7]).toBe('EUR1000.00');
  });

  it('writes the IBAN and BIC compact and in capitals, however they were typed', () => {
    const [, , , , bic, , iban] = fields({ iban: 'de89 3704 0044 0532 0130 00', bic: 'cobadeff' });
    expect(iban).toBe('DE89370400440532013000');
    expect(bic).toBe('COBADEFF');
  });

  it('leaves the BIC line empty when there is no BIC, as version 002 allows', () => {
    expect(fields({ bic: '' })[4]).toBe('');
  });

  it('cuts the name to 70 characters, counting letters and not bytes', () => {
    const name = `Ł${'ó'.repeat(80)}`;
    const cut = fields({ beneficiaryName: name })[5]!;
    expect(Array.from(cut)).toHaveLength(70);
    expect(name.startsWith(cut)).toBe(true);
  });

  it('keeps a name of exactly 70 characters whole', () => {
    const name = 'A'.repeat(70);
    expect(fields({ beneficiaryName: name })[5]).toBe(name);
  });

  it('puts line breaks and control characters of a name or text on one line', () => {
    const result = fields({ beneficiaryName: 'Jane\nTrader\r\n\tLtd', remittance: 'INV-1\nX' });
    expect(result).toHaveLength(11);
    expect(result[5]).toBe('Jane Trader Ltd');
    expect(result[10]).toBe('INV-1 X');
  });

  it('cuts the remittance text to 140 characters', () => {
    expect(fields({ remittance: 'R'.repeat(200) })[10]).toBe('R'.repeat(140));
  });

  it('shortens a name of many four-byte characters until the payload fits 331 bytes', () => {
    const name = '𝔄'.repeat(70); // 4 bytes each in UTF-8
    const payload = epcQrPayload(input({ beneficiaryName: name }));
    expect(payload.ok).toBe(true);
    if (!payload.ok) return;
    expect(utf8ByteLength(payload.value)).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(utf8ByteLength(payload.value)).toBeGreaterThan(EPC_MAX_BYTES - 4);
    const shortened = payload.value.split('\n')[5]!;
    expect(name.startsWith(shortened)).toBe(true);
    expect(payload.value.split('\n')[10]).toBe('INV-2026-0042');
  });

  it('never exceeds 331 bytes and always keeps 11 lines, whatever the name and text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.string({ maxLength: 200 }),
        (name, text) => {
          const payload = epcQrPayload(input({ beneficiaryName: `X${name}`, remittance: text }));
          expect(payload.ok).toBe(true);
          if (!payload.ok) return;
          expect(utf8ByteLength(payload.value)).toBeLessThanOrEqual(EPC_MAX_BYTES);
          expect(payload.value.split('\n')).toHaveLength(11);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('refuses any currency but the euro', () => {
    const payload = epcQrPayload(input({ currency: currencyCode('CHF') }));
    expect(payload.ok || payload.error.code).toBe('EPC_NOT_EUR');
  });

  it.each([
    ['nothing', 0],
    ['a refund', -500],
    ['more than 999,999,999.99', 100_000_000_000],
  ])('refuses an amount of %s', (_what, cents) => {
    const payload = epcQrPayload(input({ amount: minor(cents) }));
    expect(payload.ok || payload.error.code).toBe('EPC_AMOUNT');
  });

  it('accepts the largest amount, 999,999,999.99', () => {
    expect(fields({ amount: minor(99_999_999_999) })[7]).toBe('EUR999999999.99');
  });

  it('refuses an IBAN with wrong check digits, saying so', () => {
    const payload = epcQrPayload(input({ iban: 'DE88370400440532013000' }));
    expect(payload.ok).toBe(false);
    if (payload.ok) return;
    expect(payload.error.code).toBe('EPC_IBAN');
    expect(payload.error.message).toContain('check digits');
  });

  it('refuses a BIC of the wrong length', () => {
    const payload = epcQrPayload(input({ bic: 'COBADEF' }));
    expect(payload.ok || payload.error.code).toBe('EPC_BIC');
  });

  it('refuses an empty name', () => {
    const payload = epcQrPayload(input({ beneficiaryName: ' \n ' }));
    expect(payload.ok || payload.error.code).toBe('EPC_NAME');
  });
});

describe('utf8ByteLength', () => {
  it('counts one to four bytes per character as UTF-8 encodes them', () => {
    expect(utf8ByteLength('A')).toBe(1);
    expect(utf8ByteLength('ł')).toBe(2);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('𝔄')).toBe(4);
    expect(utf8ByteLength('Łódź €')).toBe(11);
  });

  it('agrees with TextEncoder on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
