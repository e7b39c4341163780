import type { IsoDate } from '../../shared/dates/isoDate';
import { agedReceivables, type AgedReceivablesReport } from '../../shared/reports/agedReceivables';
import type { DateRange, ReportDocument } from '../../shared/reports/reportDocument';
import {
  salesByCustomer,
  salesByMonth,
  type SalesByCustomerRow,
  type SalesByMonthRow,
  type SalesReport,
} from '../../shared/reports/salesReport';
import { vatReport, type VatReport } from '../../shared/reports/vatReport';
import type { InvoicerDb, StoredDocument } from './db';

/** Every report of the reports screen: receivables as of today, the rest for one period. */
export type Reports = {
  aged: AgedReceivablesReport;
  vat: VatReport;
  salesByCustomer: SalesReport<SalesByCustomerRow>;
  salesByMonth: SalesReport<SalesByMonthRow>;
};

const OPEN_STATUSES = ['posted', 'partiallyPaid'] as const;

/**
 * A posted invoice or credit note as the reports read it: its frozen totals and buyer.
 * Drafts (and quotes) have no frozen figures and are left out (null).
 */
export function toReportDocument(doc: StoredDocument): ReportDocument | null {
  if (doc.kind === 'quote' || doc.status === 'draft' || doc.posted === null) return null;
  return {
    id: doc.id,
    kind: doc.kind,
    number: doc.number ?? '',
    customerId: doc.customerId,
    customerName: doc.customerName,
    currency: doc.currency,
    issueDate: doc.issueDate,
    dueDate: doc.dueDate ?? doc.issueDate,
    totals: doc.posted.totals,
    balance: doc.kind === 'invoice' ? doc.balance : undefined,
  };
}

function reportDocuments(docs: readonly StoredDocument[]): ReportDocument[] {
  return docs.flatMap((doc) => toReportDocument(doc) ?? []);
}

/** Posted invoices and credit notes issued in the range, read from the [kind+issueDate] index. */
export async function documentsIssuedIn(
  db: InvoicerDb,
  range: DateRange,
): Promise<ReportDocument[]> {
  const read = (kind: 'invoice' | 'creditNote') =>
    db.documents
      .where('[kind+issueDate]')
      .between([kind, range.from], [kind, range.to], true, true)
      .toArray();
  return reportDocuments([...(await read('invoice')), ...(await read('creditNote'))]);
}

/** Invoices with money still open (posted or partially paid), from the status index. */
export async function openInvoices(db: InvoicerDb): Promise<ReportDocument[]> {
  const docs: StoredDocument[] = [];
  for (const status of OPEN_STATUSES) {
    docs.push(
      ...(await db.documents
        .where('[kind+status+issueDate]')
        .between(['invoice', status, ''], ['invoice', status, '\uffff'], true, true)
        .toArray()),
    );
  }
  return reportDocuments(docs);
}

/** Aged receivables as of `today`; VAT and sales for the period. */
export async function getReports(
  db: InvoicerDb,
  today: IsoDate,
  period: DateRange,
): Promise<Reports> {
  return db.transaction('r', db.documents, async () => {
    const inPeriod = await documentsIssuedIn(db, period);
    return {
      aged: agedReceivables(await openInvoices(db), today),
      vat: vatReport(inPeriod, period),
      salesByCustomer: salesByCustomer(inPeriod, period),
      salesByMonth: salesByMonth(inPeriod, period),
    };
  });
}
