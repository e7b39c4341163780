import { today } from '../../renderer/data/clock';
import type { InvoicerDb } from '../../renderer/data/db';
import { addDays } from '../../shared/dates/isoDate';
import { bulkExecutor, type BulkCounts } from './bulkExecutor';
import { customerInputs, productInputs } from './catalogue';
import { invoicePlans } from './invoicePlans';
import { seededRandom } from './random';
import { setUpTrader } from './setupTrader';
import { playTimeline } from './timeline';

// The benchmark database: a trader with `customers` customers and `products` products made
// through the repositories, then `invoices` invoices over the last `years` years played day
// by day through the bulk path, with their payments and credit notes.

export type GenerateOptions = {
  invoices: number;
  customers: number;
  products: number;
  years: number;
  seed: number;
};

export type GenerateSummary = BulkCounts & {
  invoices: number;
  customers: number;
  products: number;
  firstDay: string;
  lastDay: string;
  setupMs: number;
  timelineMs: number;
};

/** Fills the empty database `db`; `progress` hears about every 90 days played. */
export async function generateDatabase(
  db: InvoicerDb,
  options: GenerateOptions,
  progress: (message: string) => void = () => undefined,
): Promise<GenerateSummary> {
  const random = seededRandom(options.seed);
  const started = performance.now();
  const facts = await setUpTrader(db, {
    customers: (classIds) => customerInputs(random, options.customers, classIds),
    products: productInputs(random, options.products),
  });
  const setupMs = performance.now() - started;
  progress(
    `${options.customers} customers and ${options.products} products in ${Math.round(setupMs)} ms`,
  );

  const lastDay = today();
  const days = Math.round(options.years * 365.25);
  const firstDay = addDays(lastDay, -(days - 1));
  const plans = invoicePlans(random, {
    count: options.invoices,
    customers: facts.customers.length,
    products: facts.products.length,
    firstDay,
    days,
    drafts: Math.min(25, Math.ceil(options.invoices / 1000)),
  });
  const bulk = bulkExecutor(db, facts);
  const timelineStarted = performance.now();
  let reported = 0;
  await playTimeline(plans, bulk.executor, {
    today: lastDay,
    onDay: (date, posted) => {
      if (posted - reported >= options.invoices / 10 || posted === options.invoices) {
        reported = posted;
        const seconds = ((performance.now() - timelineStarted) / 1000).toFixed(1);
        progress(`${posted} invoices up to ${date} (${seconds} s)`);
      }
    },
  });
  await bulk.flush();
  return {
    ...bulk.counts,
    invoices: options.invoices,
    customers: facts.customers.length,
    products: facts.products.length,
    firstDay,
    lastDay,
    setupMs,
    timelineMs: performance.now() - timelineStarted,
  };
}
