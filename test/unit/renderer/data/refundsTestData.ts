import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { createCreditNoteDraft } from '../../../../renderer/data/creditNotesRepository';
import type { InvoicerDb, StoredDocument } from '../../../../renderer/data/db';
import { registerPayment } from '../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { getSettings } from '../../../../renderer/data/settingsRepository';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

// Shared by the refund tests: refundsRepository, refundKeptAsCredit, refundPrepaid and
// refundSequences.

// Invoices of two lines, 1 × 100.00 and 1 × 100.00 at 19 % VAT: amount due 238.00, each line
// 119.00 gross. Paid in full, then credited in full or by one line.
export const DUE = minor(238_00);
export const EUR = currencyCode('EUR');

export async function company() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL');
  return { db, acme };
}

export async function postedInvoice(db: InvoicerDb, customerId: string): Promise<StoredDocument> {
  const draft = await addDraft(db, customerId, {
    lines: [line('1', '100'), line('1', '100', { description: 'Travel' })],
  });
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

export async function paid(db: InvoicerDb, invoice: StoredDocument, amount = DUE) {
  const method = 'bankTransfer' as const;
  value(
    await registerPayment(db, invoice.id, { amount, date: TODAY, method, overpayment: 'refuse' }),
  );
}

/** Posts a credit note of the invoice's first line; returns the invoice after it. */
export async function creditFirstLine(
  db: InvoicerDb,
  invoice: StoredDocument,
): Promise<StoredDocument> {
  const lineId = invoice.lines[0]!.id;
  const draft = value(
    await createCreditNoteDraft(db, invoice.id, {
      kind: 'lines',
      lines: [{ lineId, quantity: '1' }],
    }),
  );
  value(await postDocument(db, draft.id, { today: TODAY }));
  return (await db.documents.get(invoice.id))!;
}

export const refund = (amount: number) => ({
  amount: minor(amount),
  date: TODAY,
  method: 'bankTransfer' as const,
  reference: 'RF-1',
});

export async function snapshot(db: InvoicerDb) {
  return JSON.stringify({
    documents: await db.documents.toArray(),
    payments: await db.payments.toArray(),
    journal: await db.journal.toArray(),
    audit: await db.audit.toArray(),
  });
}

/** Debits less credits of every account over the whole journal. */
export async function accountBalances(db: InvoicerDb): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  for (const entry of await db.journal.toArray()) {
    for (const { account, debit, credit } of entry.lines) {
      sums.set(account, (sums.get(account) ?? 0) + debit - credit);
    }
  }
  return sums;
}

export async function roles(db: InvoicerDb) {
  return (await getSettings(db))!.chartOfAccounts.roles;
}
