import type { CurrencyCode } from '../money/currencies';
import { addMinor, minor, ZERO, type Minor } from '../money/minor';
import {
  customersOf,
  documentSign,
  groupByCurrency,
  isWithinRange,
  type DateRange,
  type ReportDocument,
} from './reportDocument';
import { periodOf, periodRange, type ReportPeriod } from './reportPeriod';

/**
 * Sales of a customer or month: net (without VAT, BT-109) and gross (with VAT, BT-112) of
 * invoices minus credit notes. Prepaid amounts and cash rounding are settlement, not sales.
 */
export type SalesAmounts = { net: Minor; gross: Minor };

export type SalesByCustomerRow = SalesAmounts & { customerId: string; customerName: string };
export type SalesByMonthRow = SalesAmounts & { month: ReportPeriod };

export type SalesSection<Row> = { currency: CurrencyCode; rows: Row[]; totals: SalesAmounts };
export type SalesReport<Row> = DateRange & { currencies: SalesSection<Row>[] };

function signedSales(doc: ReportDocument): SalesAmounts {
  const sign = documentSign(doc.kind);
  return { net: minor(sign * doc.totals.netTotal), gross: minor(sign * doc.totals.grossTotal) };
}

function addSales(a: SalesAmounts, b: SalesAmounts): SalesAmounts {
  return { net: addMinor(a.net, b.net), gross: addMinor(a.gross, b.gross) };
}

function sumSales(documents: readonly ReportDocument[]): SalesAmounts {
  return documents.map(signedSales).reduce(addSales, { net: ZERO, gross: ZERO });
}

/** Net and gross sales per currency and customer of the documents issued in the range. */
export function salesByCustomer(
  documents: readonly ReportDocument[],
  range: DateRange,
): SalesReport<SalesByCustomerRow> {
  const inRange = documents.filter((doc) => isWithinRange(doc.issueDate, range));
  const currencies = groupByCurrency(inRange).map(({ currency, items }) => ({
    currency,
    rows: customersOf(items).map((customer) => ({
      ...customer,
      ...sumSales(items.filter((doc) => doc.customerId === customer.customerId)),
    })),
    totals: sumSales(items),
  }));
  return { from: range.from, to: range.to, currencies };
}

/**
 * Net and gross sales per currency and calendar month of the documents issued in the range.
 * Every month the range touches gets a row, a month without sales a zero one, so a chart of
 * the rows has no gaps.
 */
export function salesByMonth(
  documents: readonly ReportDocument[],
  range: DateRange,
): SalesReport<SalesByMonthRow> {
  const inRange = documents.filter((doc) => isWithinRange(doc.issueDate, range));
  const months = periodRange(range, 'month');
  const currencies = groupByCurrency(inRange).map(({ currency, items }) => ({
    currency,
    rows: months.map((month) => ({
      month,
      ...sumSales(items.filter((doc) => periodOf(doc.issueDate, 'month').label === month.label)),
    })),
    totals: sumSales(items),
  }));
  return { from: range.from, to: range.to, currencies };
}
