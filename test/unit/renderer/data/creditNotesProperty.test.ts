import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import {
  cancelInvoice,
  createCreditNoteDraft,
} from '../../../../renderer/data/creditNotesRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { getSettings } from '../../../../renderer/data/settingsRepository';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

// Each run builds a fresh fake-indexeddb database and posts up to six credit notes, each a
// Dexie transaction (about 0.1 s a run), so this DB-level property is capped at 100 runs; the
// crediting arithmetic itself runs PROPERTY_RUNS times in the shared/creditNotes tests.
const DB_RUNS = Math.min(PROPERTY_RUNS, 100);

const partial = fc.record({
  line: fc.integer({ min: 0, max: 2 }),
  quantity: fc.constantFrom('1', '2', '0.5', '3'),
});

describe('credit note sequences', () => {
  it('any partial credits followed by cancelling credit the invoice exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(partial, { maxLength: 5 }), async (partials) => {
        const db = freshDb();
        await setUpCompany(db);
        const acme = await addCustomer(db, 'Acme SARL');
        const draft = await addDraft(db, acme.id, {
          lines: [
            line('3', '33.33'),
            line('7', '12.345', { vatRate: '7' }),
            line('1', '49.99', { vatRate: '7' }),
          ],
        });
        const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
        for (const { line: index, quantity } of partials) {
          const lineId = invoice.lines[index]!.id;
          const made = await createCreditNoteDraft(db, invoice.id, {
            kind: 'lines',
            lines: [{ lineId, quantity }],
          });
          // Above what is left to credit is refused; the property is about what is accepted.
          if (made.ok) value(await postDocument(db, made.value.id, { today: TODAY }));
        }
        const before = (await db.documents.get(invoice.id))!;
        const cancelled = await cancelInvoice(db, invoice.id, { today: TODAY });
        if (!cancelled.ok) expect(before.status).toBe('cancelled');
        const after = (await db.documents.get(invoice.id))!;
        expect(after).toMatchObject({ status: 'cancelled', balance: 0 });
        expect(after.credited).toBe(invoice.amountDue);
        const notes = (await db.documents.toArray()).filter(
          (doc) => doc.kind === 'creditNote' && doc.status === 'posted',
        );
        expect(notes.reduce((sum, note) => sum + note.grossTotal, 0)).toBe(invoice.grossTotal);
        const journal = await db.journal.toArray();
        for (const entry of journal) expect(isBalanced(entry)).toBe(true);
        // Every account the invoice booked (receivables, revenue, VAT) is back to zero once it is fully credited.
        const byAccount = new Map<string, number>();
        for (const entry of journal) {
          for (const l of entry.lines) {
            byAccount.set(l.account, (byAccount.get(l.account) ?? 0) + l.debit - l.credit);
          }
        }
        expect([...byAccount.entries()].filter(([, total]) => total !== 0)).toEqual([]);
        const receivables = (await getSettings(db))!.chartOfAccounts.roles.receivables;
        expect(byAccount.has(receivables)).toBe(true);
        db.close();
      }),
      { numRuns: DB_RUNS },
    );
  }, 120_000);
});
