import type { IsoDate } from '../dates/isoDate';
import type { CurrencyCode } from '../money/currencies';
import { minor, type Minor } from '../money/minor';
import { err, ok, type Result } from '../result';
import type { DocumentTotals } from '../totals/documentTotals';
import { findAccount, vatPayableAccount, type ChartOfAccounts } from './chartOfAccounts';
import { buildJournalEntry, mirrorPostings, type JournalEntry, type Posting } from './journalEntry';

/** What the journal needs of a posted invoice or credit note: its frozen figures. */
export type JournalDocument = {
  id: string;
  number: string;
  issueDate: IsoDate;
  currency: CurrencyCode;
  /** In the order of `totals.lines`; a line without an account books to the revenue role. */
  lines: readonly { revenueAccount?: string | undefined }[];
  /** In the order of `totals.adjustmentAmounts`. */
  adjustments: readonly { kind: 'allowance' | 'charge' }[];
  totals: DocumentTotals;
};

export type DocumentJournalError = {
  code: 'UNKNOWN_ACCOUNT';
  message: string;
  lineIndex: number;
  accountCode: string;
};

/**
 * The entry that posts an invoice: receivables (amount due) and customer advances (prepaid)
 * and document allowances on the debit side; revenue per line account, document charges, VAT
 * per rate and cash rounding on the credit side. Refuses a line booked to an account the
 * chart does not have; the roles are trusted to be checked by validateChartOfAccounts.
 */
export function journalForInvoice(
  doc: JournalDocument,
  chart: ChartOfAccounts,
): Result<JournalEntry, DocumentJournalError> {
  const postings = documentPostings(doc, chart);
  if (!postings.ok) return postings;
  return ok(
    buildJournalEntry(
      {
        date: doc.issueDate,
        source: { type: 'invoice', id: doc.id, reference: doc.number },
        description: `Invoice ${doc.number}`,
        currency: doc.currency,
      },
      postings.value,
    ),
  );
}

/**
 * The entry that posts a credit note: the invoice booking with every side swapped, so a
 * credit note of an invoice's full figures undoes its entry exactly. `correctedInvoiceNumber`
 * names the invoice in the description.
 */
export function journalForCreditNote(
  doc: JournalDocument & { correctedInvoiceNumber?: string | undefined },
  chart: ChartOfAccounts,
): Result<JournalEntry, DocumentJournalError> {
  const postings = documentPostings(doc, chart);
  if (!postings.ok) return postings;
  const corrects = doc.correctedInvoiceNumber ? ` for invoice ${doc.correctedInvoiceNumber}` : '';
  return ok(
    buildJournalEntry(
      {
        date: doc.issueDate,
        source: { type: 'creditNote', id: doc.id, reference: doc.number },
        description: `Credit note ${doc.number}${corrects}`,
        currency: doc.currency,
      },
      mirrorPostings(postings.value),
    ),
  );
}

function documentPostings(
  doc: JournalDocument,
  chart: ChartOfAccounts,
): Result<Posting[], DocumentJournalError> {
  const { totals } = doc;
  // A mismatch here is a caller assembling the document wrongly, not bad user data.
  if (doc.lines.length !== totals.lines.length) {
    throw new RangeError(`${doc.lines.length} lines but ${totals.lines.length} line totals`);
  }
  if (doc.adjustments.length !== totals.adjustmentAmounts.length) {
    throw new RangeError('the adjustments and their amounts do not correspond');
  }
  if (doc.currency !== totals.currency) {
    throw new RangeError(`document in ${doc.currency} but totals in ${totals.currency}`);
  }
  const { roles } = chart;
  const revenueByAccount = new Map<string, number>();
  for (const [index, line] of doc.lines.entries()) {
    const chosen = line.revenueAccount?.trim() ? line.revenueAccount : undefined;
    const account = chosen ?? roles.revenue;
    if (chosen !== undefined && !findAccount(chart.accounts, chosen)) {
      return err({
        code: 'UNKNOWN_ACCOUNT',
        lineIndex: index,
        accountCode: chosen,
        message: `Line ${index + 1} books its revenue to account ${chosen}, which is not in the chart of accounts; choose one of its accounts for the line or add ${chosen} to the chart.`,
      });
    }
    revenueByAccount.set(account, (revenueByAccount.get(account) ?? 0) + totals.lines[index]!.net);
  }
  const adjustmentsOf = (kind: 'allowance' | 'charge'): Minor =>
    minor(
      doc.adjustments.reduce(
        (sum, adjustment, i) =>
          adjustment.kind === kind ? sum + totals.adjustmentAmounts[i]! : sum,
        0,
      ),
    );
  return ok([
    { account: roles.receivables, side: 'debit', amount: totals.amountDue },
    { account: roles.customerAdvances, side: 'debit', amount: totals.prepaid },
    { account: roles.discountsGranted, side: 'debit', amount: adjustmentsOf('allowance') },
    ...[...revenueByAccount].map(([account, net]): Posting => ({
      account,
      side: 'credit',
      amount: minor(net),
    })),
    { account: roles.otherRevenue, side: 'credit', amount: adjustmentsOf('charge') },
    ...totals.vatGroups.map((group): Posting => ({
      account: vatPayableAccount(chart, group.rate),
      side: 'credit',
      amount: group.vatAmount,
    })),
    // A positive rounding amount raised what the customer owes: income for the trader.
    { account: roles.rounding, side: 'credit', amount: totals.roundingAmount },
  ]);
}
