import type {
  DBCore,
  DBCoreDeleteRangeRequest,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { documentTotalsView, paymentTotalsView } from './dashboardTotalsView';
import type { DerivedView, RecordChange, Row } from './derivedView';
import { openInvoicesView } from './openInvoicesView';

// Keeps the tables of derived data (schema version 5: dashboardTotals, openInvoices) equal to
// what the documents and payment records they are derived from make of them, for EVERY write
// to documents and payments, whoever writes: repositories, restore, the bench generator, code
// not written yet. It sits in Dexie's DBCore, below every Table method, so no writer can
// forget it:
//
// - every read-write transaction that holds documents or payments also holds the tables
//   derived from them (the IndexedDB transaction does; Dexie's Transaction above need not
//   know), so
// - each write to those tables reads the rows it replaces, writes, and hands each view the
//   records before and after, in the same transaction: a write that fails or a transaction
//   that aborts takes the change of the derived rows with it.
//
// Upgrades (versionchange) pass through: the tables may not exist yet, and version 5's
// upgrade computes them from scratch at its end. A later migration that changes documents or
// payments must recompute them (derived/recompute.ts) after its changes.

/** The views fed by each source table. */
const VIEWS_OF: ReadonlyMap<string, readonly DerivedView[]> = new Map([
  ['documents', [documentTotalsView, openInvoicesView]],
  ['payments', [paymentTotalsView]],
]);

/** Every table of derived data: a restore rebuilds them instead of writing them back. */
export const DERIVED_TABLE_NAMES: readonly string[] = [
  ...new Set([...VIEWS_OF.values()].flat().map((view) => view.table)),
];

// DBCoreRangeType is a const enum of Dexie's typings, which isolatedModules cannot inline.
const RANGE_TYPE_ANY = 3 as DBCoreRangeType;

/** The DBCore middleware that maintains the derived tables; InvoicerDb registers it. */
export const derivedTablesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DerivedTables',
  create(down: DBCore): Partial<DBCore> {
    // A stack built inside an upgrade, before version 5 made the tables, maintains nothing;
    // Dexie builds the stack again once the database is open.
    const existing = new Set(down.schema.tables.map((table) => table.name));
    if (!DERIVED_TABLE_NAMES.every((name) => existing.has(name))) return {};
    const viewTables = new Map<string, DBCoreTable>();
    const viewTable = (name: string) => {
      let table = viewTables.get(name);
      if (!table) viewTables.set(name, (table = down.table(name)));
      return table;
    };
    return {
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const derived = stores.flatMap((store) => (VIEWS_OF.get(store) ?? []).map((v) => v.table));
        const missing = [...new Set(derived)].filter((name) => !stores.includes(name));
        return down.transaction([...stores, ...missing], mode, options);
      },
      table(name) {
        const table = down.table(name);
        const views = VIEWS_OF.get(name);
        if (!views) return table;
        const applyAll = (trans: DBCoreTransaction, changes: RecordChange[]) =>
          sequence(views, (view) => view.apply(viewTable(view.table), trans, changes));
        const clearAll = (trans: DBCoreTransaction) =>
          sequence(views, (view) => view.cleared(viewTable(view.table), trans));
        return {
          ...table,
          mutate: (req) =>
            isUpgrade(req.trans)
              ? table.mutate(req)
              : mutateWithViews(table, req, applyAll, clearAll),
        };
      },
    };
  },
};

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as { mode?: unknown }).mode === 'versionchange';
}

/** Runs `step` for each item, one after the other, on the DBCore's own promises. */
function sequence<T>(items: readonly T[], step: (item: T) => Promise<void>): Promise<void> {
  return items.reduce<Promise<void>>(
    (done, item) => done.then(() => step(item)),
    Promise.resolve(),
  );
}

/**
 * The write, then the views told what it changed. Chained on the DBCore's own promises (no
 * async/await): Dexie keeps its transaction zone through them, which the middlewares below
 * (hooks, live-query cache) read.
 */
function mutateWithViews(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  applyAll: (trans: DBCoreTransaction, changes: RecordChange[]) => Promise<void>,
  clearAll: (trans: DBCoreTransaction) => Promise<void>,
): Promise<DBCoreMutateResponse> {
  if (req.type === 'deleteRange') return deleteRangeWithViews(table, req, applyAll, clearAll);
  if (req.type === 'add') {
    // An add replaces nothing: an existing key makes it fail.
    return table.mutate(req).then((res) => {
      const changes = req.values
        .filter((_, i) => !res.failures[i])
        .map((value: Row): RecordChange => ({ before: undefined, after: value }));
      return applyAll(req.trans, changes).then(() => res);
    });
  }
  const keys: unknown[] =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  // A missing key fails its own put below; reading it would fail the whole request.
  const readable = keys.filter((key) => key !== undefined && key !== null);
  return table.getMany({ trans: req.trans, keys: readable }).then((found: (Row | undefined)[]) => {
    const current = new Map<string, Row | undefined>();
    readable.forEach((key, i) => current.set(JSON.stringify(key), found[i]));
    return table.mutate(req).then((res) => {
      const changes: RecordChange[] = [];
      keys.forEach((key, i) => {
        if (res.failures[i] || key === undefined || key === null) return;
        // The same key twice in one request: the second replaces what the first wrote.
        const id = JSON.stringify(key);
        const after: Row | undefined = req.type === 'put' ? (req.values[i] as Row) : undefined;
        changes.push({ before: current.get(id), after });
        current.set(id, after);
      });
      return applyAll(req.trans, changes).then(() => res);
    });
  });
}

/**
 * A range deleted: the whole table (clear) clears what it feeds; any other range takes away
 * the records in it, read before they go.
 */
function deleteRangeWithViews(
  table: DBCoreTable,
  req: DBCoreDeleteRangeRequest,
  applyAll: (trans: DBCoreTransaction, changes: RecordChange[]) => Promise<void>,
  clearAll: (trans: DBCoreTransaction) => Promise<void>,
): Promise<DBCoreMutateResponse> {
  const { trans, range } = req;
  if (range.type === RANGE_TYPE_ANY) {
    return table.mutate(req).then((res) => clearAll(trans).then(() => res));
  }
  const query = { index: table.schema.primaryKey, range };
  return table.query({ trans, values: true, query }).then(({ result }) =>
    table.mutate(req).then((res) => {
      const changes = (result as Row[]).map((row) => ({ before: row, after: undefined }));
      return applyAll(trans, changes).then(() => res);
    }),
  );
}
