import Dexie from 'dexie';
import { err, ok, type Result } from '../../../shared/result';
import { DERIVED_TABLE_NAMES } from '../derived/derivedTablesMiddleware';
import { openInvoicerDb } from '../db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../migrations/registry';
import { checkBackupAudit } from './backupAudit';
import type { BackupError } from './backupErrors';
import { splitBackupText, type BackupHeader } from './backupFormat';
import { BACKUP_RECORD_SCHEMAS } from './recordSchemas';
import { checkBackupData, checkRows, type BackupExpectations } from './validateBackup';

// Restore (issue 6): check the whole file first, then replace the database in one step.
//
// Why not dexie-export-import's importInto: with clearTablesBeforeImport it clears each
// table in a transaction of its own before its import transaction starts, so a failure in
// the import would leave an empty database. Here the rows are already parsed and checked,
// and one rw transaction over every table clears and refills them: IndexedDB commits all of
// it or, on any error, none of it.

/** Rows per table, as they go into the database. */
export type TableRows = ReadonlyMap<string, readonly Record<string, unknown>[]>;

/** What a restore put back, for the message after it. */
export type RestoreSummary = { header: BackupHeader; counts: Record<string, number> };

/** A backup that passed every check, with the rows to put back. */
export type CheckedRestore = RestoreSummary & { rows: TableRows };

/** Hooks a test uses to fail in the middle of the replacing transaction; never set in the app. */
export type RestoreFaults = { afterTable?(table: string): void };

/**
 * Tables of derived data: backed up like every table (a backup is the whole database, and
 * its checks expect every table of its version), but never written back. The rows they are
 * derived from rebuild them as they go in: derived/derivedTablesMiddleware keeps the dashboard
 * totals and the open invoices with every document and payment added, so they always match
 * the restored records, even if the file's were edited or stale.
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(DERIVED_TABLE_NAMES);

const tablesCache = new Map<number, Record<string, string>>();

/** The tables and primary key paths of schema version `version`, from the migrations. */
function tablesAt(version: number): Record<string, string> | null {
  if (!Number.isInteger(version) || version < 1 || version > CURRENT_SCHEMA_VERSION) return null;
  const cached = tablesCache.get(version);
  if (cached) return cached;
  // Declaring versions opens nothing: Dexie only reads the schema strings here.
  const probe = new Dexie(`invoicer-schema-probe-${version}`);
  for (const register of SCHEMA_VERSIONS.slice(0, version)) register(probe);
  const tables: Record<string, string> = {};
  for (const table of probe.tables) tables[table.name] = String(table.schema.primKey.keyPath);
  tablesCache.set(version, tables);
  return tables;
}

/** What the checks of validateBackup need to know of this app's database. */
export const APP_BACKUP_EXPECTATIONS: BackupExpectations = {
  currentSchemaVersion: CURRENT_SCHEMA_VERSION,
  tablesAt,
  schemas: BACKUP_RECORD_SCHEMAS,
};

/**
 * Runs the rows of an older backup through this app's migrations, in a database of their
 * own that is deleted afterwards: filled at the backup's version, then opened at the current
 * one, so every upgrade function runs exactly as it would on that person's computer.
 */
async function upgradedRows(version: number, rows: TableRows): Promise<TableRows> {
  const name = `invoicer-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  try {
    const old = new Dexie(name);
    for (const register of SCHEMA_VERSIONS.slice(0, version)) register(old);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd([...(rows.get(table.name) ?? [])]);
    });
    old.close();
    const upgraded = openInvoicerDb(name);
    const result = new Map<string, Record<string, unknown>[]>();
    await upgraded.transaction('r', upgraded.tables, async () => {
      for (const table of upgraded.tables) {
        result.set(table.name, (await table.toArray()) as Record<string, unknown>[]);
      }
    });
    upgraded.close();
    return result;
  } finally {
    await Dexie.delete(name);
  }
}

/**
 * Every check of a backup file, in order: header, format and checksum; database version,
 * tables, counts and keys; for an older version the migrations; then every record against
 * its table's schema, and the audit chain against the posted documents and payments. Reads
 * the database of no one; returns the rows to restore.
 */
export async function checkBackup(text: string): Promise<Result<CheckedRestore, BackupError>> {
  const split = splitBackupText(text);
  if (!split.ok) return split;
  const checked = checkBackupData(split.value, APP_BACKUP_EXPECTATIONS);
  if (!checked.ok) return checked;
  let rows = checked.value.rows;
  if (checked.value.needsUpgrade) {
    try {
      rows = await upgradedRows(checked.value.header.schemaVersion, rows);
    } catch {
      return err(restoreFailed('its records could not be brought up to this version of Invoicer'));
    }
    const current = tablesAt(CURRENT_SCHEMA_VERSION) ?? {};
    for (const [table, keyPath] of Object.entries(current)) {
      const again = checkRows(table, rows.get(table) ?? [], keyPath, BACKUP_RECORD_SCHEMAS);
      if (!again.ok) return again;
    }
  }
  // The audit chain, on the rows as they would be stored. A backup of version 1 or 2 has no
  // chain: the v3 migration (upgradedRows above) started one from its rows as they are, so
  // such a backup passes here and is vouched for from the restore on.
  const audited = checkBackupAudit(rows);
  if (!audited.ok) return audited;
  const counts = Object.fromEntries([...rows].map(([table, list]) => [table, list.length]));
  return ok({ header: checked.value.header, counts, rows });
}

/**
 * Replaces every table of the database with `rows` (a table not named is left empty; a
 * derived table is rebuilt from the others, DERIVED_TABLES) in ONE rw transaction: either the
 * database holds exactly the new rows afterwards, or, on any error, exactly what it held
 * before.
 */
export async function replaceAllTables(
  db: Dexie,
  rows: TableRows,
  faults?: RestoreFaults,
): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const table of db.tables) {
      const list = DERIVED_TABLES.has(table.name) ? undefined : rows.get(table.name);
      if (list !== undefined && list.length > 0) await table.bulkAdd([...list]);
      faults?.afterTable?.(table.name);
    }
  });
}

/**
 * Restores a backup file into `db`: checks it completely (checkBackup), then replaces the
 * whole database in one transaction. A refused or failed restore changes nothing.
 */
export async function restoreBackup(
  db: Dexie,
  text: string,
  options: { faults?: RestoreFaults } = {},
): Promise<Result<RestoreSummary, BackupError>> {
  const checked = await checkBackup(text);
  if (!checked.ok) return checked;
  return applyCheckedBackup(db, checked.value, options.faults);
}

/** The second half of restoreBackup: replaces the database with a backup checkBackup passed. */
export async function applyCheckedBackup(
  db: Dexie,
  checked: CheckedRestore,
  faults?: RestoreFaults,
): Promise<Result<RestoreSummary, BackupError>> {
  try {
    await replaceAllTables(db, checked.rows, faults);
  } catch (error) {
    const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
    return err(restoreFailed(`the database refused its records${detail}`));
  }
  return ok({ header: checked.header, counts: checked.counts });
}

/** Deletes every record of every table in one transaction (Settings → Erase all data). */
export async function eraseAllData(db: Dexie): Promise<void> {
  await replaceAllTables(db, new Map());
}

function restoreFailed(why: string): BackupError {
  return {
    code: 'RESTORE_FAILED',
    message: `The backup was not restored because ${why}. Your data is as it was before.`,
  };
}
