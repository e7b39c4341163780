import { minor } from '../../../../../shared/money/minor';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from '../testDatabase';

// A company with posted invoices, for the audit tests: every invoice allows partial payments.

/** A fresh database with a company that may post and one customer. */
export async function auditedCompany() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL', { defaultPaymentMethod: 'cash' });
  return { db, acme };
}

/** Posts an invoice of 2 × 100.00 at 19 % (238.00) for the customer. */
export async function postInvoice(db: InvoicerDb, customerId: string): Promise<StoredDocument> {
  const draft = await addDraft(db, customerId, {
    lines: [line('2', '100'), line('1', '50', { description: 'Travel' })],
    change: (doc) => ({ ...doc, allowPartialPayment: true }),
  });
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

/** A payment input of `amount` minor units today by bank transfer. */
export function pay(amount: number, overpayment: 'refuse' | 'keepAsCredit' = 'refuse') {
  return {
    amount: minor(amount),
    date: TODAY,
    method: 'bankTransfer' as const,
    reference: 'TX-1',
    overpayment,
  };
}
