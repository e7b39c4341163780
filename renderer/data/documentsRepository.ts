import type { z } from 'zod';
import { applyQuoteAction, type QuoteStatus } from '../../shared/documents/quoteStates';
import type { DocumentKind } from '../../shared/numbering/series';
import { ok } from '../../shared/result';
import { documentSchema, type SalesDocument } from '../../shared/schemas/document';
import type { FieldIssue } from '../../shared/schemas/validationIssues';
import { lineTreatmentUnder } from '../../shared/tax/customerVatTreatment';
import { nowIso, nowIsoAfter, today } from './clock';
import { effectiveDefaultsOf } from './customerClassesRepository';
import { fail, notFound, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { buildDraft, copyAsDraft, withCurrentPrice } from './documentDrafts';
import { draftOnly, settingsOrRefusal, storeDocument } from './documentGuards';
import { toSalesDocument } from './storedDocument';

export { countDocuments, listDocuments } from './documentQueries';
export type { DocumentPage, DocumentQuery } from './documentQueries';
export { lineFromProduct } from './documentDrafts';
export { liveTotals } from './storedDocument';

/** A document as the editor sends it (the schema's input; unknown fields are dropped). */
export type DocumentInput = z.input<typeof documentSchema>;

export type PriceRefresh = {
  document: StoredDocument;
  updatedLines: number;
  missingProducts: number;
};

/**
 * An unsaved draft of the kind, issued today, filled from the customer's effective defaults
 * (customer, else class, else company): currency, terms and due date, payment method,
 * language. Without a customer it takes the company defaults.
 */
export async function newDraft(
  db: InvoicerDb,
  kind: DocumentKind,
  options: { customerId?: string | undefined } = {},
): Promise<DataResult<SalesDocument>> {
  return db.transaction('r', db.settings, db.customers, db.customerClasses, async () => {
    const settings = await settingsOrRefusal(db);
    if (!settings.ok) return settings;
    let customer = null;
    if (options.customerId) {
      const found = await db.customers.get(options.customerId);
      if (!found) return notFound('customer');
      const defaults = await effectiveDefaultsOf(db, found, settings.value);
      customer = { id: found.id, defaults };
    }
    return ok(buildDraft(kind, settings.value, customer, today(), nowIso()));
  });
}

/**
 * Validates and stores a draft with its live totals. Refused with IMMUTABLE for anything
 * that is not a draft in the database; with CONFLICT when the draft was saved elsewhere
 * since it was loaded (keep editing the document this returns).
 */
export async function saveDraft(
  db: InvoicerDb,
  input: DocumentInput,
): Promise<DataResult<StoredDocument>> {
  return db.transaction('rw', db.documents, db.customers, db.settings, async () => {
    const existing = typeof input.id === 'string' ? await db.documents.get(input.id) : undefined;
    const refusal = existing ? draftOnly(existing, 'edit') : null;
    if (refusal) return fail(refusal.code, refusal.message);
    if (input.status !== 'draft') {
      return fail(
        'IMMUTABLE',
        'Only a draft can be saved; a document becomes final by posting it.',
      );
    }
    if (existing && existing.kind !== input.kind) {
      return fail('INVALID', 'A saved document cannot change its kind; create a new one instead.');
    }
    if (existing && existing.updatedAt !== input.updatedAt) {
      return fail(
        'CONFLICT',
        'This draft was changed in another window since you opened it. Copy your changes, reopen the draft and apply them again.',
      );
    }
    const now = nowIsoAfter(existing?.updatedAt);
    const checked = validate(documentSchema, {
      ...input,
      createdAt: existing?.createdAt ?? input.createdAt ?? now,
      updatedAt: now,
    });
    if (!checked.ok) return checked;
    const settings = await settingsOrRefusal(db);
    if (!settings.ok) return settings;
    const customerIssue = await missingCustomer(db, checked.value.customerId);
    if (customerIssue) return fail('INVALID', customerIssue.message, [customerIssue]);
    return ok(await storeDocument(db, checked.value, settings.value, existing));
  });
}

/**
 * Deletes a draft; a posted document is refused with IMMUTABLE and stays as it is. A draft
 * invoice converted from a quote gives the quote back its 'accepted' state in the same
 * transaction, so it can be converted again and names no invoice that is gone.
 */
export async function deleteDraft(db: InvoicerDb, id: string): Promise<DataResult<null>> {
  return db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(id);
    if (!existing) return notFound('document');
    const refusal = draftOnly(existing, 'delete');
    if (refusal) return fail(refusal.code, refusal.message);
    if (existing.kind === 'invoice' && existing.sourceQuoteId) {
      const reopened = await reopenQuote(db, existing.sourceQuoteId, id);
      if (!reopened.ok) return reopened;
    }
    await db.documents.delete(id);
    return ok(null);
  });
}

/**
 * The quote an invoice was converted from, back to 'accepted' without its invoice. A quote
 * that is gone, or already names another invoice, is left alone: only its own link is undone.
 */
async function reopenQuote(
  db: InvoicerDb,
  quoteId: string,
  invoiceId: string,
): Promise<DataResult<null>> {
  const quote = await db.documents.get(quoteId);
  if (!quote || quote.kind !== 'quote' || quote.convertedInvoiceId !== invoiceId) return ok(null);
  const next = applyQuoteAction(quote.status as QuoteStatus, 'reopen');
  if (!next.ok) return fail('ILLEGAL_TRANSITION', next.error.message);
  await db.documents.put({
    ...quote,
    status: next.value,
    convertedInvoiceId: null,
    updatedAt: nowIsoAfter(quote.updatedAt),
  });
  return ok(null);
}

/**
 * A new stored draft with the content of any invoice or quote: same customer, lines and
 * prices, issued today. Credit notes are made from their invoice, not copied.
 */
export async function duplicateDocument(
  db: InvoicerDb,
  id: string,
): Promise<DataResult<StoredDocument>> {
  return db.transaction('rw', db.documents, db.customers, db.settings, async () => {
    const source = await db.documents.get(id);
    if (!source) return notFound('document');
    if (source.kind === 'creditNote') {
      return fail(
        'INVALID',
        'A credit note cannot be duplicated; make a new one from its invoice.',
      );
    }
    const settings = await settingsOrRefusal(db);
    if (!settings.ok) return settings;
    const checked = validate(
      documentSchema,
      copyAsDraft(toSalesDocument(source), today(), nowIso()),
    );
    if (!checked.ok) return checked;
    return ok(await storeDocument(db, checked.value, settings.value, undefined));
  });
}

/** One document with its derived fields (number key, customer name, totals, balance), or null. */
export async function getDocument(db: InvoicerDb, id: string): Promise<StoredDocument | null> {
  return (await db.documents.get(id)) ?? null;
}

/**
 * "Use current prices": the draft's lines that came from the catalogue take the product's
 * current unit price and VAT treatment, with the customer's non-domestic VAT treatment
 * (reverse charge, export, …) over it; written-in lines stay. Refused for posted documents.
 */
export async function useCurrentPrices(
  db: InvoicerDb,
  id: string,
): Promise<DataResult<PriceRefresh>> {
  const tables = [db.documents, db.products, db.customers, db.customerClasses, db.settings];
  return db.transaction('rw', tables, async () => {
    const existing = await db.documents.get(id);
    if (!existing) return notFound('document');
    const refusal = draftOnly(existing, 'edit');
    if (refusal) return fail(refusal.code, refusal.message);
    const settings = await settingsOrRefusal(db);
    if (!settings.ok) return settings;
    const customer = await db.customers.get(existing.customerId);
    const defaults = customer ? await effectiveDefaultsOf(db, customer, settings.value) : null;
    const treatment = lineTreatmentUnder(
      settings.value.vatMode,
      defaults?.vatTreatment ?? 'domestic',
    );
    let updatedLines = 0;
    let missingProducts = 0;
    const lines = [];
    for (const line of existing.lines) {
      const product = line.productId ? await db.products.get(line.productId) : undefined;
      if (line.productId && !product) missingProducts += 1;
      if (product) updatedLines += 1;
      lines.push(product ? withCurrentPrice(line, product, treatment) : line);
    }
    const checked = validate(documentSchema, {
      ...toSalesDocument(existing),
      lines,
      updatedAt: nowIsoAfter(existing.updatedAt),
    });
    if (!checked.ok) return checked;
    const document = await storeDocument(db, checked.value, settings.value, existing);
    return ok({ document, updatedLines, missingProducts });
  });
}

/** useCurrentPrices under a name React's lint does not take for a hook, for event handlers. */
export const refreshDraftPrices = useCurrentPrices;

async function missingCustomer(db: InvoicerDb, customerId: string): Promise<FieldIssue | null> {
  if (await db.customers.get(customerId)) return null;
  return {
    path: 'customerId',
    message: 'This customer no longer exists; choose another customer.',
  };
}
