import { describe, expect, it } from 'vitest';
import {
  effectiveCustomerDefaults,
  type InheritableDefaults,
} from '../../../../shared/customers/customerDefaults';
import { currencyCode } from '../../../../shared/money/currencies';

const company = {
  currency: currencyCode('EUR'),
  paymentTerms: { kind: 'net' as const, days: 14 },
  language: 'en',
  paymentMethod: 'bankTransfer' as const,
};
const nothing: InheritableDefaults = {
  currency: null,
  paymentTerms: null,
  language: null,
  defaultPaymentMethod: null,
};

describe('customer defaults', () => {
  it('a customer without own values and without a class gets the company defaults', () => {
    const result = effectiveCustomerDefaults(nothing, null, company);
    expect(result).toMatchObject({
      currency: 'EUR',
      paymentTerms: { kind: 'net', days: 14 },
      language: 'en',
    });
    expect(result.vatTreatment).toBe('domestic');
    expect(result.source).toEqual({
      currency: 'company',
      paymentTerms: 'company',
      language: 'company',
      paymentMethod: 'company',
      vatTreatment: 'company',
    });
  });

  it('a customer inherits what its class sets and overrides it with its own values', () => {
    const wholesale: InheritableDefaults = {
      ...nothing,
      paymentTerms: { kind: 'endOfMonth', days: 30 },
      currency: currencyCode('CHF'),
      defaultPaymentMethod: 'directDebit',
    };
    const customer: InheritableDefaults = { ...nothing, currency: currencyCode('USD') };
    const result = effectiveCustomerDefaults(customer, wholesale, company);
    expect(result.currency).toBe('USD');
    expect(result.paymentTerms).toEqual({ kind: 'endOfMonth', days: 30 });
    expect(result.paymentMethod).toBe('directDebit');
    expect(result.language).toBe('en');
    expect(result.source).toEqual({
      currency: 'customer',
      paymentTerms: 'class',
      language: 'company',
      paymentMethod: 'class',
      vatTreatment: 'company',
    });
  });

  it('a customer takes the VAT treatment of its class unless it sets its own', () => {
    const euBusiness: InheritableDefaults = { ...nothing, vatTreatment: 'reverseCharge' };
    const member = effectiveCustomerDefaults(nothing, euBusiness, company);
    expect([member.vatTreatment, member.source.vatTreatment]).toEqual(['reverseCharge', 'class']);
    const domesticMember = effectiveCustomerDefaults(
      { ...nothing, vatTreatment: 'domestic' },
      euBusiness,
      company,
    );
    expect([domesticMember.vatTreatment, domesticMember.source.vatTreatment]).toEqual([
      'domestic',
      'customer',
    ]);
  });

  it('a customer or class stored before VAT treatments existed (no field) inherits', () => {
    const older: InheritableDefaults = { ...nothing };
    expect('vatTreatment' in older).toBe(false);
    const exporters: InheritableDefaults = { ...older, vatTreatment: 'export' };
    expect(effectiveCustomerDefaults(older, exporters, company).vatTreatment).toBe('export');
    const result = effectiveCustomerDefaults(older, older, company);
    expect([result.vatTreatment, result.source.vatTreatment]).toEqual(['domestic', 'company']);
  });
});
