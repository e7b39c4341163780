import './browserGlobals';
import Dexie from 'dexie';
import { expect } from 'vitest';
import {
  composeBackupText,
  splitBackupText,
  type BackupHeader,
} from '../../../../../renderer/data/backup/backupFormat';
import { backupText, createBackup } from '../../../../../renderer/data/backup/createBackup';
import { restoreBackup } from '../../../../../renderer/data/backup/restoreBackup';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { freshDb } from '../testDatabase';
import { everything, seedBooks } from './backupFixtures';

// Shared by the restore tests: restoreBackup, restoreRefusals and restoreAuditChain.

export async function seeded(): Promise<InvoicerDb> {
  const db = freshDb();
  await seedBooks(db);
  return db;
}

export async function backupOf(db: Dexie) {
  return backupText(await createBackup(db, { appVersion: '0.1.0', reason: 'manual' }));
}

/** The backup with its data part changed by `edit`, re-signed so only the change counts. */
export function edited(
  text: string,
  edit: (data: {
    data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
  }) => void,
  header: Partial<BackupHeader> = {},
) {
  const split = splitBackupText(text);
  if (!split.ok) throw new Error(split.error.message);
  const data = JSON.parse(split.value.data) as Parameters<typeof edit>[0];
  edit(data);
  const {
    checksum: _checksum,
    format: _format,
    formatVersion: _version,
    ...rest
  } = split.value.header;
  return composeBackupText({ ...rest, ...header }, JSON.stringify(data));
}

export function rowsOf(data: Parameters<Parameters<typeof edited>[1]>[0], table: string) {
  const found = data.data.data.find((entry) => entry.tableName === table);
  if (!found) throw new Error(`no table ${table}`);
  return found.rows;
}

export async function expectRefusedUnchanged(text: string, code: string, message: RegExp) {
  const db = await seeded();
  const before = JSON.stringify(await everything(db));
  const result = await restoreBackup(db, text);
  if (result.ok) throw new Error('the backup was restored');
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.message).toMatch(/nothing was changed|as it was/i);
  expect(JSON.stringify(await everything(db))).toBe(before);
  return result.error;
}

/** Drops the last audit record of the data part and its counts: a record deleted from the end. */
export function withoutLastAuditRecord(text: string): string {
  const counts = { ...(JSON.parse(text.slice(0, text.indexOf('\n'))) as BackupHeader).counts };
  counts.audit = counts.audit! - 1;
  return edited(
    text,
    (data) => {
      rowsOf(data, 'audit').pop();
      (data.data as unknown as { tables: { name: string; rowCount: number }[] }).tables.find(
        (table) => table.name === 'audit',
      )!.rowCount -= 1;
    },
    { counts },
  );
}
