import path from 'node:path';
import {
  BACKUP_READ_BYTES,
  DEFAULT_KEEP_BACKUPS,
  MAX_KEEP_BACKUPS,
  MIN_KEEP_BACKUPS,
  parseAutomaticBackupName,
  type AutomaticBackup,
  type AutomaticBackupReason,
} from '../../../shared/contract/backupsContract';
import { err, ok, type Result } from '../../../shared/result';
import { pathInside } from '../files/atomicWrite';
import { invalidFileRequest, type FileError } from '../files/fileErrors';
import type { SettingsStore } from '../settings/settingsStore';
import type { BackupFs } from './backupFs';

/** The settings keys the backup service owns. */
export type BackupSettings = {
  /** How many automatic backups to keep (DEFAULT_KEEP_BACKUPS when unset). */
  'backups.keepLast': number;
};

/** The stored "keep the last N", or the default when it is missing or not a valid count. */
export function keepLastOf(store: SettingsStore<BackupSettings>): number {
  let stored: unknown;
  try {
    stored = store.get('backups.keepLast');
  } catch {
    return DEFAULT_KEEP_BACKUPS;
  }
  return typeof stored === 'number' &&
    Number.isInteger(stored) &&
    stored >= MIN_KEEP_BACKUPS &&
    stored <= MAX_KEEP_BACKUPS
    ? stored
    : DEFAULT_KEEP_BACKUPS;
}

/**
 * The automatic backups in `folder`, newest first. Only files named as the app names them
 * count: anything else a person put there is neither listed nor ever deleted.
 */
export async function listAutomaticBackups(
  fs: BackupFs,
  folder: string,
): Promise<AutomaticBackup[]> {
  const backups: AutomaticBackup[] = [];
  for (const name of await fs.list(folder)) {
    const parsed = parseAutomaticBackupName(name);
    if (parsed === null) continue;
    const size = await fs.size(path.join(folder, name));
    if (size === null) continue;
    backups.push({ name, size, ...parsed });
  }
  // The name starts with the instant in a fixed-width form, so name order is time order.
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * How many of the backups made just before a restore or an erase are kept. They are the way
 * back from a wrong restore or erase, so they do not count against "keep the last N": with
 * N = 1, the next daily backup would otherwise delete the only copy of the data as it was.
 */
export const KEEP_SAFETY_BACKUPS = 5;

/** The backups made before replacing everything, rotated apart from the routine ones. */
const SAFETY_REASONS: readonly AutomaticBackupReason[] = ['beforeRestore', 'beforeErase'];

/**
 * Deletes the daily and at-quit backups beyond the newest `keep`, and the backups made before
 * a restore or an erase beyond the newest KEEP_SAFETY_BACKUPS; returns the names deleted.
 * One that cannot be deleted is left for the next rotation rather than failing the backup
 * that was just written.
 */
export async function rotateAutomaticBackups(
  fs: BackupFs,
  folder: string,
  keep: number,
  log: (message: string, error?: unknown) => void,
): Promise<string[]> {
  const all = await listAutomaticBackups(fs, folder);
  const isSafety = (backup: AutomaticBackup) => SAFETY_REASONS.includes(backup.reason);
  const expired = [
    ...all.filter((backup) => !isSafety(backup)).slice(keep),
    ...all.filter(isSafety).slice(KEEP_SAFETY_BACKUPS),
  ];
  const deleted: string[] = [];
  for (const old of expired) {
    try {
      await fs.unlink(path.join(folder, old.name));
      deleted.push(old.name);
    } catch (error) {
      log(`backups: ${old.name} could not be deleted`, error);
    }
  }
  return deleted;
}

/**
 * Up to BACKUP_READ_BYTES of the automatic backup `name` from `offset`, as base64, and the
 * file's size. Only a name the app gives its automatic backups is read, and only in `folder`.
 */
export async function readAutomaticBackup(
  fs: BackupFs,
  folder: string,
  name: string,
  offset: number,
): Promise<Result<{ dataBase64: string; size: number }, FileError>> {
  const file = parseAutomaticBackupName(name) === null ? null : pathInside(folder, name);
  if (file === null) {
    return err(invalidFileRequest('Choose one of the automatic backups the app lists.'));
  }
  try {
    const { bytes, size } = await fs.readRange(file, offset, BACKUP_READ_BYTES);
    return ok({ dataBase64: Buffer.from(bytes).toString('base64'), size });
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    return err({
      code: 'FILE_FAILED',
      message: missing
        ? `The backup ${name} is no longer there.`
        : `The backup ${name} could not be read.`,
    });
  }
}
