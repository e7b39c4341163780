import {
  applyQuoteAction,
  type QuoteAction,
  type QuoteStatus,
} from '../../shared/documents/quoteStates';
import { ok } from '../../shared/result';
import { documentSchema } from '../../shared/schemas/document';
import { nowIso, nowIsoAfter, today } from './clock';
import { fail, notFound, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { invoiceFromQuote } from './documentDrafts';
import { settingsOrRefusal, storeDocument } from './documentGuards';
import { toSalesDocument } from './storedDocument';

// A sent quote's life after posting: only its status moves (and, on conversion, the link to
// its invoice); what was quoted stays exactly as it was sent.

export type Conversion = { invoice: StoredDocument; quote: StoredDocument };

/** The customer accepted the quote: sent → accepted. */
export function acceptQuote(db: InvoicerDb, id: string): Promise<DataResult<StoredDocument>> {
  return moveQuote(db, id, 'accept');
}

/** The customer declined the quote: sent → declined. */
export function declineQuote(db: InvoicerDb, id: string): Promise<DataResult<StoredDocument>> {
  return moveQuote(db, id, 'decline');
}

/** The quote ran out unanswered: sent → expired. */
export function markQuoteExpired(db: InvoicerDb, id: string): Promise<DataResult<StoredDocument>> {
  return moveQuote(db, id, 'expire');
}

/**
 * Turns an accepted quote into a draft invoice in one transaction: the invoice takes the
 * quote's customer, lines and prices (locked) and names the quote; the quote becomes
 * 'invoiced' and names the invoice.
 */
export async function convertQuoteToInvoice(
  db: InvoicerDb,
  quoteId: string,
): Promise<DataResult<Conversion>> {
  return db.transaction('rw', db.documents, db.customers, db.settings, async () => {
    const stored = await db.documents.get(quoteId);
    if (!stored || stored.kind !== 'quote') return notFound('quote');
    const next = applyQuoteAction(stored.status as QuoteStatus, 'convert');
    if (!next.ok) return fail('ILLEGAL_TRANSITION', next.error.message);
    const settings = await settingsOrRefusal(db);
    if (!settings.ok) return settings;
    const quote = toSalesDocument(stored);
    if (quote.kind !== 'quote') return notFound('quote');
    const draft = validate(
      documentSchema,
      invoiceFromQuote(quote, settings.value, today(), nowIso()),
    );
    if (!draft.ok) return draft;
    const invoice = await storeDocument(db, draft.value, settings.value, undefined);
    const converted: StoredDocument = {
      ...stored,
      status: next.value,
      convertedInvoiceId: invoice.id,
      updatedAt: nowIsoAfter(stored.updatedAt),
    };
    await db.documents.put(converted);
    return ok({ invoice, quote: converted });
  });
}

async function moveQuote(
  db: InvoicerDb,
  id: string,
  action: QuoteAction,
): Promise<DataResult<StoredDocument>> {
  return db.transaction('rw', db.documents, async () => {
    const quote = await db.documents.get(id);
    if (!quote || quote.kind !== 'quote') return notFound('quote');
    const next = applyQuoteAction(quote.status as QuoteStatus, action);
    if (!next.ok) return fail('ILLEGAL_TRANSITION', next.error.message);
    const moved: StoredDocument = {
      ...quote,
      status: next.value,
      updatedAt: nowIsoAfter(quote.updatedAt),
    };
    await db.documents.put(moved);
    return ok(moved);
  });
}
