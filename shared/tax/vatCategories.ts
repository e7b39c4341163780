import { dec, type DecimalString } from '../money/decimal';

/** The VAT treatments an invoice line, allowance or charge can have. */
export const VAT_CATEGORIES = [
  'standard',
  'zeroRated',
  'exempt',
  'reverseCharge',
  'intraCommunity',
  'export',
  'outsideScope',
] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

/** UNCL 5305 duty/tax category codes used by EN 16931 (BT-118, BT-151). */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O';

type CategoryRules = {
  code: VatCategoryCode;
  label: string;
  /** Standard rate must be above zero; every other category carries no VAT. */
  rate: 'positive' | 'zero';
  /** Exempt lines must say why; the reason is printed on the invoice. */
  needsExemptionReason: boolean;
  /** The legal note the invoice must carry; exempt uses the user's own reason instead. */
  note: string | null;
  /** VATEX code for e-invoices where EN 16931 requires one. */
  vatexCode: string | null;
  /** Reverse charge and intra-community supplies are only valid to a VAT-registered buyer. */
  buyerVatIdRequired: boolean;
};

const RULES: Record<VatCategory, CategoryRules> = {
  standard: {
    code: 'S',
    label: 'Standard rate',
    rate: 'positive',
    needsExemptionReason: false,
    note: null,
    vatexCode: null,
    buyerVatIdRequired: false,
  },
  zeroRated: {
    code: 'Z',
    label: 'Zero rated',
    rate: 'zero',
    needsExemptionReason: false,
    note: null,
    vatexCode: null,
    buyerVatIdRequired: false,
  },
  exempt: {
    code: 'E',
    label: 'Exempt from VAT',
    rate: 'zero',
    needsExemptionReason: true,
    note: null,
    vatexCode: null,
    buyerVatIdRequired: false,
  },
  reverseCharge: {
    code: 'AE',
    label: 'Reverse charge',
    rate: 'zero',
    needsExemptionReason: false,
    note: 'Reverse charge: the recipient is liable for the VAT (Article 196 of Council Directive 2006/112/EC).',
    vatexCode: 'VATEX-EU-AE',
    buyerVatIdRequired: true,
  },
  intraCommunity: {
    code: 'K',
    label: 'Intra-community supply',
    rate: 'zero',
    needsExemptionReason: false,
    note: 'Intra-community supply, exempt from VAT (Article 138 of Council Directive 2006/112/EC).',
    vatexCode: 'VATEX-EU-IC',
    buyerVatIdRequired: true,
  },
  export: {
    code: 'G',
    label: 'Export outside the EU',
    rate: 'zero',
    needsExemptionReason: false,
    note: 'Export outside the EU, exempt from VAT (Article 146 of Council Directive 2006/112/EC).',
    vatexCode: 'VATEX-EU-G',
    buyerVatIdRequired: false,
  },
  outsideScope: {
    code: 'O',
    label: 'Outside the scope of VAT',
    rate: 'zero',
    needsExemptionReason: false,
    note: 'Not subject to VAT.',
    vatexCode: 'VATEX-EU-O',
    buyerVatIdRequired: false,
  },
};

/** The rules of one VAT category: code, label, rate rule, required note. */
export function vatCategoryRules(category: VatCategory): Readonly<CategoryRules> {
  return RULES[category];
}

/** The order VAT groups are listed in on documents: standard first, then the others. */
export function vatCategoryOrder(category: VatCategory): number {
  return VAT_CATEGORIES.indexOf(category);
}

export type VatTreatmentError = {
  code: 'RATE_REQUIRED' | 'RATE_MUST_BE_ZERO' | 'RATE_OUT_OF_RANGE' | 'EXEMPTION_REASON_REQUIRED';
  message: string;
};

/**
 * Checks that a category, rate and exemption reason belong together; returns the problem
 * as a sentence, or null when they do.
 */
export function checkVatTreatment(
  category: VatCategory,
  rate: DecimalString,
  exemptionReason: string | undefined,
): VatTreatmentError | null {
  const rules = RULES[category];
  const value = dec(rate);
  if (value.isNegative() || value.greaterThanOrEqualTo(100)) {
    return {
      code: 'RATE_OUT_OF_RANGE',
      message: `A VAT rate of ${rate} % is not possible; enter a rate from 0 to 99.99.`,
    };
  }
  if (rules.rate === 'positive' && value.isZero()) {
    return {
      code: 'RATE_REQUIRED',
      message: 'Standard-rated lines need a VAT rate above 0 %; choose "Zero rated" for 0 %.',
    };
  }
  if (rules.rate === 'zero' && !value.isZero()) {
    return {
      code: 'RATE_MUST_BE_ZERO',
      message: `${rules.label} carries no VAT on this invoice; set the rate to 0 %.`,
    };
  }
  if (rules.needsExemptionReason && !exemptionReason?.trim()) {
    return {
      code: 'EXEMPTION_REASON_REQUIRED',
      message:
        'Exempt lines need the reason for the exemption (for example the article of the VAT law); it is printed on the invoice.',
    };
  }
  return null;
}
