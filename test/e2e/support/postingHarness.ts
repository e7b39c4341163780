import { today } from '../../../renderer/data/clock';
import { BUSINESS_SETTINGS_KEY, openInvoicerDb } from '../../../renderer/data/db';
import { newDraft, saveDraft } from '../../../renderer/data/documentsRepository';
import { newId } from '../../../renderer/data/ids';
import { postDocument } from '../../../renderer/data/postDocument';
import type { DocumentLine } from '../../../shared/schemas/documentLine';

// Bundled by concurrent-posting.spec.ts (esbuild, one IIFE) and evaluated in a page of the
// app: the app's own data layer (renderer/data) on the app's own database ('invoicer' in
// the page's origin), so drafts are made quickly and posted through the real postDocument,
// exactly as the editor posts them. The app keeps no test hooks of its own.

/** What a posting came to: the number it got, or why it was refused. */
export type PostingOutcome = { id: string; number: string | null; error: string | null };

export type PostingHarness = {
  /** Saves `count` draft invoices for the customer, one line each; returns their ids. */
  createDrafts(customerId: string, count: number): Promise<string[]>;
  /** Posts the drafts one after the other, as one person clicking Post would. */
  postAll(ids: readonly string[]): Promise<PostingOutcome[]>;
  /** The invoice series' next counter and the journal entries of invoices, as stored. */
  stored(): Promise<{ nextCounter: number | null; journalSources: string[]; numbers: string[] }>;
};

const db = openInvoicerDb('invoicer');

function oneLine(): DocumentLine {
  return {
    id: newId(),
    productId: null,
    description: 'Design work',
    quantity: '1',
    unit: 'HUR',
    unitPrice: '100',
    baseQuantity: '1',
    allowances: [],
    charges: [],
    vatCategory: 'standard',
    vatRate: '19',
    revenueAccount: null,
  };
}

const harness: PostingHarness = {
  async createDrafts(customerId, count) {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const draft = await newDraft(db, 'invoice', { customerId });
      if (!draft.ok) throw new Error(draft.error.message);
      const saved = await saveDraft(db, { ...draft.value, lines: [oneLine()] });
      if (!saved.ok) throw new Error(saved.error.message);
      ids.push(saved.value.id);
    }
    return ids;
  },

  async postAll(ids) {
    const outcomes: PostingOutcome[] = [];
    for (const id of ids) {
      const posted = await postDocument(db, id, { today: today() });
      outcomes.push(
        posted.ok
          ? { id, number: posted.value.number, error: null }
          : { id, number: null, error: posted.error.message },
      );
    }
    return outcomes;
  },

  async stored() {
    const settings = await db.settings.get(BUSINESS_SETTINGS_KEY);
    const series = settings?.value.numberSeries.find((entry) => entry.documentKind === 'invoice');
    const journal = (await db.journal.toArray()).filter((entry) => entry.sourceType === 'invoice');
    const invoices = await db.documents.toArray();
    return {
      nextCounter: series?.nextCounter ?? null,
      journalSources: journal.map((entry) => entry.sourceId),
      numbers: invoices.flatMap((doc) => (doc.number === null ? [] : [doc.number])),
    };
  },
};

(globalThis as { invoicerPostingHarness?: PostingHarness }).invoicerPostingHarness = harness;
