import { err, ok, type Result } from '../../../shared/result';
import type { InvoicerDb } from '../db';
import type { BackupError } from './backupErrors';
import { writeAutomaticBackup } from './backupTransfer';
import {
  applyCheckedBackup,
  eraseAllData,
  type CheckedRestore,
  type RestoreSummary,
} from './restoreBackup';

// Restore and erase replace everything; before either, the data as it is goes into an
// automatic backup (issue 6), so a wrong click can be undone by restoring that one. If that
// backup cannot be written, neither goes ahead.

async function safetyBackup(
  db: InvoicerDb,
  reason: 'beforeRestore' | 'beforeErase',
): Promise<Result<null, BackupError>> {
  const written = await writeAutomaticBackup(db, reason);
  if (written.ok) return ok(null);
  return err({
    code: 'FILE_FAILED',
    message: `Nothing was changed: a backup of the current data could not be saved first (${written.error.message})`,
  });
}

/** Backs up the current data automatically, then replaces it with a checked backup. */
export async function restoreWithSafetyBackup(
  db: InvoicerDb,
  checked: CheckedRestore,
): Promise<Result<RestoreSummary, BackupError>> {
  const safety = await safetyBackup(db, 'beforeRestore');
  if (!safety.ok) return safety;
  return applyCheckedBackup(db, checked);
}

/** Backs up the current data automatically, then deletes every record (Erase all data). */
export async function eraseWithSafetyBackup(db: InvoicerDb): Promise<Result<null, BackupError>> {
  const safety = await safetyBackup(db, 'beforeErase');
  if (!safety.ok) return safety;
  try {
    await eraseAllData(db);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ code: 'RESTORE_FAILED', message: `Nothing was erased: ${detail}` });
  }
  return ok(null);
}
