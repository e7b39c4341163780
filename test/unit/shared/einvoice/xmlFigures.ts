// The money figures of an e-invoice, read back from its XML (UBL or CII) into one shape,
// and the arithmetic EN 16931 says they must satisfy, checked exactly: the official rules
// allow a cent either way on VAT (BR-CO-17, BR-S-08/09), our own figures allow none.
import { expect } from 'vitest';
import { Decimal, dec } from '../../../../shared/money/decimal';
import { all, one, readXml, textAt, type XmlNode } from './xmlReader';

export type XmlVatGroup = { code: string; rate: string | null; taxable: string; vat: string };
type Tax = { code: string; rate: string | null };

export type XmlFigures = {
  currency: string;
  vatGroups: XmlVatGroup[];
  lines: Array<Tax & { net: string }>;
  adjustments: Array<Tax & { isCharge: boolean; amount: string }>;
  totals: Record<
    | 'lineNet'
    | 'allowances'
    | 'charges'
    | 'taxExclusive'
    | 'vat'
    | 'taxInclusive'
    | 'prepaid'
    | 'rounding'
    | 'payable',
    string | null
  >;
};

function ublTax(node: XmlNode, path: string): Tax {
  return { code: textAt(node, `${path}/cbc:ID`)!, rate: textAt(node, `${path}/cbc:Percent`) };
}

function ublFigures(root: XmlNode): XmlFigures {
  const total = (name: string) => textAt(root, `cac:LegalMonetaryTotal/cbc:${name}`);
  const lineName = root.name === 'CreditNote' ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  return {
    currency: textAt(root, 'cbc:DocumentCurrencyCode')!,
    vatGroups: all(root, 'cac:TaxTotal/cac:TaxSubtotal').map((group) => ({
      ...ublTax(group, 'cac:TaxCategory'),
      taxable: textAt(group, 'cbc:TaxableAmount')!,
      vat: textAt(group, 'cbc:TaxAmount')!,
    })),
    lines: all(root, lineName).map((line) => ({
      ...ublTax(line, 'cac:Item/cac:ClassifiedTaxCategory'),
      net: textAt(line, 'cbc:LineExtensionAmount')!,
    })),
    adjustments: all(root, 'cac:AllowanceCharge').map((adjustment) => ({
      ...ublTax(adjustment, 'cac:TaxCategory'),
      isCharge: textAt(adjustment, 'cbc:ChargeIndicator') === 'true',
      amount: textAt(adjustment, 'cbc:Amount')!,
    })),
    totals: {
      lineNet: total('LineExtensionAmount'),
      allowances: total('AllowanceTotalAmount'),
      charges: total('ChargeTotalAmount'),
      taxExclusive: total('TaxExclusiveAmount'),
      vat: textAt(root, 'cac:TaxTotal/cbc:TaxAmount'),
      taxInclusive: total('TaxInclusiveAmount'),
      prepaid: total('PrepaidAmount'),
      rounding: total('PayableRoundingAmount'),
      payable: total('PayableAmount'),
    },
  };
}

function ciiTax(node: XmlNode): Tax {
  return {
    code: textAt(node, 'ram:CategoryCode')!,
    rate: textAt(node, 'ram:RateApplicablePercent'),
  };
}

function ciiFigures(root: XmlNode): XmlFigures {
  const transaction = one(root, 'rsm:SupplyChainTradeTransaction');
  const settlement = one(transaction, 'ram:ApplicableHeaderTradeSettlement');
  const sum = one(settlement, 'ram:SpecifiedTradeSettlementHeaderMonetarySummation');
  const total = (name: string) => textAt(sum, `ram:${name}`);
  return {
    currency: textAt(settlement, 'ram:InvoiceCurrencyCode')!,
    vatGroups: all(settlement, 'ram:ApplicableTradeTax').map((group) => ({
      ...ciiTax(group),
      taxable: textAt(group, 'ram:BasisAmount')!,
      vat: textAt(group, 'ram:CalculatedAmount')!,
    })),
    lines: all(transaction, 'ram:IncludedSupplyChainTradeLineItem').map((item) => {
      const lineSettlement = one(item, 'ram:SpecifiedLineTradeSettlement');
      return {
        ...ciiTax(one(lineSettlement, 'ram:ApplicableTradeTax')),
        net: textAt(
          lineSettlement,
          'ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount',
        )!,
      };
    }),
    adjustments: all(settlement, 'ram:SpecifiedTradeAllowanceCharge').map((adjustment) => ({
      ...ciiTax(one(adjustment, 'ram:CategoryTradeTax')),
      isCharge: textAt(adjustment, 'ram:ChargeIndicator/udt:Indicator') === 'true',
      amount: textAt(adjustment, 'ram:ActualAmount')!,
    })),
    totals: {
      lineNet: total('LineTotalAmount'),
      allowances: total('AllowanceTotalAmount'),
      charges: total('ChargeTotalAmount'),
      taxExclusive: total('TaxBasisTotalAmount'),
      vat: total('TaxTotalAmount'),
      taxInclusive: total('GrandTotalAmount'),
      prepaid: total('TotalPrepaidAmount'),
      rounding: total('RoundingAmount'),
      payable: total('DuePayableAmount'),
    },
  };
}

/** The figures of a UBL or CII e-invoice, read from its XML text. */
export function readFigures(xml: string): XmlFigures {
  const root = readXml(xml);
  return root.name === 'rsm:CrossIndustryInvoice' ? ciiFigures(root) : ublFigures(root);
}

const sum = (values: ReadonlyArray<string | null>) =>
  values.reduce((total, value) => total.plus(dec(value ?? '0')), new Decimal(0));
const same = (a: Tax, b: Tax) => a.code === b.code && dec(a.rate ?? '0').equals(dec(b.rate ?? '0'));

/**
 * Asserts the EN 16931 arithmetic on the figures, to the cent: totals add up (BR-CO-10 to
 * BR-CO-16), each group's taxable amount is its lines and adjustments (BR-S-08 …), and,
 * unless `vatFixed` (a completing credit note takes what is left of the invoice's VAT),
 * each group's VAT is its taxable amount × rate rounded once, half away from zero.
 */
export function expectExactArithmetic(
  figures: XmlFigures,
  decimals: number,
  vatFixed = false,
): void {
  const t = figures.totals;
  const allowances = figures.adjustments.filter((a) => !a.isCharge);
  const charges = figures.adjustments.filter((a) => a.isCharge);
  expect(sum(figures.lines.map((l) => l.net)).toFixed(decimals), 'BR-CO-10').toBe(t.lineNet);
  expect(sum(allowances.map((a) => a.amount)).toFixed(decimals)).toBe(
    t.allowances ?? sum([]).toFixed(decimals),
  );
  expect(sum(charges.map((a) => a.amount)).toFixed(decimals)).toBe(
    t.charges ?? sum([]).toFixed(decimals),
  );
  expect(
    sum([t.lineNet])
      .minus(sum([t.allowances]))
      .plus(sum([t.charges]))
      .toFixed(decimals),
    'BR-CO-13',
  ).toBe(t.taxExclusive);
  expect(sum(figures.vatGroups.map((g) => g.vat)).toFixed(decimals), 'BR-CO-14').toBe(t.vat);
  expect(sum([t.taxExclusive, t.vat]).toFixed(decimals), 'BR-CO-15').toBe(t.taxInclusive);
  expect(
    sum([t.taxInclusive, t.rounding])
      .minus(sum([t.prepaid]))
      .toFixed(decimals),
    'BR-CO-16',
  ).toBe(t.payable);
  for (const group of figures.vatGroups) {
    const lines = figures.lines.filter((l) => same(l, group)).map((l) => l.net);
    const taxable = sum(lines)
      .minus(sum(allowances.filter((a) => same(a, group)).map((a) => a.amount)))
      .plus(sum(charges.filter((a) => same(a, group)).map((a) => a.amount)));
    expect(taxable.toFixed(decimals), `taxable amount of ${group.code} ${group.rate}`).toBe(
      group.taxable,
    );
    if (!vatFixed) {
      const vat = dec(group.taxable)
        .times(dec(group.rate ?? '0'))
        .dividedBy(100);
      const rounded = vat.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
      expect(group.vat, `VAT of ${group.code} ${group.rate}`).toBe(rounded);
    }
  }
}
