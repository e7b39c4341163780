import Dexie from 'dexie';
import { today } from '../../renderer/data/clock';
import { customerDefaultsFor } from '../../renderer/data/customersRepository';
import { getDashboardFigures } from '../../renderer/data/dashboardRepository';
import type { InvoicerDb, StoredCustomer } from '../../renderer/data/db';
import { listDocuments, newDraft, saveDraft } from '../../renderer/data/documentsRepository';
import type { DocumentQuery } from '../../renderer/data/documentQueries';
import { postDocument } from '../../renderer/data/postDocument';
import { seededRandom, type Random } from './random';
import { must } from './repositoryExecutor';
import { fillDraft } from './timeline';

// The timed operations, each the very function a screen calls (renderer/data), timed with
// performance.now() around it on the full database: posting a draft, the invoice list's
// first page (25 rows, newest first, as InvoiceListScreen asks), its filters, its search
// at every keystroke, and the dashboard's figures. A few untimed runs come first.

export type Samples = Record<string, number[]>;

const PAGE = 25;
const WARM_UP = 2;

async function timed(samples: number[], run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  samples.push(performance.now() - started);
}

/** `times` timed runs after WARM_UP untimed ones; `run` gets the number of the run, 0 first. */
async function repeat(times: number, run: (index: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < WARM_UP; index += 1) await run(index);
  for (let index = WARM_UP; index < WARM_UP + times; index += 1) {
    await timed(samples, () => run(index));
  }
  return samples;
}

/** Posting a saved ten-line draft (number, freeze, journal) into the full database. */
async function postingSamples(db: InvoicerDb, customers: StoredCustomer[], times: number) {
  const products = await db.products.toArray();
  const random = seededRandom(4242);
  const day = today();
  const drafts: string[] = [];
  for (let index = 0; index < times + WARM_UP; index += 1) {
    const customer = random.pick(customers);
    const blank = must(await newDraft(db, 'invoice', { customerId: customer.id }), 'draft');
    const { vatTreatment } = must(await customerDefaultsFor(db, customer.id), 'defaults');
    const lines = Array.from({ length: 10 }, () => ({
      product: random.int(0, products.length - 1),
      quantity: random.pick(['1', '2', '7.5']),
      discountPercent: null,
    }));
    const plan = {
      customer: 0,
      issueDate: day,
      lines,
      documentDiscountPercent: null,
      allowPartialPayment: false,
      draft: true,
      events: [],
    };
    drafts.push(
      must(await saveDraft(db, fillDraft(blank, plan, products, vatTreatment)), 'save').id,
    );
  }
  return repeat(times, async (index) => {
    must(await postDocument(db, drafts[index]!, { today: day }), 'post');
  });
}

/** The prefixes a person types on the way to `text`, one per keystroke. */
function keystrokes(text: string): string[] {
  const characters = [...text];
  return characters.map((_, index) => characters.slice(0, index + 1).join(''));
}

async function searchSamples(db: InvoicerDb, targets: string[]): Promise<number[]> {
  const day = today();
  const query = (search: string) =>
    listDocuments(db, { kind: 'invoice', search, limit: PAGE, offset: 0 }, day);
  for (const prefix of keystrokes(targets[0] ?? '').slice(0, WARM_UP)) await query(prefix);
  const samples: number[] = [];
  for (const target of targets) {
    for (const prefix of keystrokes(target)) await timed(samples, () => query(prefix));
  }
  return samples;
}

function pickTargets<T>(random: Random, items: T[], count: number): T[] {
  return Array.from({ length: count }, () => random.pick(items));
}

/** Every query metric, `times` runs each (searches: every keystroke of five targets). */
export async function measureQueries(db: InvoicerDb, times: number): Promise<Samples> {
  const day = today();
  const random = seededRandom(777);
  const customers = await db.customers.toArray();
  const list = (query: Omit<DocumentQuery, 'limit'>) =>
    listDocuments(db, { ...query, limit: PAGE, offset: 0 }, day);
  const samples: Samples = {};
  samples.post_invoice_ms = await postingSamples(db, customers, times);
  samples.list_first_page_ms = await repeat(times, () => list({ kind: 'invoice' }));
  samples.filter_status_ms = await repeat(times, () =>
    list({ kind: 'invoice', status: 'overdue' }),
  );
  const chosen = pickTargets(random, customers, times + WARM_UP);
  samples.filter_customer_ms = await repeat(times, (index) =>
    list({ kind: 'invoice', customerId: chosen[index]!.id }),
  );
  const numbers = await db.documents
    .where('[kind+numberKey]')
    .between(['invoice', ''], ['invoice', Dexie.maxKey], false)
    .primaryKeys();
  const numbered = await db.documents.bulkGet(pickTargets(random, numbers, 5));
  samples.search_number_ms = await searchSamples(
    db,
    numbered.map((doc) => doc?.number ?? ''),
  );
  // A Greek and a Cyrillic name among the typed ones, where the database has them.
  const named = [
    customers.find((customer) => /\p{Script=Greek}/u.test(customer.name)),
    customers.find((customer) => /\p{Script=Cyrillic}/u.test(customer.name)),
    ...pickTargets(random, customers, 3),
  ].filter((customer) => customer !== undefined);
  samples.search_customer_ms = await searchSamples(
    db,
    named.map((customer) => customer.name.slice(0, 16).trim()),
  );
  samples.dashboard_ms = await repeat(Math.max(5, Math.ceil(times / 2)), () =>
    getDashboardFigures(db, day),
  );
  return samples;
}
