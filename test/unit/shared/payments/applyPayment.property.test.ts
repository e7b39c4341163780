import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInvoiceAction, type InvoiceStatus } from '../../../../shared/documents/invoiceStates';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor, type Minor } from '../../../../shared/money/minor';
import { applyPayment, type PayableInvoice } from '../../../../shared/payments/applyPayment';
import { invoiceBalance, refundOwed } from '../../../../shared/payments/invoiceSettlement';
import { reversePayment } from '../../../../shared/payments/reversePayment';
import { PROPERTY_RUNS } from '../../propertyRuns';

// Sequences of events on one invoice. Payment amounts range around the amount due (including
// zero, negatives and overpayments); a credit note takes a share (‰) of what it may credit.

type Event =
  | { kind: 'payment'; amount: number }
  | { kind: 'credit'; permille: number }
  | { kind: 'reversal'; pick: number };

const invoiceArb = fc.record({
  amountDue: fc.integer({ min: 1, max: 10_000_000 }),
  allowPartialPayment: fc.boolean(),
  minimumPermille: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
});

function eventsArb(amountDue: number, kinds: Event['kind'][]): fc.Arbitrary<Event[]> {
  const byKind = {
    payment: fc.record({
      kind: fc.constant('payment' as const),
      amount: fc.oneof(
        fc.integer({ min: -amountDue, max: Math.ceil(amountDue * 1.5) }),
        fc.integer({ min: 1, max: Math.max(1, Math.floor(amountDue / 4)) }),
      ),
    }),
    credit: fc.record({
      kind: fc.constant('credit' as const),
      permille: fc.integer({ min: 0, max: 1000 }),
    }),
    reversal: fc.record({ kind: fc.constant('reversal' as const), pick: fc.nat() }),
  };
  return fc.array(fc.oneof(...kinds.map((kind) => byKind[kind] as fc.Arbitrary<Event>)), {
    maxLength: 12,
  });
}

const scenarioArb = (kinds: Event['kind'][]) =>
  invoiceArb.chain((invoice) =>
    fc.tuple(fc.constant(invoice), eventsArb(invoice.amountDue, kinds)),
  );

type InvoiceSpec = {
  amountDue: number;
  allowPartialPayment: boolean;
  minimumPermille: number | undefined;
};

type State = { status: InvoiceStatus; paid: Minor; credited: Minor };

function payable(invoice: InvoiceSpec, state: State): PayableInvoice {
  return {
    ...state,
    currency: currencyCode('EUR'),
    amountDue: minor(invoice.amountDue),
    allowPartialPayment: invoice.allowPartialPayment,
    minimumPartialAmount:
      invoice.minimumPermille === undefined
        ? undefined
        : minor(Math.floor((invoice.amountDue * invoice.minimumPermille) / 1000)),
  };
}

/** Posts a credit note of a share of `room`, moving the status as the state machine says. */
function credit(state: State, room: number, permille: number): State {
  const amount = Math.floor((room * permille) / 1000);
  if (amount <= 0) return state;
  return { ...state, credited: minor(state.credited + amount) };
}

function creditStatus(state: State, amountDue: number): State {
  const next = applyInvoiceAction(state.status, {
    type: 'creditNote',
    settlement: { gross: minor(amountDue), paid: state.paid, credited: state.credited },
  });
  expect(next.ok).toBe(true);
  return next.ok ? { ...state, status: next.value } : state;
}

/** What the rules of DESIGN §4 accept, written independently of applyPayment. */
function acceptable(invoice: PayableInvoice, amount: number, refuseExcess: boolean): boolean {
  const balance = invoice.amountDue - invoice.paid - invoice.credited;
  const open = invoice.status === 'posted' || invoice.status === 'partiallyPaid';
  const settles = amount >= balance;
  const partialOk = invoice.allowPartialPayment && amount >= (invoice.minimumPartialAmount ?? 0);
  return (
    open &&
    amount > 0 &&
    balance > 0 &&
    (settles || partialOk) &&
    !(refuseExcess && amount > balance)
  );
}

describe('payment properties', () => {
  it("with 'refuse', accepted payments and credits never exceed the amount due, and balance = due − payments − credits ≥ 0", () => {
    fc.assert(
      fc.property(scenarioArb(['payment', 'credit']), ([spec, events]) => {
        let state: State = { status: 'posted', paid: minor(0), credited: minor(0) };
        let payments = 0;
        let credits = 0;
        for (const event of events) {
          const invoice = payable(spec, state);
          if (event.kind === 'credit') {
            // A credit note here takes at most what is still open, so nothing needs refunding.
            const before = state.credited;
            if (state.status === 'cancelled') continue;
            state = creditStatus(
              credit(state, invoiceBalance(invoice), event.permille),
              spec.amountDue,
            );
            credits += state.credited - before;
          } else if (event.kind === 'payment') {
            const result = applyPayment({
              invoice,
              amount: minor(event.amount),
              overpayment: 'refuse',
            });
            expect(result.ok).toBe(acceptable(invoice, event.amount, true));
            if (!result.ok) continue;
            expect(result.value.applied).toBe(event.amount);
            expect(result.value.excessAsCredit).toBe(0);
            expect(result.value.statusAfter === 'paid').toBe(result.value.balanceAfter === 0);
            payments += event.amount;
            state = { ...state, paid: result.value.paidAfter, status: result.value.statusAfter };
          }
          const balance = invoiceBalance(payable(spec, state));
          expect(state.paid + state.credited).toBeLessThanOrEqual(spec.amountDue);
          expect(balance).toBe(spec.amountDue - payments - credits);
          expect(balance).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it("with 'keepAsCredit', applied + credit = amount, the balance never goes negative, and reversals restore it", () => {
    fc.assert(
      fc.property(scenarioArb(['payment', 'credit', 'reversal']), ([spec, events]) => {
        let state: State = { status: 'posted', paid: minor(0), credited: minor(0) };
        let customerCredit = 0;
        const recorded: { applied: Minor; excessAsCredit: Minor; reversed: boolean }[] = [];
        for (const event of events) {
          const invoice = payable(spec, state);
          const balanceBefore = invoiceBalance(invoice);
          if (event.kind === 'credit') {
            if (state.status === 'cancelled') continue;
            state = creditStatus(credit(state, balanceBefore, event.permille), spec.amountDue);
          } else if (event.kind === 'payment') {
            const amount = minor(event.amount);
            const result = applyPayment({ invoice, amount, overpayment: 'keepAsCredit' });
            expect(result.ok).toBe(acceptable(invoice, event.amount, false));
            if (!result.ok) continue;
            const { applied, excessAsCredit, balanceAfter, statusAfter } = result.value;
            expect(applied + excessAsCredit).toBe(amount);
            expect(applied).toBe(Math.min(amount, balanceBefore));
            expect(balanceAfter).toBe(balanceBefore - applied);
            expect(statusAfter === 'paid').toBe(balanceAfter === 0);
            customerCredit += excessAsCredit;
            recorded.push({ applied, excessAsCredit, reversed: false });
            state = { ...state, paid: result.value.paidAfter, status: statusAfter };
          } else {
            const payment = recorded[event.pick % Math.max(1, recorded.length)];
            if (!payment) continue;
            const result = reversePayment({
              invoice,
              payment,
              availableCredit: minor(customerCredit),
            });
            const expectOk =
              !payment.reversed && (state.status === 'paid' || state.status === 'partiallyPaid');
            expect(result.ok).toBe(expectOk);
            if (!result.ok) continue;
            expect(result.value.balanceAfter).toBe(balanceBefore + payment.applied);
            expect(result.value.statusAfter).not.toBe('paid');
            customerCredit -= result.value.creditRemoved;
            payment.reversed = true;
            state = { ...state, paid: result.value.paidAfter, status: result.value.statusAfter };
          }
          expect(invoiceBalance(payable(spec, state))).toBeGreaterThanOrEqual(0);
          expect(customerCredit).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('only a credit note of a paid invoice takes the balance below zero, and then exactly that is owed back', () => {
    fc.assert(
      fc.property(scenarioArb(['payment', 'credit']), ([spec, events]) => {
        let state: State = { status: 'posted', paid: minor(0), credited: minor(0) };
        for (const event of events) {
          const invoice = payable(spec, state);
          if (event.kind === 'credit') {
            if (state.status === 'cancelled') continue;
            // A credit note may take all that is not yet credited, even of a paid invoice.
            state = creditStatus(
              credit(state, spec.amountDue - state.credited, event.permille),
              spec.amountDue,
            );
          } else if (event.kind === 'payment') {
            const result = applyPayment({
              invoice,
              amount: minor(event.amount),
              overpayment: 'refuse',
            });
            if (!result.ok) continue;
            expect(invoiceBalance(invoice)).toBeGreaterThan(0);
            state = { ...state, paid: result.value.paidAfter, status: result.value.statusAfter };
          }
          const money = payable(spec, state);
          const balance = invoiceBalance(money);
          expect(state.paid).toBeLessThanOrEqual(spec.amountDue);
          expect(state.credited).toBeLessThanOrEqual(spec.amountDue);
          expect(refundOwed(money)).toBe(balance < 0 ? -balance : 0);
          expect(refundOwed(money)).toBeLessThanOrEqual(Math.min(state.paid, state.credited));
        }
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
