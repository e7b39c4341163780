import { describe, expect, it } from 'vitest';
import { companyProfileSchema } from '../../../../shared/schemas/companyProfile';
import { businessSettingsSchema } from '../../../../shared/schemas/settings';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { badSettings } from './badSettingsInputs';
import { exampleCompanyProfile, exampleSettings, withAt } from './examples';

describe('business settings schema', () => {
  it('accepts the settings of a set-up business unchanged', () => {
    expect(parseWith(businessSettingsSchema, exampleSettings())).toEqual({
      ok: true,
      value: exampleSettings(),
    });
  });

  it('accepts the small-business VAT mode with its note', () => {
    const mode = {
      kind: 'smallBusinessExempt',
      note: 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.',
    };
    expect(parseWith(businessSettingsSchema, { ...exampleSettings(), vatMode: mode }).ok).toBe(
      true,
    );
  });

  it('stores IBAN, BIC and creditor ID compact and in capitals', () => {
    const typed = withAt(
      withAt(exampleSettings(), 'company.bankAccounts.0.iban', 'de89 3704 0044 0532 0130 00'),
      'company.bankAccounts.0.bic',
      'coba de ff xxx',
    );
    const parsed = businessSettingsSchema.parse(typed).company.bankAccounts[0]!;
    expect([parsed.iban, parsed.bic]).toEqual(['DE89370400440532013000', 'COBADEFFXXX']);
  });

  it.each(badSettings)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(businessSettingsSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});

describe('company profile schema', () => {
  it('accepts a profile without logo, bank accounts or optional details', () => {
    const bare = {
      ...exampleCompanyProfile(),
      logo: null,
      bankAccounts: [],
      vatId: '',
      email: '',
      website: '',
      sepaCreditorId: '',
    };
    expect(parseWith(companyProfileSchema, bare).ok).toBe(true);
  });

  it('accepts a JPEG logo of exactly 1 MB', () => {
    // 1,048,576 bytes = 349,525 groups of 3 bytes + 1 byte: 1,398,104 base64 characters, "==" padded.
    const data = '/9j/' + 'A'.repeat(1_398_104 - 4 - 2) + '==';
    const logo = { mimeType: 'image/jpeg', dataBase64: data };
    expect(parseWith(companyProfileSchema, { ...exampleCompanyProfile(), logo }).ok).toBe(true);
  });
});
