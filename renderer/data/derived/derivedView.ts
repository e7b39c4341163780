import Dexie, { type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';

// A table of derived data kept by derivedTablesMiddleware in the same transaction as every
// write to the table it is derived from: the view is told, per write, which records were
// there before and which are there after, and brings its own rows up to date.

export type Row = Readonly<Record<string, unknown>>;

/** One record a write touched: what was stored under its key before, and after. */
export type RecordChange = { before: Row | undefined; after: Row | undefined };

export type DerivedView = {
  /** The derived table's name. */
  table: string;
  /** Updates the derived rows for the records one write changed. */
  apply(view: DBCoreTable, trans: DBCoreTransaction, changes: RecordChange[]): Promise<void>;
  /** Updates the derived rows after every record of the source table was deleted. */
  cleared(view: DBCoreTable, trans: DBCoreTransaction): Promise<void>;
};

/**
 * One write to a derived table; any failed row fails the write it belongs to. Chained on the
 * DBCore's own promises and Dexie.Promise (no async/await, no native Promise): Dexie keeps its
 * transaction zone through them, which the middlewares below read.
 */
export function writeAll(table: DBCoreTable, req: DBCoreMutateRequest): Promise<void> {
  const size = req.type === 'delete' ? req.keys.length : req.type === 'put' ? req.values.length : 1;
  if (size === 0) return Dexie.Promise.resolve();
  return table.mutate(req).then((res) => {
    if (res.numFailures > 0) throw Object.values(res.failures)[0];
  });
}
