import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
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
        const fed: Views = {
          applyAll: (trans, changes) =>
            sequence(views, (view) => view.apply(viewTable(view.table), trans, changes)),
          clearAll: (trans) =>
            sequence(views, (view) => view.cleared(viewTable(view.table), trans)),
        };
        return {
          ...table,
          mutate: (req) =>
            isUpgrade(req.trans) ? table.mutate(req) : mutateWithViews(table, req, fed),
        };
      },
    };
  },
};

function isUpgrade(trans: DBCoreTransaction): boolean {
  return (trans as { mode?: unknown }).mode === 'versionchange';
}

/** Runs `step` for each item, one after the other, on Dexie's promises (zone kept). */
function sequence<T>(items: readonly T[], step: (item: T) => Promise<void>): Promise<void> {
  return items.reduce<Promise<void>>(
    (done, item) => done.then(() => step(item)),
    Dexie.Promise.resolve(),
  );
}

type Views = {
  applyAll(trans: DBCoreTransaction, changes: RecordChange[]): Promise<void>;
  clearAll(trans: DBCoreTransaction): Promise<void>;
};

// The view updates of each transaction, in the order its writes came: an update reads derived
// rows and writes them back, so two at once (writes in parallel, Promise.all) would lose one.
const lastUpdate = new WeakMap<DBCoreTransaction, Promise<DBCoreMutateResponse>>();

/**
 * The write, then the views told what it changed. What the write replaces is read just
 * before it, request after request without waiting: IndexedDB runs a transaction's requests
 * in order, so the read sees the records as they were, and the write keeps its place among
 * the transaction's other requests. Everything is chained on the DBCore's own promises (no
 * async/await): Dexie keeps its transaction zone through them, which the middlewares below
 * (hooks, live-query cache) read.
 */
function mutateWithViews(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  views: Views,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    if (req.range.type === RANGE_TYPE_ANY) {
      return inTurn(trans, table.mutate(req), () => views.clearAll(trans));
    }
    // A range of keys: the records in it, read before they go.
    const query = { index: table.schema.primaryKey, range: req.range };
    const gone = table.query({ trans, values: true, query });
    return inTurn(trans, table.mutate(req), () =>
      gone.then(({ result }) =>
        views.applyAll(
          trans,
          (result as Row[]).map((row) => ({ before: row, after: undefined })),
        ),
      ),
    );
  }
  if (req.type === 'add') {
    // An add replaces nothing: an existing key makes it fail.
    const values = [...req.values] as Row[];
    return inTurn(trans, table.mutate(req), (res) =>
      views.applyAll(
        trans,
        values
          .filter((_, i) => !res.failures[i])
          .map((value) => ({ before: undefined, after: value })),
      ),
    );
  }
  const values = req.type === 'put' ? ([...req.values] as Row[]) : [];
  const keys: unknown[] =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  // A missing key fails its own put; reading it would fail the whole request.
  const readable = keys.filter((key) => key !== undefined && key !== null);
  const replaced = table.getMany({ trans, keys: readable });
  return inTurn(trans, table.mutate(req), (res) =>
    replaced.then((found: (Row | undefined)[]) => {
      const current = new Map<string, Row | undefined>();
      readable.forEach((key, i) => current.set(JSON.stringify(key), found[i]));
      const changes: RecordChange[] = [];
      keys.forEach((key, i) => {
        if (res.failures[i] || key === undefined || key === null) return;
        // The same key twice in one request: the second replaces what the first wrote.
        const id = JSON.stringify(key);
        const after = req.type === 'put' ? values[i] : undefined;
        changes.push({ before: current.get(id), after });
        current.set(id, after);
      });
      return views.applyAll(trans, changes);
    }),
  );
}

/**
 * Runs `update` once the write is done and every earlier view update of the transaction has
 * run; resolves to the write's response. An update that fails aborts the transaction: a
 * write must not be committed without its derived rows (a caller may catch the error and
 * carry on).
 */
function inTurn(
  trans: DBCoreTransaction,
  written: Promise<DBCoreMutateResponse>,
  update: (res: DBCoreMutateResponse) => Promise<void>,
): Promise<DBCoreMutateResponse> {
  const previous = lastUpdate.get(trans);
  const ready = previous
    ? previous.then(
        () => written,
        () => written,
      )
    : written;
  const done = ready.then((res) =>
    update(res).then(
      () => res,
      (error: unknown) => {
        abortQuietly(trans);
        throw error;
      },
    ),
  );
  lastUpdate.set(trans, done);
  return done;
}

function abortQuietly(trans: DBCoreTransaction): void {
  try {
    trans.abort();
  } catch {
    // Already finished or aborting: nothing more to undo.
  }
}
