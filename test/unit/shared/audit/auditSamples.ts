import { createHash } from 'node:crypto';
import type { Sha256 } from '../../../../shared/audit/auditContent';

// Stored records as the audit chain sees them (plain data), and an independent SHA-256
// (Node's) so the shared functions are tested against a hash they do not ship with.

/** SHA-256 of the UTF-8 bytes, by node:crypto. */
export const nodeSha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A posted invoice as stored, with its frozen lines and the fields payments change. */
export function postedInvoice(id = 'inv-1'): Record<string, unknown> {
  return {
    kind: 'invoice',
    id,
    status: 'posted',
    number: 'INV-2026-0042',
    currency: 'EUR',
    issueDate: '2026-03-16',
    lines: [
      { id: 'l1', description: 'Consulting', quantity: '2', unitPrice: '100', vatRate: '19' },
    ],
    adjustments: [],
    posted: {
      postedAt: '2026-03-16T12:00:00.000Z',
      buyer: { name: 'Acme SARL', address: { city: 'Paris', country: 'FR' } },
      totals: { netTotal: 20000, vatTotal: 3800, grossTotal: 23800, amountDue: 23800 },
    },
    createdAt: '2026-03-16T11:00:00.000Z',
    updatedAt: '2026-03-16T12:00:00.000Z',
    numberKey: 'inv-2026-0042',
    customerName: 'Acme SARL',
    grossTotal: 23800,
    amountDue: 23800,
    paid: 0,
    credited: 0,
    balance: 23800,
  };
}

/** A payment record as stored. */
export function paymentRecord(id = 'pay-1'): Record<string, unknown> {
  return {
    id,
    invoiceId: 'inv-1',
    customerId: 'cust-1',
    kind: 'payment',
    amount: 10000,
    excessAsCredit: 0,
    currency: 'EUR',
    date: '2026-03-17',
    method: 'bankTransfer',
    reference: 'TX-1',
    note: '',
    reversesPaymentId: null,
    createdAt: '2026-03-17T09:00:00.000Z',
  };
}
