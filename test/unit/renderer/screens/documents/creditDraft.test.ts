import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DecimalString } from '../../../../../shared/money/decimal';
import { priorCreditsOf } from '../../../../../renderer/data/creditNotePosting';
import { createCreditNoteDraft } from '../../../../../renderer/data/creditNotesRepository';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { saveDraft } from '../../../../../renderer/data/documentsRepository';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { toSalesDocument } from '../../../../../renderer/data/storedDocument';
import {
  creditDraftIssues,
  creditLineFor,
  invoiceLinesNotOn,
  previewCredit,
  remainingByLine,
  withDerivedCredit,
  type CreditContext,
} from '../../../../../renderer/screens/documents/creditDraft';
import type { EditableDraft } from '../../../../../renderer/screens/documents/draftEditing';
import {
  addCustomer,
  addDraft,
  freshDb,
  line,
  setUpCompany,
  TODAY,
  value,
} from '../../data/testDatabase';

/** A posted invoice: 2 × 100.00 at 19 % (238.00) with a 10 % document discount at 19 %. */
async function postedInvoice(db: InvoicerDb): Promise<StoredDocument> {
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Acme SARL');
  const draft = await addDraft(db, customer.id, {
    lines: [line('2', '100', { description: 'Design' }), line('4', '25', { vatRate: '7' })],
    change: (doc) => ({
      ...doc,
      adjustments: [
        {
          kind: 'allowance',
          reason: 'Loyalty',
          value: { kind: 'percent', percent: '10' },
          vatCategory: 'standard',
          vatRate: '19',
        },
      ],
    }),
  });
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

async function contextOf(db: InvoicerDb, invoice: StoredDocument, noteId: string) {
  const fresh = (await db.documents.get(invoice.id))!;
  return { invoice: fresh, priorCredits: await priorCreditsOf(db, fresh, noteId) };
}

function withQuantity(draft: EditableDraft, index: number, quantity: string): EditableDraft {
  return {
    ...draft,
    lines: draft.lines.map((item, i) =>
      i === index ? { ...item, quantity: quantity as DecimalString } : item,
    ),
  } as EditableDraft;
}

describe('credit note drafts in the editor', () => {
  it('previews what posting would credit, and refuses what posting would refuse', async () => {
    const db = freshDb();
    const invoice = await postedInvoice(db);
    const note = value(await createCreditNoteDraft(db, invoice.id, { kind: 'all' }));
    const context: CreditContext = await contextOf(db, invoice, note.id);
    const draft = toSalesDocument(note);

    // Everything: the credit note cancels the invoice to the cent.
    const all = previewCredit(draft, context);
    expect(all.ok && all.value.totals.grossTotal).toBe(invoice.grossTotal);

    // One Design only: 100.00 less 10 % = 90.00 + 19 % = 107.10.
    const one = withQuantity({ ...draft, lines: draft.lines.slice(0, 1) }, 0, '1');
    const preview = previewCredit(one, context);
    expect(preview.ok && preview.value.totals.grossTotal).toBe(10710);

    // Three Design of two: refused with posting's own message.
    const tooMany = previewCredit(withQuantity(draft, 0, '3'), context);
    expect(tooMany.ok).toBe(false);
    expect(!tooMany.ok && tooMany.error.message).toMatch(/only 2 of 2 are left to credit/);
  });

  it('saves a draft with the derived discount share, so its stored total is the one posting freezes', async () => {
    const db = freshDb();
    const invoice = await postedInvoice(db);
    const note = value(await createCreditNoteDraft(db, invoice.id, { kind: 'all' }));
    const context = await contextOf(db, invoice, note.id);
    const one = withQuantity({ ...toSalesDocument(note), lines: note.lines.slice(0, 1) }, 0, '1');
    const preview = previewCredit(one, context);
    const saved = value(
      await saveDraft(db, withDerivedCredit(one, preview.ok ? preview.value : null)),
    );
    expect(saved.grossTotal).toBe(10710);
    const posted = value(await postDocument(db, saved.id, { today: TODAY }));
    expect(posted.grossTotal).toBe(10710);
  });

  it('offers the invoice lines not on the draft, with what is left of them', async () => {
    const db = freshDb();
    const invoice = await postedInvoice(db);
    const note = value(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [{ lineId: invoice.lines[0]!.id, quantity: '1' as DecimalString }],
      }),
    );
    const context = await contextOf(db, invoice, note.id);
    const draft = toSalesDocument(note);
    const missing = invoiceLinesNotOn(draft, context);
    expect(missing.map((item) => item.id)).toEqual([invoice.lines[1]!.id]);
    expect(remainingByLine(context).get(invoice.lines[1]!.id)).toBe('4');
    const added = creditLineFor(missing[0]!, '4' as DecimalString);
    expect(added).toMatchObject({ creditedLineId: invoice.lines[1]!.id, quantity: '4' });
    expect(added.id).not.toBe(invoice.lines[1]!.id);
  });

  it('asks for a quantity or removal of a line that credits nothing', () => {
    const draft = {
      kind: 'creditNote',
      lines: [line('1', '10'), line('0', '10')],
    } as unknown as EditableDraft;
    expect(creditDraftIssues(draft)).toEqual([
      {
        path: `lines.${draft.lines[1]!.id}.quantity`,
        message: 'Line 2 credits nothing; enter the quantity to credit, or remove the line.',
      },
    ]);
  });
});
