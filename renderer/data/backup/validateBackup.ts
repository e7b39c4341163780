import { z } from 'zod';
import { err, ok, type Result } from '../../../shared/result';
import { validationIssues } from '../../../shared/schemas/validationIssues';
import type { BackupError } from './backupErrors';
import { damaged, type BackupHeader, type SplitBackup } from './backupFormat';

// The checks of a backup's data part, after backupFormat has checked the header and the
// checksum. Plain functions over plain values: the restore hands in what they need to know
// of the database (its version, its tables and their primary keys) and gets every row back
// only when every check passed.

/** What the checks need to know of the app's database. */
export type BackupExpectations = {
  /** The version this app's database has (migrations/registry CURRENT_SCHEMA_VERSION). */
  currentSchemaVersion: number;
  /** The tables and their primary key paths at a schema version; null for an unknown one. */
  tablesAt(version: number): Readonly<Record<string, string>> | null;
  /** The schema every row of a table must pass (recordSchemas BACKUP_RECORD_SCHEMAS). */
  schemas: Readonly<Record<string, z.ZodType>>;
};

/** A backup every check has passed: its header and each table's rows, as in the file. */
export type CheckedBackup = {
  header: BackupHeader;
  rows: ReadonlyMap<string, readonly Record<string, unknown>[]>;
  /**
   * True for a backup of an older schema version: its rows were checked for shape only and
   * go through the migrations before the record checks (restoreBackup does both).
   */
  needsUpgrade: boolean;
};

// dexie-export-import's JSON, as far as a restore relies on it. Loose objects: fields a later
// dexie-export-import adds do no harm. Rows stay unknown here; they are checked one by one.
const dexieExportSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseVersion: z.int().positive(),
    tables: z.array(z.object({ name: z.string(), rowCount: z.int().nonnegative() })),
    data: z.array(
      z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) }),
    ),
  }),
});

/** The refusal of a backup from a newer Invoicer: its database has tables or fields we lack. */
export function newerSchema(backup: number, current: number): BackupError {
  return {
    code: 'NEWER_VERSION',
    message: `This backup was made by a newer version of Invoicer (database version ${backup}; this Invoicer has version ${current}). Update Invoicer, then restore it; nothing was changed.`,
  };
}

function sameNames(a: Iterable<string>, b: Iterable<string>): boolean {
  const left = [...a].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((name, index) => name === right[index]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// dexie-export-import encodes each row with Typeson, which notes under `$types` the key path
// of every array ("arrayNonindexKeys", an array to be revived as it is). createBackup writes
// plain JSON rows, so that is the only type a row of ours may name; anything else (a Date,
// a Blob, a typed array, a cycle) is not something Invoicer stores and refuses the file.
const PLAIN_ARRAY = 'arrayNonindexKeys';

function pathValue(row: Record<string, unknown>, path: string): unknown {
  let value: unknown = row;
  for (const escaped of path.split('.')) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    // Typeson escapes '~' and '.' inside a key as '~0' and '~1'.
    const part = escaped.replace(/~1/g, '.').replace(/~0/g, '~');
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The row without its Typeson notes, or null when they name anything but plain arrays. */
export function revivePlainRow(row: Record<string, unknown>): Record<string, unknown> | null {
  if (!Object.hasOwn(row, '$types')) return row;
  const { $types: types, ...plain } = row;
  if (!isRecord(types)) return null;
  for (const [path, type] of Object.entries(types)) {
    if (type !== PLAIN_ARRAY || !Array.isArray(pathValue(plain, path))) return null;
  }
  return plain;
}

/** The key of a row at a key path such as 'id' (our tables have plain, inbound keys). */
function keyOf(row: Record<string, unknown>, keyPath: string): string | null {
  const key = row[keyPath];
  if (typeof key === 'string' && key !== '') return key;
  return typeof key === 'number' && Number.isFinite(key) ? String(key) : null;
}

/**
 * Checks the data part of a backup whose header and checksum passed: the database version
 * (a newer one is refused), the tables (exactly those of that version), the row counts
 * (header, export and rows agree), every row's key (present, unique) and, for a backup of
 * the current version, every row against its table's schema. Returns the rows only when all
 * of it holds; the first problem otherwise, with the table and key of a bad record.
 */
export function checkBackupData(
  split: SplitBackup,
  expect: BackupExpectations,
): Result<CheckedBackup, BackupError> {
  const { header } = split;
  const version = header.schemaVersion;
  if (version > expect.currentSchemaVersion) {
    return err(newerSchema(version, expect.currentSchemaVersion));
  }
  const tables = expect.tablesAt(version);
  if (tables === null) return err(damaged(`database version ${version} is unknown`));
  let json: unknown;
  try {
    json = JSON.parse(split.data);
  } catch {
    return err(damaged('its data is not readable'));
  }
  const parsed = dexieExportSchema.safeParse(json);
  if (!parsed.success) return err(damaged('its data is not laid out as a backup'));
  const exported = parsed.data.data;
  if (exported.databaseVersion !== version) {
    return err(damaged('its header and its data name different database versions'));
  }
  const names = Object.keys(tables);
  if (
    !sameNames(names, Object.keys(header.counts)) ||
    !sameNames(names, new Set(exported.tables.map((table) => table.name))) ||
    !sameNames(names, new Set(exported.data.map((table) => table.tableName))) ||
    exported.tables.length !== names.length ||
    exported.data.length !== names.length
  ) {
    return err(damaged(`its tables are not those of database version ${version}`));
  }
  const current = version === expect.currentSchemaVersion;
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of exported.data) {
    const name = table.tableName;
    const declared = exported.tables.find((entry) => entry.name === name)?.rowCount;
    if (table.rows.length !== header.counts[name] || table.rows.length !== declared) {
      return err(damaged(`the number of records in ${name} is not the number it was written with`));
    }
    const checked = checkRows(
      name,
      table.rows,
      tables[name] ?? '',
      current ? expect.schemas : null,
    );
    if (!checked.ok) return checked;
    rows.set(name, checked.value);
  }
  return ok({ header, rows, needsUpgrade: !current });
}

/**
 * Every row of one table: an object with a key not seen before and, when `schemas` is given,
 * one its table's schema accepts. Counts all bad rows, names the first.
 */
export function checkRows(
  table: string,
  rows: readonly unknown[],
  keyPath: string,
  schemas: Readonly<Record<string, z.ZodType>> | null,
): Result<Record<string, unknown>[], BackupError> {
  const schema = schemas === null ? null : schemas[table];
  if (schemas !== null && schema === undefined) {
    return err(damaged(`Invoicer has no checks for the table ${table}`));
  }
  const seen = new Set<string>();
  const good: Record<string, unknown>[] = [];
  let firstBad: BackupError | null = null;
  let bad = 0;
  for (const raw of rows) {
    const row = isRecord(raw) ? revivePlainRow(raw) : null;
    if (row === null)
      return err(damaged(`a record of ${table} holds values Invoicer never writes`));
    const key = keyOf(row, keyPath);
    if (key === null || seen.has(key)) {
      return err(damaged(`a record of ${table} has no key of its own`));
    }
    seen.add(key);
    const result = schema?.safeParse(row);
    if (result !== undefined && !result.success) {
      bad += 1;
      firstBad ??= invalidRecord(table, key, validationIssues(result.error));
    }
    good.push(row);
  }
  if (firstBad !== null) {
    const more = bad > 1 ? ` ${bad - 1} more records of ${table} fail the checks too.` : '';
    return err({ ...firstBad, message: `${firstBad.message}${more}` });
  }
  return ok(good);
}

function invalidRecord(
  table: string,
  key: string,
  issues: ReturnType<typeof validationIssues>,
): BackupError {
  const first = issues[0];
  const where = first && first.path !== '' ? ` (${first.path})` : '';
  return {
    code: 'INVALID_RECORD',
    message: `This backup cannot be restored: the record ${key} of ${table} fails the checks${where}: ${first?.message ?? 'it is not valid'} Nothing was changed.`,
    table,
    recordKey: key,
    issues,
  };
}
