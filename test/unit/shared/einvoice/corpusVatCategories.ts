// The corpus documents of each VAT category the app supports: standard at two rates with
// line and document allowances and charges, zero rated, exempt (with a reason, and as a
// small business), reverse charge, intra-community supply, export (in yen) and outside
// the scope of VAT.
import { minor } from '../../../../shared/money/minor';
import { ALL_FORMATS as ALL, FRENCH_BUYER, JAPANESE_BUYER, type CorpusEntry } from './corpusBasics';
import {
  AUSTRIAN_BUYER,
  LEITWEG_ROUTING,
  line,
  posted,
  SELLER,
  vatRouting,
} from './eInvoiceFixtures';

/** One or more documents per VAT category. */
export function vatCategoryEntries(): CorpusEntry[] {
  const austria = vatRouting(AUSTRIAN_BUYER);
  return [
    {
      name: 'standard-mixed-rates',
      routing: LEITWEG_ROUTING,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0001',
        notes: 'Order of 12 February 2026.\nDelivered to the town hall.',
        lines: [
          line({
            description: 'Strategy workshop\npreparation and facilitation',
            quantity: '2.5',
            unitPrice: '90.00',
            allowances: [{ kind: 'percent', percent: '10', reason: 'Loyalty' }],
          }),
          line({
            description: 'Handbook "Small business accounting" & <checklists>',
            quantity: '3',
            unit: 'C62',
            unitPrice: '24.90',
            vatRate: '7',
            charges: [{ kind: 'amount', amount: minor(150), reason: 'Gift wrapping' }],
          }),
          line({
            description: 'Copy paper',
            quantity: '250',
            unit: 'C62',
            unitPrice: '4.99',
            baseQuantity: '100',
            allowances: [{ kind: 'amount', amount: minor(100), reason: '' }],
          }),
          line({ description: 'Travel', quantity: '132.5', unit: 'KMT', unitPrice: '0.333' }),
        ],
        adjustments: [
          {
            kind: 'allowance',
            reason: 'Framework agreement discount',
            value: { kind: 'percent', percent: '3' },
            vatCategory: 'standard',
            vatRate: '19',
          },
          {
            kind: 'charge',
            reason: 'Shipping',
            value: { kind: 'amount', amount: minor(990) },
            vatCategory: 'standard',
            vatRate: '19',
          },
          {
            kind: 'charge',
            reason: 'Packaging',
            value: { kind: 'amount', amount: minor(250) },
            vatCategory: 'standard',
            vatRate: '7',
          },
        ],
      }),
    },
    {
      name: 'zero-rated',
      routing: austria,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0002',
        buyer: AUSTRIAN_BUYER,
        lines: [
          line({
            description: 'Newspaper subscription',
            unit: 'MON',
            unitPrice: '12.00',
            vatCategory: 'zeroRated',
            vatRate: '0',
          }),
          line({ description: 'Consulting', quantity: '1.75', unitPrice: '120.00' }),
        ],
      }),
    },
    {
      name: 'exempt-with-reason',
      routing: LEITWEG_ROUTING,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0003',
        lines: [
          line({
            description: 'Vocational training course',
            unit: 'DAY',
            quantity: '2',
            unitPrice: '450.00',
            vatCategory: 'exempt',
            vatRate: '0',
            exemptionReason: 'Exempt from VAT under § 4 Nr. 21 UStG (vocational training).',
          }),
          line({ description: 'Course materials', unit: 'SET', unitPrice: '35.00', vatRate: '19' }),
        ],
      }),
    },
    {
      name: 'small-business-exempt',
      routing: { ...LEITWEG_ROUTING, sellerEndpoint: { scheme: 'EM', id: 'jane@trader.example' } },
      formats: ['xrechnung', 'cii'],
      document: posted({
        number: 'INV-2026-0004',
        seller: { ...SELLER, vatId: '', registrationNumber: '' },
        lines: [
          line({
            description: 'Garden design',
            unit: 'HUR',
            quantity: '6',
            unitPrice: '55.00',
            vatCategory: 'exempt',
            vatRate: '0',
            exemptionReason: 'No VAT is charged: small business under § 19 UStG.',
          }),
        ],
      }),
    },
    {
      name: 'reverse-charge',
      routing: austria,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0005',
        buyer: AUSTRIAN_BUYER,
        lines: [
          line({
            description: 'Software development services',
            quantity: '40',
            unitPrice: '95.00',
            vatCategory: 'reverseCharge',
            vatRate: '0',
          }),
        ],
        adjustments: [
          {
            kind: 'allowance',
            reason: 'Volume discount',
            value: { kind: 'amount', amount: minor(15000) },
            vatCategory: 'reverseCharge',
            vatRate: '0',
          },
        ],
      }),
    },
    {
      name: 'intra-community',
      routing: vatRouting(FRENCH_BUYER),
      formats: ALL,
      document: posted({
        number: 'INV-2026-0006',
        buyer: FRENCH_BUYER,
        supplyDate: null,
        lines: [
          line({
            description: 'Oak desk',
            unit: 'C62',
            quantity: '2',
            unitPrice: '640.00',
            vatCategory: 'intraCommunity',
            vatRate: '0',
          }),
          line({
            description: 'Cable tray',
            unit: 'MTR',
            quantity: '3.5',
            unitPrice: '9.40',
            vatCategory: 'intraCommunity',
            vatRate: '0',
          }),
        ],
        adjustments: [
          {
            kind: 'charge',
            reason: 'Freight to Paris',
            value: { kind: 'amount', amount: minor(8500) },
            vatCategory: 'intraCommunity',
            vatRate: '0',
          },
        ],
      }),
    },
    {
      name: 'export-jpy',
      routing: vatRouting(JAPANESE_BUYER, 'PO-TKY-77'),
      formats: ALL,
      document: posted({
        number: 'INV-2026-0007',
        currency: 'JPY',
        buyer: JAPANESE_BUYER,
        bankAccount: { iban: 'DE89370400440532013000', bic: '', bankName: '' },
        lines: [
          line({
            description: 'Translation, German to Japanese',
            quantity: '12',
            unitPrice: '4500',
            vatCategory: 'export',
            vatRate: '0',
            allowances: [{ kind: 'percent', percent: '7.5', reason: 'Repeat customer' }],
          }),
          line({
            description: 'Proofreading',
            unit: 'LS',
            unitPrice: '12345',
            vatCategory: 'export',
            vatRate: '0',
          }),
        ],
        adjustments: [
          {
            kind: 'allowance',
            reason: 'Campaign',
            value: { kind: 'percent', percent: '3' },
            vatCategory: 'export',
            vatRate: '0',
          },
        ],
      }),
    },
    {
      name: 'outside-scope',
      routing: LEITWEG_ROUTING,
      formats: ALL,
      document: posted({
        number: 'INV-2026-0008',
        lines: [
          line({
            description: 'Membership fee 2026',
            unit: 'LS',
            unitPrice: '240.00',
            vatCategory: 'outsideScope',
            vatRate: '0',
          }),
        ],
        adjustments: [
          {
            kind: 'allowance',
            reason: 'Early payment',
            value: { kind: 'percent', percent: '2' },
            vatCategory: 'outsideScope',
            vatRate: '0',
          },
        ],
      }),
    },
  ];
}
