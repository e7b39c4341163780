import type { IsoDate } from '../../shared/dates/isoDate';
import { applyCreditNoteAction } from '../../shared/documents/creditNoteStates';
import { applyInvoiceAction } from '../../shared/documents/invoiceStates';
import { checkPostingRules, type PostingProblem } from '../../shared/documents/postingChecks';
import { applyQuoteAction } from '../../shared/documents/quoteStates';
import { journalForCreditNote, journalForInvoice } from '../../shared/journal/documentJournal';
import type { JournalEntry } from '../../shared/journal/journalEntry';
import type { SalesDocument } from '../../shared/schemas/document';
import { documentSchema } from '../../shared/schemas/document';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { parseWith } from '../../shared/schemas/validationIssues';
import { requiredVatNotes } from '../../shared/tax/vatNotes';
import { computeDocumentTotals, type DocumentTotals } from '../../shared/totals/documentTotals';
import { auditPostedDocument } from './audit/appendAudit';
import { nowIsoAfter } from './clock';
import { creditInvoice, rederiveForPosting } from './creditNotePosting';
import { Refusal, runRefusable, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { assignNumber } from './documentNumbering';
import { draftOnly, settingsOrRefusal, storeDocument } from './documentGuards';
import { newId } from './ids';
import { bankAccountOf, buyerOf, directDebitOf, sellerOf } from './postingSnapshot';
import { toSalesDocument, withSellerVatMode } from './storedDocument';

/** Hooks a test uses to throw at each step of posting; never set in the app. */
export type PostingFaults = {
  afterNumber?(): void;
  afterFreeze?(): void;
  afterJournal?(): void;
  afterAudit?(): void;
};

export type PostOptions = {
  today: IsoDate;
  /** A number typed by hand, checked for uniqueness in its kind; omit for the series' next. */
  manualNumber?: string | undefined;
  faults?: PostingFaults | undefined;
};

const KIND_NAMES = { invoice: 'invoice', quote: 'quote', creditNote: 'credit note' } as const;

/**
 * Posts a draft (a quote: sends it) in one transaction: checks it, takes its number, freezes
 * seller, buyer, lines, totals, VAT notes and payment details into `posted`, sets its status
 * and writes its journal entry and (invoices, credit notes) its audit record. Any refusal or
 * error leaves everything as it was: the series counter, the journal, the audit chain and the
 * draft. Numbers have no gaps, also when windows post at once.
 */
export async function postDocument(
  db: InvoicerDb,
  id: string,
  options: PostOptions,
): Promise<DataResult<StoredDocument>> {
  const tables = [db.documents, db.settings, db.customers, db.journal, db.audit];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const draft = await db.documents.get(id);
      if (!draft) throw new Refusal({ code: 'NOT_FOUND', message: 'The document was not found.' });
      const notDraft = draftOnly(draft, 'post');
      if (notDraft) throw new Refusal(notDraft);
      const settings = await settingsOrRefusal(db);
      if (!settings.ok) throw new Refusal(settings.error);
      return post(db, toSalesDocument(draft), draft, settings.value, options);
    }),
  );
}

async function post(
  db: InvoicerDb,
  draft: SalesDocument,
  stored: StoredDocument,
  settings: BusinessSettings,
  options: PostOptions,
): Promise<StoredDocument> {
  const customer = await db.customers.get(draft.customerId);
  if (!customer)
    refuse(draft, [
      { field: 'customerId', message: 'Choose a customer; this one no longer exists.' },
    ]);
  // A credit note is re-derived against the credits posted since its draft was made.
  const credit = draft.kind === 'creditNote' ? await rederiveForPosting(db, draft) : null;
  const doc = withSellerVatMode(credit?.doc ?? draft, settings.vatMode);
  const seller = sellerOf(settings);
  const buyer = buyerOf(customer);
  const directDebit = directDebitOf(doc, customer, settings, options.today);
  const problems = [
    ...checkPostingRules(doc, seller.party, buyer.party, settings.vatMode),
    ...directDebit.problems,
  ];
  if (doc.kind === 'quote' && doc.validUntil !== null && doc.validUntil < options.today) {
    problems.push({
      field: 'validUntil',
      message: 'The quote would be expired the day it is sent; set a later valid-until date.',
    });
  }
  if (problems.length > 0) refuse(doc, problems);

  const number = await assignNumber(db, doc, settings, options.manualNumber);
  options.faults?.afterNumber?.();

  // deriveCreditNote's totals settle the invoice's rounding exactly; recomputing could not.
  const totals = credit?.derived.totals ?? computeDocumentTotals(doc);
  const now = nowIsoAfter(stored.updatedAt);
  const posted = {
    ...doc,
    number,
    status: postedStatus(doc),
    posted: {
      postedAt: now,
      seller: seller.snapshot,
      buyer: buyer.snapshot,
      totals,
      vatNotes: requiredVatNotes(totals.vatGroups),
      bankAccount: doc.kind === 'quote' ? null : bankAccountOf(settings),
      directDebit: directDebit.snapshot,
    },
    updatedAt: now,
  } as SalesDocument;
  const checked = parseWith(documentSchema, posted);
  if (!checked.ok) {
    refuse(
      doc,
      checked.error.issues.map((issue) => ({ field: issue.path, message: issue.message })),
    );
  }
  options.faults?.afterFreeze?.();

  const entry = journalEntryFor(checked.value, totals, settings);
  if (entry) {
    await db.journal.add({
      ...entry,
      id: newId(),
      sourceType: entry.source.type,
      sourceId: entry.source.id,
      createdAt: now,
    });
  }
  options.faults?.afterJournal?.();

  const saved = await storeDocument(db, checked.value, settings, stored);
  await auditPostedDocument(db, saved);
  options.faults?.afterAudit?.();
  if (credit) await creditInvoice(db, credit.invoice, totals.grossTotal);
  return saved;
}

function postedStatus(doc: SalesDocument): string {
  const next =
    doc.kind === 'invoice'
      ? applyInvoiceAction('draft', { type: 'post' })
      : doc.kind === 'quote'
        ? applyQuoteAction('draft', 'send')
        : applyCreditNoteAction('draft', 'post');
  if (!next.ok) throw new Refusal({ code: 'IMMUTABLE', message: next.error.message });
  return next.value;
}

/** The journal entry of a posted invoice or credit note; quotes book nothing. */
function journalEntryFor(
  doc: SalesDocument,
  totals: DocumentTotals,
  settings: BusinessSettings,
): JournalEntry | null {
  if (doc.kind === 'quote') return null;
  const source = {
    id: doc.id,
    number: doc.number ?? '',
    issueDate: doc.issueDate,
    currency: doc.currency,
    // A line without an account of its own books to the chart's revenue role.
    lines: doc.lines.map((line) => ({ revenueAccount: line.revenueAccount ?? undefined })),
    adjustments: doc.adjustments,
    totals,
  };
  const entry =
    doc.kind === 'invoice'
      ? journalForInvoice(source, settings.chartOfAccounts)
      : journalForCreditNote(
          { ...source, correctedInvoiceNumber: doc.creditedInvoiceNumber },
          settings.chartOfAccounts,
        );
  if (!entry.ok) {
    refuse(doc, [
      { field: `lines.${entry.error.lineIndex}.revenueAccount`, message: entry.error.message },
    ]);
  }
  return entry.value;
}

/** Aborts the posting transaction with POSTING_REFUSED and a message per field. */
function refuse(doc: SalesDocument, problems: readonly PostingProblem[]): never {
  const count = problems.length;
  const first = problems[0]?.message ?? '';
  const what = count === 1 ? 'one thing needs' : `${count} things need`;
  throw new Refusal({
    code: 'POSTING_REFUSED',
    message:
      `This ${KIND_NAMES[doc.kind]} cannot be posted yet: ${what} attention. ${first}`.trim(),
    issues: problems.map((problem) => ({ path: problem.field, message: problem.message })),
  });
}
