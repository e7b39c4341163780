import { setClock } from '../../renderer/data/clock';
import { cancelInvoice, createCreditNoteDraft } from '../../renderer/data/creditNotesRepository';
import type { DataResult } from '../../renderer/data/dataError';
import type { InvoicerDb, StoredDocument, StoredProduct } from '../../renderer/data/db';
import { newDraft, saveDraft } from '../../renderer/data/documentsRepository';
import { registerPayment } from '../../renderer/data/paymentsRepository';
import { postDocument } from '../../renderer/data/postDocument';
import type { CustomerVatTreatment } from '../../shared/tax/customerVatTreatment';
import { creditSelectionFor, fillDraft, type Executor } from './timeline';

// The reference path: every event made by the app's own repositories, one transaction each,
// with the data layer's clock set to the event's instant. Too slow for 100,000 invoices, it
// makes the sample that the bulk path is compared with (equivalenceCheck.ts), and posts the
// invoices whose posting the benchmark times.

/** The value of a repository result; a refusal stops the benchmark with its message. */
export function must<T>(result: DataResult<T>, what: string): T {
  if (!result.ok) throw new Error(`${what} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** An executor over the repositories; customers by plan index, with their VAT treatment. */
export function repositoryExecutor(
  db: InvoicerDb,
  facts: {
    customerIds: readonly string[];
    treatments: ReadonlyMap<string, CustomerVatTreatment>;
    products: readonly StoredProduct[];
  },
): Executor {
  const at = (instant: string) => setClock(() => new Date(instant));
  return {
    async invoice(plan, instant) {
      at(instant);
      const customerId = facts.customerIds[plan.customer]!;
      const blank = must(await newDraft(db, 'invoice', { customerId }), 'new draft');
      const treatment = facts.treatments.get(customerId) ?? 'domestic';
      const draft = fillDraft(blank, plan, facts.products, treatment);
      const saved = must(await saveDraft(db, draft), 'save draft');
      if (plan.draft) return saved;
      return must(await postDocument(db, saved.id, { today: plan.issueDate }), 'post');
    },
    async pay(invoice, amount, date, instant) {
      at(instant);
      const paid = await registerPayment(db, invoice.id, {
        amount,
        date,
        method: invoice.paymentMethod,
        overpayment: 'refuse',
      });
      return must(paid, 'payment').invoice;
    },
    async credit(invoice, scope, date, instant) {
      at(instant);
      if (scope === 'all') {
        return must(await cancelInvoice(db, invoice.id, { today: date }), 'cancel').invoice;
      }
      const selection = creditSelectionFor(invoice, scope);
      const draft = must(await createCreditNoteDraft(db, invoice.id, selection), 'credit note');
      must(await postDocument(db, draft.id, { today: date }), 'post credit note');
      const updated: StoredDocument | undefined = await db.documents.get(invoice.id);
      if (!updated) throw new Error(`the invoice ${invoice.id} is gone`);
      return updated;
    },
    async settle() {},
    async endOfDay() {},
  };
}
