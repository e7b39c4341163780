import { describe, expect, it } from 'vitest';
import {
  applyCustomerVatTreatment,
  CUSTOMER_VAT_TREATMENTS,
  lineTreatmentUnder,
  vatCategoryOfTreatment,
} from '../../../../shared/tax/customerVatTreatment';
import { checkVatTreatment, vatCategoryRules } from '../../../../shared/tax/vatCategories';

const standardLine = {
  description: 'Consulting',
  quantity: '3',
  vatCategory: 'standard' as const,
  vatRate: '19',
  exemptionReason: undefined,
};
const exemptLine = {
  ...standardLine,
  vatCategory: 'exempt' as const,
  vatRate: '0',
  exemptionReason: 'Medical services, § 4 Nr. 14 UStG',
};

describe('applyCustomerVatTreatment', () => {
  it('domestic leaves the line exactly as it is, product VAT and all', () => {
    expect(applyCustomerVatTreatment(standardLine, 'domestic')).toBe(standardLine);
    expect(applyCustomerVatTreatment(exemptLine, 'domestic')).toBe(exemptLine);
  });

  it('reverse charge makes a 19 % line reverse charge at 0 % and keeps the rest', () => {
    expect(applyCustomerVatTreatment(standardLine, 'reverseCharge')).toEqual({
      description: 'Consulting',
      quantity: '3',
      vatCategory: 'reverseCharge',
      vatRate: '0',
      exemptionReason: undefined,
    });
  });

  it.each(CUSTOMER_VAT_TREATMENTS.filter((treatment) => treatment !== 'domestic'))(
    '%s puts any line in its own category at 0 %, which the VAT rules accept',
    (treatment) => {
      for (const item of [standardLine, exemptLine]) {
        const treated = applyCustomerVatTreatment(item, treatment);
        expect([treated.vatCategory, treated.vatRate]).toEqual([treatment, '0']);
        // The exemption reason of the product no longer applies: the category has its note.
        expect(treated.exemptionReason).toBeUndefined();
        expect(checkVatTreatment(treated.vatCategory, treated.vatRate, undefined)).toBeNull();
        expect(vatCategoryRules(treated.vatCategory).note).not.toBeNull();
      }
    },
  );

  it('does not change the line it was given', () => {
    const before = { ...standardLine };
    applyCustomerVatTreatment(standardLine, 'export');
    expect(standardLine).toEqual(before);
  });
});

describe('vatCategoryOfTreatment', () => {
  it('names the category a treatment sets, and none for domestic', () => {
    expect(CUSTOMER_VAT_TREATMENTS.map(vatCategoryOfTreatment)).toEqual([
      null,
      'reverseCharge',
      'intraCommunity',
      'export',
      'outsideScope',
    ]);
  });
});

describe('lineTreatmentUnder', () => {
  it('takes the customer’s treatment when the seller charges VAT', () => {
    expect(lineTreatmentUnder({ kind: 'normal' }, 'reverseCharge')).toBe('reverseCharge');
  });

  it('is domestic for a small business exempt from VAT, whatever the customer', () => {
    const exempt = { kind: 'smallBusinessExempt' as const, note: 'No VAT: § 19 UStG.' };
    expect(lineTreatmentUnder(exempt, 'reverseCharge')).toBe('domestic');
    expect(lineTreatmentUnder(exempt, 'export')).toBe('domestic');
  });
});
