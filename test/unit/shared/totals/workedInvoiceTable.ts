import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { applySellerVatMode } from '../../../../shared/tax/sellerVatMode';
import type { DocumentAdjustment, TotalsInput } from '../../../../shared/totals/documentTotals';
import type { PricedLine } from '../../../../shared/totals/lineAmounts';

// Each invoice below was worked out by hand; the arithmetic is in the comment beside it.
// Figures are in minor units (cents, yen, fils). workedInvoices.test.ts checks them.

const EUR = currencyCode('EUR');

function line(
  quantity: string,
  unitPrice: string,
  vatRate = '19',
  extra: Partial<PricedLine> = {},
): PricedLine {
  return { quantity, unitPrice, vatCategory: 'standard', vatRate, ...extra };
}

type Expected = {
  lineNets?: number[];
  groups: Array<[category: string, rate: string, taxable: number, vat: number]>;
  net: number;
  vat: number;
  gross: number;
  due: number;
  allowances?: number;
  charges?: number;
};

export type WorkedInvoice = { name: string; input: TotalsInput; expected: Expected };

export const worked: WorkedInvoice[] = [
  {
    // 3 × 19.99 = 59.97; 120.00 → 19 % group 179.97 × 0.19 = 34.1943 → 34.19
    // 2 × 4.50 = 9.00 → 7 % group 0.63. Net 188.97, VAT 34.82, gross 223.79.
    name: 'mixed 19 % and 7 %',
    input: {
      currency: EUR,
      lines: [line('3', '19.99'), line('2', '4.50', '7'), line('1', '120.00')],
    },
    expected: {
      lineNets: [5997, 900, 12000],
      groups: [
        ['standard', '19', 17997, 3419],
        ['standard', '7', 900, 63],
      ],
      net: 18897,
      vat: 3482,
      gross: 22379,
      due: 22379,
    },
  },
  {
    // JPY has no decimals: 3 × 1250 = 3750 (10 % → 375); 2.5 × 333 = 832.5 → 833
    // (half away from zero), 8 % → 66.64 → 67. Net 4583, VAT 442, gross 5025 yen.
    name: 'JPY with 0 decimals',
    input: {
      currency: currencyCode('JPY'),
      lines: [line('3', '1250', '10'), line('2.5', '333', '8')],
    },
    expected: {
      lineNets: [3750, 833],
      groups: [
        ['standard', '10', 3750, 375],
        ['standard', '8', 833, 67],
      ],
      net: 4583,
      vat: 442,
      gross: 5025,
      due: 5025,
    },
  },
  {
    // KWD has 3 decimals: 2 × 12.3455 = 24.691; 3 × 1.2345 = 3.7035 → 3.704.
    // Export, no VAT. Net 28.395 KWD = 28395 fils.
    name: 'KWD with 3 decimals',
    input: {
      currency: currencyCode('KWD'),
      lines: [
        line('2', '12.3455', '0', { vatCategory: 'export' }),
        line('3', '1.2345', '0', { vatCategory: 'export' }),
      ],
    },
    expected: {
      lineNets: [24691, 3704],
      groups: [['export', '0', 28395, 0]],
      net: 28395,
      vat: 0,
      gross: 28395,
      due: 28395,
    },
  },
  {
    // 10 hours × 85.00 = 850.00 under reverse charge: no VAT on the invoice.
    name: 'reverse charge',
    input: {
      currency: EUR,
      lines: [line('10', '85.00', '0', { vatCategory: 'reverseCharge' })],
    },
    expected: {
      groups: [['reverseCharge', '0', 85000, 0]],
      net: 85000,
      vat: 0,
      gross: 85000,
      due: 85000,
    },
  },
  {
    // Small-business mode turns 19 % lines exempt: 500.00 + 4 × 25.00 = 600.00, no VAT.
    name: 'exempt small business',
    input: {
      currency: EUR,
      lines: [line('1', '500.00'), line('4', '25.00')].map((l) =>
        applySellerVatMode(l, { kind: 'smallBusinessExempt', note: 'Exempt under §19 UStG.' }),
      ),
    },
    expected: {
      groups: [['exempt', '0', 60000, 0]],
      net: 60000,
      vat: 0,
      gross: 60000,
      due: 60000,
    },
  },
  {
    // 2 × 50.00 with 100 % off nets 0.00; 10.00 at 19 % → VAT 1.90, gross 11.90.
    name: '100 % line discount',
    input: {
      currency: EUR,
      lines: [
        line('2', '50.00', '19', { allowances: [{ kind: 'percent', percent: '100' }] }),
        line('1', '10.00'),
      ],
    },
    expected: {
      lineNets: [0, 1000],
      groups: [['standard', '19', 1000, 190]],
      net: 1000,
      vat: 190,
      gross: 1190,
      due: 1190,
    },
  },
  {
    // 200.00 and a −25.00 loyalty discount line: 175.00 × 0.19 = 33.25, gross 208.25.
    name: 'negative discount line',
    input: { currency: EUR, lines: [line('1', '200.00'), line('1', '-25.00')] },
    expected: {
      lineNets: [20000, -2500],
      groups: [['standard', '19', 17500, 3325]],
      net: 17500,
      vat: 3325,
      gross: 20825,
      due: 20825,
    },
  },
  {
    // 0.333 × 3.0003 = 0.9990999 → 1.00 (rounded once); VAT 0.19, gross 1.19.
    name: 'quantity 0.333 × price 3.0003',
    input: { currency: EUR, lines: [line('0.333', '3.0003')] },
    expected: {
      lineNets: [100],
      groups: [['standard', '19', 100, 19]],
      net: 100,
      vat: 19,
      gross: 119,
      due: 119,
    },
  },
  {
    // 250 pieces at 12.50 per 100 pieces = 31.25; VAT 5.9375 → 5.94, gross 37.19.
    name: 'price per base quantity of 100',
    input: { currency: EUR, lines: [line('250', '12.50', '19', { baseQuantity: '100' })] },
    expected: {
      lineNets: [3125],
      groups: [['standard', '19', 3125, 594]],
      net: 3125,
      vat: 594,
      gross: 3719,
      due: 3719,
    },
  },
  {
    // 10 % allowance on the 19 % group only: 100.00 − 10.00 = 90.00 → VAT 17.10;
    // 7 % group 50.00 → 3.50. Line nets 150.00, net 140.00, VAT 20.60, gross 160.60.
    name: 'document allowance on one VAT group',
    input: {
      currency: EUR,
      lines: [line('1', '100.00'), line('1', '50.00', '7')],
      adjustments: [
        {
          kind: 'allowance',
          reason: 'Volume discount',
          value: { kind: 'percent', percent: '10' },
          vatCategory: 'standard',
          vatRate: '19',
        } satisfies DocumentAdjustment,
      ],
    },
    expected: {
      groups: [
        ['standard', '19', 9000, 1710],
        ['standard', '7', 5000, 350],
      ],
      net: 14000,
      vat: 2060,
      gross: 16060,
      due: 16060,
      allowances: 1000,
      charges: 0,
    },
  },
  {
    // 3 × 33.33 = 99.99 plus 4.95 shipping, both 19 %: 104.94 × 0.19 = 19.9386 → 19.94.
    name: 'document charge',
    input: {
      currency: EUR,
      lines: [line('3', '33.33')],
      adjustments: [
        {
          kind: 'charge',
          reason: 'Shipping',
          value: { kind: 'amount', amount: minor(495) },
          vatCategory: 'standard',
          vatRate: '19',
        },
      ],
    },
    expected: {
      groups: [['standard', '19', 10494, 1994]],
      net: 10494,
      vat: 1994,
      gross: 12488,
      due: 12488,
      allowances: 0,
      charges: 495,
    },
  },
  {
    // Three lines of 2.50 at 19 %: per line 0.475 → 0.48, which would make 1.44;
    // per group 7.50 × 0.19 = 1.425 → 1.43. EN 16931 rounds per group: 1.43 wins.
    name: 'per-group VAT rounding beats per-line rounding',
    input: { currency: EUR, lines: [line('1', '2.50'), line('1', '2.50'), line('1', '2.50')] },
    expected: {
      groups: [['standard', '19', 750, 143]],
      net: 750,
      vat: 143,
      gross: 893,
      due: 893,
    },
  },
  {
    // 1000.00 + 190.00 VAT = 1190.00, of which 300.00 was prepaid: 890.00 due.
    name: 'prepaid amount',
    input: { currency: EUR, lines: [line('1', '1000.00')], prepaid: minor(30000) },
    expected: {
      groups: [['standard', '19', 100000, 19000]],
      net: 100000,
      vat: 19000,
      gross: 119000,
      due: 89000,
    },
  },
  {
    // CHF with 0.05 cash rounding: 10.02 at 8.1 % → 0.81162 → 0.81; 10.83 → 10.85 (+0.02).
    name: 'cash rounding to 0.05 CHF',
    input: {
      currency: currencyCode('CHF'),
      lines: [line('1', '10.02', '8.1')],
      cashRoundingIncrement: minor(5),
    },
    expected: {
      groups: [['standard', '8.1', 1002, 81]],
      net: 1002,
      vat: 81,
      gross: 1083,
      due: 1085,
    },
  },
  {
    // 4 × 12.49 = 49.96, 15 % off = 7.494 → 7.49, plus a 2.00 charge: 44.47;
    // VAT 8.4493 → 8.45, gross 52.92.
    name: 'line percentage discount and line charge',
    input: {
      currency: EUR,
      lines: [
        line('4', '12.49', '19', {
          allowances: [{ kind: 'percent', percent: '15' }],
          charges: [{ kind: 'amount', amount: minor(200) }],
        }),
      ],
    },
    expected: {
      lineNets: [4447],
      groups: [['standard', '19', 4447, 845]],
      net: 4447,
      vat: 845,
      gross: 5292,
      due: 5292,
    },
  },
  {
    // A lone return line: −1 × 0.1250 = −0.125 → −0.13 (away from zero);
    // VAT −0.0247 → −0.02; gross −0.15.
    name: 'negative amounts round away from zero',
    input: { currency: EUR, lines: [line('-1', '0.1250')] },
    expected: {
      lineNets: [-13],
      groups: [['standard', '19', -13, -2]],
      net: -13,
      vat: -2,
      gross: -15,
      due: -15,
    },
  },
  {
    // Zero-rated 20.00, exempt 100.00, intra-community 400.00, outside scope 15.00:
    // four groups without VAT, listed in category order. Net 535.00.
    name: 'zero-rated, exempt, intra-community and outside scope together',
    input: {
      currency: EUR,
      lines: [
        line('1', '400.00', '0', { vatCategory: 'intraCommunity' }),
        line('1', '20.00', '0', { vatCategory: 'zeroRated' }),
        line('1', '100.00', '0', { vatCategory: 'exempt', exemptionReason: 'Art. 132(1)(i)' }),
        line('1', '15.00', '0', { vatCategory: 'outsideScope' }),
      ],
    },
    expected: {
      groups: [
        ['zeroRated', '0', 2000, 0],
        ['exempt', '0', 10000, 0],
        ['intraCommunity', '0', 40000, 0],
        ['outsideScope', '0', 1500, 0],
      ],
      net: 53500,
      vat: 0,
      gross: 53500,
      due: 53500,
    },
  },
];
