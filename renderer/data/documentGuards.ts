import {
  applyCreditNoteAction,
  type CreditNoteStatus,
} from '../../shared/documents/creditNoteStates';
import { applyInvoiceAction, type InvoiceStatus } from '../../shared/documents/invoiceStates';
import {
  applyQuoteAction,
  QUOTE_STATUS_LABELS,
  type QuoteStatus,
} from '../../shared/documents/quoteStates';
import type { SalesDocument } from '../../shared/schemas/document';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { fail, type DataError } from './dataError';
import { BUSINESS_SETTINGS_KEY, type InvoicerDb, type StoredDocument } from './db';
import { totalsOf, toStoredDocument } from './storedDocument';

// What every write of a document goes through: the draft-only guard, the settings it needs,
// and storing it with its derived fields.

/**
 * Null when the action is allowed: every one needs a draft. Otherwise the refusal worded by
 * the document's state machine: IMMUTABLE for a document that is no longer a draft.
 */
export function draftOnly(
  doc: SalesDocument,
  action: 'edit' | 'delete' | 'post',
): DataError | null {
  if (doc.status === 'draft') return null;
  const refused = (message: string): DataError => ({ code: 'IMMUTABLE', message });
  switch (doc.kind) {
    case 'invoice': {
      const checked = applyInvoiceAction(doc.status as InvoiceStatus, { type: action });
      return checked.ok ? null : refused(checked.error.message);
    }
    case 'creditNote': {
      const checked = applyCreditNoteAction(doc.status as CreditNoteStatus, action);
      return checked.ok ? null : refused(checked.error.message);
    }
    case 'quote': {
      if (action === 'post') {
        const checked = applyQuoteAction(doc.status as QuoteStatus, 'send');
        return checked.ok ? null : refused(checked.error.message);
      }
      // The quote machine has no edit or delete: a quote that left draft keeps what it said.
      const status = QUOTE_STATUS_LABELS[doc.status as QuoteStatus].toLowerCase();
      const article = /^[aeiou]/.test(status) ? 'An' : 'A';
      const verb = action === 'edit' ? 'changed' : 'deleted';
      return refused(
        `${article} ${status} quote cannot be ${verb}; it stays on record as it was sent. Duplicate it to make a new one.`,
      );
    }
  }
}

/** The business settings inside a transaction, or the refusal that asks for the setup. */
export async function settingsOrRefusal(
  db: InvoicerDb,
): Promise<{ ok: true; value: BusinessSettings } | { ok: false; error: DataError }> {
  const settings = (await db.settings.get(BUSINESS_SETTINGS_KEY))?.value;
  if (!settings)
    return fail('SETUP_REQUIRED', 'Set up your company first; Settings has the setup.');
  return { ok: true, value: settings };
}

/**
 * Stores a validated document with its derived fields: the customer's current name, the
 * live totals of a draft (frozen ones once posted); paid and credited carry over.
 */
export async function storeDocument(
  db: InvoicerDb,
  doc: SalesDocument,
  settings: BusinessSettings,
  previous: StoredDocument | undefined,
): Promise<StoredDocument> {
  const customer = doc.customerId ? await db.customers.get(doc.customerId) : undefined;
  const stored = toStoredDocument(doc, {
    customerName: customer?.name ?? '',
    totals: totalsOf(doc, settings.vatMode),
    previous,
  });
  await db.documents.put(stored);
  return stored;
}
