import { addDays, type IsoDate } from '../../shared/dates/isoDate';
import type { Random } from './random';

// What happens to each invoice of the benchmark database, decided up front from the seed:
// its customer, date and lines, and the later events of its life (payments, a credit note).
// The timeline (timeline.ts) plays these plans day by day through an executor.

export type PlannedLine = { product: number; quantity: string; discountPercent: string | null };

/** A later event of an invoice, so many days after its issue date. */
export type PlannedEvent =
  | { type: 'payment'; daysAfterIssue: number; amount: 'balance' | 'half' }
  | { type: 'credit'; daysAfterIssue: number; scope: 'all' | 'firstLineHalf' };

export type InvoicePlan = {
  customer: number;
  issueDate: IsoDate;
  lines: PlannedLine[];
  /** A loyalty discount on the whole document, in percent. */
  documentDiscountPercent: string | null;
  allowPartialPayment: boolean;
  /** Left as a draft: never posted. */
  draft: boolean;
  /** In date order. */
  events: PlannedEvent[];
};

const QUANTITIES = ['1', '1', '1', '2', '3', '5', '10', '0.5', '7.5', '12', '24', '0.25', '40'];

function plannedLines(random: Random, products: number): PlannedLine[] {
  const count = random.chance(0.5) ? random.int(1, 5) : random.int(6, 20);
  return Array.from({ length: count }, () => ({
    product: random.int(0, products - 1),
    quantity: random.pick(QUANTITIES),
    discountPercent: random.chance(0.08) ? random.pick(['5', '10', '12.5']) : null,
  }));
}

/**
 * The later events of an invoice: most are paid in full (on time or late), some in two
 * parts, some credited in part or cancelled by a credit note, a few never paid.
 */
function plannedEvents(random: Random): {
  events: PlannedEvent[];
  allowPartialPayment: boolean;
} {
  const roll = random.next();
  const paidAfter = () => (random.chance(0.8) ? random.int(3, 30) : random.int(31, 90));
  if (roll < 0.8) {
    return {
      events: [{ type: 'payment', daysAfterIssue: paidAfter(), amount: 'balance' }],
      allowPartialPayment: false,
    };
  }
  if (roll < 0.86) {
    const first = random.int(5, 25);
    const events: PlannedEvent[] = [{ type: 'payment', daysAfterIssue: first, amount: 'half' }];
    // A third of them stay partly paid.
    if (random.chance(0.66)) {
      events.push({
        type: 'payment',
        daysAfterIssue: first + random.int(10, 40),
        amount: 'balance',
      });
    }
    return { events, allowPartialPayment: true };
  }
  if (roll < 0.875) {
    return {
      events: [{ type: 'credit', daysAfterIssue: random.int(1, 20), scope: 'all' }],
      allowPartialPayment: false,
    };
  }
  if (roll < 0.89) {
    const credit = random.int(1, 15);
    return {
      events: [
        { type: 'credit', daysAfterIssue: credit, scope: 'firstLineHalf' },
        { type: 'payment', daysAfterIssue: credit + random.int(3, 30), amount: 'balance' },
      ],
      allowPartialPayment: false,
    };
  }
  if (roll < 0.92) return { events: [], allowPartialPayment: false };
  return {
    events: [{ type: 'payment', daysAfterIssue: random.int(0, 7), amount: 'balance' }],
    allowPartialPayment: false,
  };
}

/**
 * `count` invoices issued from `firstDay` to `lastDay`, oldest first, spread evenly; the
 * last `drafts` of them are left as drafts (work in progress).
 */
export function invoicePlans(
  random: Random,
  options: {
    count: number;
    customers: number;
    products: number;
    firstDay: IsoDate;
    days: number;
    drafts: number;
  },
): InvoicePlan[] {
  const plans: InvoicePlan[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const day = Math.floor((index * options.days) / options.count);
    const { events, allowPartialPayment } = plannedEvents(random);
    plans.push({
      customer: random.int(0, options.customers - 1),
      issueDate: addDays(options.firstDay, day),
      lines: plannedLines(random, options.products),
      documentDiscountPercent: random.chance(0.04) ? '3' : null,
      allowPartialPayment,
      draft: index >= options.count - options.drafts,
      events,
    });
  }
  return plans;
}
