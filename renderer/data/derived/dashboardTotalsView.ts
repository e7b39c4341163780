import Dexie, { type DBCoreRangeType, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import {
  DOCUMENT_GROUPS,
  documentContributions,
  PAYMENT_GROUPS,
  paymentContributions,
  totalsKeyRange,
  type DashboardTotalsRow,
  type TotalsContribution,
  type TotalsGroup,
} from '../../../shared/dashboard/dashboardTotals';
import {
  addContributions,
  applyTotalsDelta,
  withoutNoChange,
  type TotalsDelta,
} from '../../../shared/dashboard/totalsDelta';
import { writeAll, type DerivedView, type RecordChange, type Row } from './derivedView';

// The dashboard's running totals (schema version 5, shared/dashboard): each record adds
// counted amounts to rows keyed by group, date and currency; a write changes them by what the
// new records contribute less what the old ones did.

/** The table of the running totals, keyed by group, date and currency (totalsKey). */
export const DASHBOARD_TOTALS_TABLE = 'dashboardTotals';

// DBCoreRangeType is a const enum of Dexie's typings, which isolatedModules cannot inline.
const RANGE_TYPE_RANGE = 2 as DBCoreRangeType;

function totalsView(
  contributions: (row: Row) => TotalsContribution[],
  groups: readonly TotalsGroup[],
): DerivedView {
  return {
    table: DASHBOARD_TOTALS_TABLE,
    apply(totals, trans, changes) {
      return updateTotals(totals, trans, deltaOf(changes, contributions));
    },
    cleared: (totals, trans) => emptyGroups(totals, trans, groups),
  };
}

/** The totals as documents feed them (open balances, revenue). */
export const documentTotalsView = totalsView(documentContributions, DOCUMENT_GROUPS);
/** The totals as payment records feed them (money in). */
export const paymentTotalsView = totalsView(paymentContributions, PAYMENT_GROUPS);

function deltaOf(changes: RecordChange[], contributions: (row: Row) => TotalsContribution[]) {
  const delta: TotalsDelta = new Map();
  for (const { before, after } of changes) {
    if (before) addContributions(delta, contributions(before), -1);
    if (after) addContributions(delta, contributions(after), 1);
  }
  return delta;
}

/** Deletes every row of the groups: their records are all gone. */
function emptyGroups(
  totals: DBCoreTable,
  trans: DBCoreTransaction,
  groups: readonly TotalsGroup[],
): Promise<void> {
  const keysOf = (group: TotalsGroup) => {
    const [lower, upper] = totalsKeyRange(group);
    return totals.query({
      trans,
      values: false,
      query: {
        index: totals.schema.primaryKey,
        range: { type: RANGE_TYPE_RANGE, lower, lowerOpen: false, upper, upperOpen: false },
      },
    });
  };
  return Dexie.Promise.all(groups.map(keysOf)).then((answers) =>
    writeAll(totals, { type: 'delete', trans, keys: answers.flatMap(({ result }) => result) }),
  );
}

/** Applies the delta to the stored rows: reads them, writes the changed, deletes the empty. */
function updateTotals(
  totals: DBCoreTable,
  trans: DBCoreTransaction,
  delta: TotalsDelta,
): Promise<void> {
  withoutNoChange(delta);
  if (delta.size === 0) return Dexie.Promise.resolve();
  const keys = [...delta.keys()];
  return totals.getMany({ trans, keys }).then((rows: (DashboardTotalsRow | undefined)[]) => {
    const changed: DashboardTotalsRow[] = [];
    const emptied: string[] = [];
    keys.forEach((key, i) => {
      const row = rows[i];
      const next = applyTotalsDelta(row, delta.get(key)!);
      if (next) changed.push(next);
      else if (row) emptied.push(key);
    });
    return writeAll(totals, { type: 'put', trans, values: changed }).then(() =>
      writeAll(totals, { type: 'delete', trans, keys: emptied }),
    );
  });
}
