import { addDays, isoDate, type IsoDate } from '../../../../shared/dates/isoDate';
import { minor } from '../../../../shared/money/minor';
import type { InvoicerDb, StoredDocument } from '../../../../renderer/data/db';
import { postDocument } from '../../../../renderer/data/postDocument';
import {
  acceptQuote,
  convertQuoteToInvoice,
  declineQuote,
  markQuoteExpired,
} from '../../../../renderer/data/quotesRepository';
import { addCustomer, addDraft, line, setUpCompany, TODAY, value } from './testDatabase';

// About 200 documents with every status, numbers typed by hand among generated ones, ties
// in dates and totals, and customer names in several scripts, for the list tests.

export const CUSTOMER_NAMES = [
  'Acme SARL',
  'acme two',
  'Müller GmbH',
  'Muller & Söhne',
  'Zeta Ltd',
  'Ελληνική Εταιρεία',
  'Beta Corp',
  'Øresund ApS',
];

/** A small deterministic random source, so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export async function generateDocuments(db: InvoicerDb): Promise<{ customerIds: string[] }> {
  await setUpCompany(db);
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const customers = [];
  for (const name of CUSTOMER_NAMES) customers.push(await addCustomer(db, name));
  const start = isoDate('2025-01-01');
  const drafts = [];
  for (let i = 0; i < 150; i += 1) {
    const issueDate: IsoDate = addDays(start, Math.floor(next() * 445));
    const lines = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
      line(String(1 + Math.floor(next() * 4)), pick(['10', '25.5', '99', '100'])),
    );
    drafts.push(await addDraft(db, pick(customers).id, { issueDate, lines }));
  }
  drafts.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));
  for (const [i, draft] of drafts.entries()) {
    if (i % 5 === 4) continue; // stays a draft
    const manualNumber = i % 17 === 0 ? `M-${1000 - i}` : undefined;
    const posted = value(await postDocument(db, draft.id, { today: TODAY, manualNumber }));
    const settled =
      i % 11 === 0
        ? { status: 'cancelled' as const, paid: 0, credited: posted.grossTotal }
        : i % 3 === 0
          ? { status: 'paid' as const, paid: posted.amountDue, credited: 0 }
          : i % 7 === 0
            ? {
                status: 'partiallyPaid' as const,
                paid: Math.floor(posted.amountDue / 2),
                credited: 0,
              }
            : null;
    if (settled) {
      // What the payments and credit-note modules will do; written directly here.
      await db.documents.put({
        ...(posted as Extract<StoredDocument, { kind: 'invoice' }>),
        status: settled.status,
        paid: minor(settled.paid),
        credited: minor(settled.credited),
        balance: minor(posted.amountDue - settled.paid - settled.credited),
      });
    }
  }
  const quotes = [];
  for (let i = 0; i < 40; i += 1) {
    const issueDate = addDays(isoDate('2025-06-01'), Math.floor(next() * 250));
    quotes.push(await addDraft(db, pick(customers).id, { kind: 'quote', issueDate }));
  }
  quotes.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));
  for (const [i, quote] of quotes.entries()) {
    if (i % 4 === 0) continue;
    value(await postDocument(db, quote.id, { today: quote.issueDate }));
    if (i % 4 === 1) value(await acceptQuote(db, quote.id));
    if (i % 8 === 1) value(await convertQuoteToInvoice(db, quote.id));
    if (i % 4 === 2) value(await (i % 8 === 2 ? declineQuote : markQuoteExpired)(db, quote.id));
  }
  return { customerIds: customers.map((customer) => customer.id) };
}
