import type { StoredDocument, StoredProduct } from '../../renderer/data/db';
import { lineFromProduct } from '../../renderer/data/documentDrafts';
import { addDays, epochDayOf, isoDateFromEpochDay, type IsoDate } from '../../shared/dates/isoDate';
import type { CreditSelection } from '../../shared/creditNotes/creditTypes';
import { dec, decimalToString } from '../../shared/money/decimal';
import { minor, type Minor } from '../../shared/money/minor';
import type { SalesDocument } from '../../shared/schemas/document';
import type { CustomerVatTreatment } from '../../shared/tax/customerVatTreatment';
import { dueDateFor } from '../../shared/terms/paymentTerms';
import type { InvoicePlan, PlannedEvent } from './invoicePlans';

// Plays invoice plans day by day, oldest first: each day the invoices issued that day are
// posted, then the payments and credit notes falling due that day are made, in the order
// they happened. Who makes the records is the executor: the app's repositories one call at
// a time (repositoryExecutor.ts), or the bulk path that builds the same records in memory
// and writes them in large transactions (bulkExecutor.ts).

/** Makes the records of one event; returns the invoice as it stands after it. */
export type Executor = {
  /** Saves the planned invoice as a draft and, unless the plan keeps it a draft, posts it. */
  invoice(plan: InvoicePlan, at: string): Promise<StoredDocument>;
  pay(invoice: StoredDocument, amount: Minor, date: IsoDate, at: string): Promise<StoredDocument>;
  credit(
    invoice: StoredDocument,
    scope: 'all' | 'firstLineHalf',
    date: IsoDate,
    at: string,
  ): Promise<StoredDocument>;
  /** Nothing more happens to this invoice up to today: its record is final. */
  settle(invoice: StoredDocument): Promise<void>;
  endOfDay(date: IsoDate): Promise<void>;
};

/** The instant of the n-th record of a day: postings from 07:00 UTC, later events from 10:00. */
export function instantOf(date: IsoDate, phase: 'post' | 'event', slot: number): string {
  const start = Date.parse(`${date}T${phase === 'post' ? '07' : '10'}:00:00.000Z`);
  return new Date(start + slot * 2000).toISOString();
}

/** The planned invoice as a draft: customer defaults from `blank`, then lines and discounts. */
export function fillDraft(
  blank: SalesDocument,
  plan: InvoicePlan,
  products: readonly StoredProduct[],
  treatment: CustomerVatTreatment,
): SalesDocument {
  const lines = plan.lines.map((planned) => {
    const line = lineFromProduct(products[planned.product]!, planned.quantity, treatment);
    if (planned.discountPercent === null) return line;
    const allowance = { kind: 'percent' as const, percent: planned.discountPercent };
    return { ...line, allowances: [{ ...allowance, reason: 'Mengenrabatt' }] };
  });
  const first = lines[0]!;
  const adjustments =
    plan.documentDiscountPercent === null
      ? []
      : [
          {
            kind: 'allowance' as const,
            reason: 'Treuerabatt',
            value: { kind: 'percent' as const, percent: plan.documentDiscountPercent },
            vatCategory: first.vatCategory,
            vatRate: first.vatRate,
            exemptionReason: first.exemptionReason,
          },
        ];
  return {
    ...blank,
    issueDate: plan.issueDate,
    dueDate: dueDateFor(plan.issueDate, blank.paymentTerms),
    lines,
    adjustments,
    allowPartialPayment: plan.allowPartialPayment,
  } as SalesDocument;
}

/** What a planned credit note credits: everything, or half the quantity of the first line. */
export function creditSelectionFor(
  invoice: StoredDocument,
  scope: 'all' | 'firstLineHalf',
): CreditSelection {
  if (scope === 'all') return { kind: 'all' };
  const first = invoice.lines[0]!;
  const half = decimalToString(dec(first.quantity).div(2));
  return { kind: 'lines', lines: [{ lineId: first.id, quantity: half }] };
}

type Pending = { invoice: StoredDocument; plan: InvoicePlan; next: number };

function amountOf(event: Extract<PlannedEvent, { type: 'payment' }>, balance: Minor): Minor {
  return event.amount === 'balance' ? balance : minor(Math.max(1, Math.round(balance / 2)));
}

/**
 * Plays the plans (sorted by issue date) up to `today`; events after today do not happen.
 * Returns the invoice ids in the order of the plans.
 */
export async function playTimeline(
  plans: readonly InvoicePlan[],
  executor: Executor,
  options: { today: IsoDate; onDay?: (date: IsoDate, posted: number) => void },
): Promise<string[]> {
  const ids: string[] = [];
  const pending = new Map<number, Pending[]>();
  const schedule = async (item: Pending) => {
    const event = item.plan.draft ? undefined : item.plan.events[item.next];
    const date = event ? addDays(item.plan.issueDate, event.daysAfterIssue) : null;
    if (!event || date === null || date > options.today || item.invoice.balance <= 0) {
      await executor.settle(item.invoice);
      return;
    }
    const day = epochDayOf(date);
    const list = pending.get(day) ?? [];
    list.push(item);
    pending.set(day, list);
  };
  const first = plans[0];
  if (!first) return ids;
  let next = 0;
  for (let day = epochDayOf(first.issueDate); day <= epochDayOf(options.today); day += 1) {
    const date = isoDateFromEpochDay(day);
    let slot = 0;
    while (next < plans.length && plans[next]!.issueDate === date) {
      const plan = plans[next]!;
      const invoice = await executor.invoice(plan, instantOf(date, 'post', slot++));
      ids.push(invoice.id);
      await schedule({ invoice, plan, next: 0 });
      next += 1;
    }
    const due = pending.get(day) ?? [];
    slot = 0;
    // Indexed: an event may schedule the invoice's next one on the same day.
    for (let index = 0; index < due.length; index += 1) {
      const item = due[index]!;
      const event = item.plan.events[item.next]!;
      const at = instantOf(date, 'event', slot++);
      const invoice =
        event.type === 'payment'
          ? await executor.pay(item.invoice, amountOf(event, item.invoice.balance), date, at)
          : await executor.credit(item.invoice, event.scope, date, at);
      await schedule({ invoice, plan: item.plan, next: item.next + 1 });
    }
    pending.delete(day);
    await executor.endOfDay(date);
    options.onDay?.(date, next);
  }
  if (next < plans.length) throw new Error(`${plans.length - next} plans are dated after today`);
  return ids;
}
