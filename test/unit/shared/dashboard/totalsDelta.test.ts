import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  totalsKey,
  type DashboardTotalsRow,
  type TotalsContribution,
} from '../../../../shared/dashboard/dashboardTotals';
import {
  addContributions,
  applyTotalsDelta,
  sortedRows,
  withoutNoChange,
  type TotalsDelta,
} from '../../../../shared/dashboard/totalsDelta';
import type { CurrencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { PROPERTY_RUNS } from '../../propertyRuns';

const EUR = 'EUR' as CurrencyCode;

// How the middleware uses the functions under test (derived/dashboardTotalsView): a record's
// change as the delta of its contributions, and the rows of a set of records from scratch.

/** The change from the contributions `before` to those `after`, without rows left unchanged. */
function contributionDelta(
  before: readonly TotalsContribution[],
  after: readonly TotalsContribution[],
): TotalsDelta {
  return withoutNoChange(addContributions(addContributions(new Map(), before, -1), after, 1));
}

/** The rows of all `contributions` together, in key order (as the table lists them). */
function totalsRowsOf(contributions: Iterable<TotalsContribution>): DashboardTotalsRow[] {
  const delta: TotalsDelta = new Map();
  for (const contribution of contributions) addContributions(delta, [contribution], 1);
  return sortedRows(delta);
}

function open(date: string, amount: number, currency = EUR): TotalsContribution {
  return { group: 'open', date, currency, count: 1, amount: minor(amount) };
}

function row(date: string, count: number, amount: number): DashboardTotalsRow {
  return { key: totalsKey('open', date, EUR), ...open(date, amount), count };
}

/** The stored rows after applying a delta to `rows`, as the middleware writes them. */
function applied(
  rows: readonly DashboardTotalsRow[],
  delta: Map<string, DashboardTotalsRow>,
): DashboardTotalsRow[] {
  const byKey = new Map(rows.map((entry) => [entry.key, entry]));
  for (const [key, change] of delta) {
    const next = applyTotalsDelta(byKey.get(key), change);
    if (next) byKey.set(key, next);
    else byKey.delete(key);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe('contributionDelta', () => {
  it('moving a balance to another due date takes it from one row and adds it to the other', () => {
    const delta = contributionDelta([open('2026-03-01', 500)], [open('2026-04-01', 700)]);
    expect([...delta.values()]).toEqual([
      { ...row('2026-03-01', -1, -500) },
      { ...row('2026-04-01', 1, 700) },
    ]);
  });

  it('a write that changes nothing the totals read changes no row', () => {
    expect(contributionDelta([open('2026-03-01', 500)], [open('2026-03-01', 500)]).size).toBe(0);
  });

  it('a changed amount on the same row keeps the count and changes the amount', () => {
    const delta = contributionDelta([open('2026-03-01', 500)], [open('2026-03-01', 200)]);
    expect([...delta.values()]).toEqual([row('2026-03-01', 0, -300)]);
  });
});

describe('applyTotalsDelta', () => {
  it('adds to a row, creates a missing one, and deletes a row left with no record', () => {
    expect(applyTotalsDelta(row('2026-03-01', 2, 900), row('2026-03-01', 1, 100))).toEqual(
      row('2026-03-01', 3, 1000),
    );
    expect(applyTotalsDelta(undefined, row('2026-03-01', 1, 100))).toEqual(
      row('2026-03-01', 1, 100),
    );
    expect(applyTotalsDelta(row('2026-03-01', 1, 100), row('2026-03-01', -1, -100))).toBeNull();
  });
});

describe('the running totals', () => {
  const contribution = fc.record({
    group: fc.constantFrom('open' as const, 'revenue' as const, 'moneyIn' as const),
    date: fc.constantFrom('2026-03-01', '2026-03-02', '2026-03'),
    currency: fc.constantFrom('EUR', 'USD') as fc.Arbitrary<CurrencyCode>,
    count: fc.constant(1),
    amount: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(minor),
  });
  const records = fc.array(fc.array(contribution, { maxLength: 3 }), { maxLength: 12 });

  it('replacing records one by one by their deltas gives the totals of the new records', () => {
    fc.assert(
      fc.property(
        records,
        fc.array(fc.nat(), { maxLength: 12 }),
        records,
        (before, picks, fresh) => {
          // Replace some records by new ones and delete others; the rows must follow.
          let rows = totalsRowsOf(before.flat());
          const after = [...before];
          picks.forEach((pick, i) => {
            if (after.length === 0) return;
            const at = pick % after.length;
            const replacement = fresh[i] ?? [];
            rows = applied(rows, contributionDelta(after[at]!, replacement));
            after[at] = replacement;
          });
          expect(rows).toEqual(totalsRowsOf(after.flat()));
          for (const entry of rows) expect(entry.count).toBeGreaterThan(0);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('adding then taking away the same contributions leaves nothing but zeros', () => {
    fc.assert(
      fc.property(fc.array(contribution, { maxLength: 20 }), (list) => {
        const delta = addContributions(addContributions(new Map(), list, 1), list, -1);
        for (const entry of delta.values()) expect([entry.count, entry.amount]).toEqual([0, 0]);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
