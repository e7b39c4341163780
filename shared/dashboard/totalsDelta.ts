import { minor } from '../money/minor';
import { totalsKey, type DashboardTotalsRow, type TotalsContribution } from './dashboardTotals';

// The arithmetic of the running totals: a write replaces a record's contributions by new ones,
// which changes each row it touches by (new − old) in count and amount; a row whose count
// reaches zero holds no record and is deleted, so the table has a row exactly where the
// dashboard has something to count.

/** Changes to rows by key: the count and amount to add (negative to take away). */
export type TotalsDelta = Map<string, DashboardTotalsRow>;

/** Adds `contributions` (sign 1) or takes them away (sign −1) in `delta`; returns `delta`. */
export function addContributions(
  delta: TotalsDelta,
  contributions: readonly TotalsContribution[],
  sign: 1 | -1,
): TotalsDelta {
  for (const { group, date, currency, count, amount } of contributions) {
    const key = totalsKey(group, date, currency);
    const entry = delta.get(key);
    const add = { count: sign * count, amount: sign * amount };
    if (entry) {
      entry.count += add.count;
      entry.amount = minor(entry.amount + add.amount);
    } else {
      delta.set(key, { key, group, date, currency, count: add.count, amount: minor(add.amount) });
    }
  }
  return delta;
}

/** The delta without entries that change nothing (a record moved out and back in). */
export function withoutNoChange(delta: TotalsDelta): TotalsDelta {
  for (const [key, entry] of delta) {
    if (entry.count === 0 && entry.amount === 0) delta.delete(key);
  }
  return delta;
}

/** A stored row after its change, or null when no record is left in it (delete the row). */
export function applyTotalsDelta(
  row: DashboardTotalsRow | undefined,
  change: DashboardTotalsRow,
): DashboardTotalsRow | null {
  const count = (row?.count ?? 0) + change.count;
  if (count <= 0) return null;
  const { key, group, date, currency } = change;
  return { key, group, date, currency, count, amount: minor((row?.amount ?? 0) + change.amount) };
}

/** The rows of a delta that only added, in key order; rows with no record are left out. */
export function sortedRows(delta: TotalsDelta): DashboardTotalsRow[] {
  return [...delta.values()]
    .filter((row) => row.count > 0)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
