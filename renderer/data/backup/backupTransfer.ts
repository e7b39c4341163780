import {
  BACKUP_CHUNK_CHARS,
  type AutomaticBackupReason,
} from '../../../shared/contract/backupsContract';
import type { IpcError } from '../../../shared/contract/ipcError';
import { err, ok, type Result } from '../../../shared/result';
import { call } from '../../platform/invoicerApi';
import type { InvoicerDb } from '../db';
import { backupHeaderSchema } from './backupFormat';
import { backupPieces, createBackup, type BuiltBackup } from './createBackup';

// Moving backups between the renderer, which builds and checks them, and the main process,
// which writes and reads the files (shared/contract/backupsContract.ts). Every write goes
// begin → append… → finish, and is aborted on any failure, so no half file stays behind. The
// pieces are cut from the backup's bytes and decoded as UTF-8 in a stream, so no character
// is ever split between two pieces (half an emoji would become U+FFFD and break the checksum).

/** A backup written: where, how large, which old automatic backups rotation deleted. */
export type WrittenBackup = { name: string; path: string; size: number; deleted: string[] };

/** The app's version for the backup header; 'unknown' without the main process. */
export async function appVersion(): Promise<string> {
  const info = await call('app.info', {});
  return info.ok ? info.value.version : 'unknown';
}

async function upload(
  uploadId: string,
  backup: BuiltBackup,
): Promise<Result<WrittenBackup, IpcError>> {
  for await (const piece of backupPieces(backup, BACKUP_CHUNK_CHARS)) {
    const sent = await call('backups.append', { uploadId, text: piece });
    if (!sent.ok) {
      await call('backups.abort', { uploadId });
      return sent;
    }
  }
  return call('backups.finish', { uploadId });
}

/**
 * "Back up now": the whole database into a file the person picks (the export folder in the
 * browser preview). CANCELLED when they close the dialog.
 */
export async function backUpToFile(
  db: InvoicerDb,
  suggestedName: string,
): Promise<Result<WrittenBackup, IpcError>> {
  const begun = await call('backups.beginFile', { suggestedName });
  if (!begun.ok) return begun;
  try {
    const backup = await createBackup(db, { appVersion: await appVersion(), reason: 'manual' });
    return await upload(begun.value.uploadId, backup);
  } catch (error) {
    await call('backups.abort', { uploadId: begun.value.uploadId });
    throw error;
  }
}

/** The checksum in the header of the newest automatic backup, or null. */
async function newestChecksum(): Promise<string | null> {
  const listed = await call('backups.list', {});
  const newest = listed.ok ? listed.value.backups[0] : undefined;
  if (newest === undefined) return null;
  const first = await call('backups.read', { name: newest.name, offset: 0 });
  if (!first.ok) return null;
  const text = new TextDecoder().decode(base64Bytes(first.value.dataBase64));
  const line = text.slice(0, Math.max(0, text.indexOf('\n')));
  try {
    const header = backupHeaderSchema.safeParse(JSON.parse(line));
    return header.success ? header.data.checksum.value : null;
  } catch {
    return null;
  }
}

/** What an automatic backup did: written, or skipped because nothing would be gained. */
export type AutomaticOutcome = { kind: 'written'; backup: WrittenBackup } | { kind: 'skipped' };

/**
 * An automatic backup into the user-data folder. Skipped, writing nothing, when the database
 * is empty or holds exactly what the newest automatic backup holds: otherwise quitting ten
 * times a day would rotate the older, different backups away.
 */
export async function writeAutomaticBackup(
  db: InvoicerDb,
  reason: AutomaticBackupReason,
): Promise<Result<AutomaticOutcome, IpcError>> {
  // Begun first: at quit the main process waits for this backup's end, which it learns of
  // from finish or abort, so even a skipped one must have been begun.
  const begun = await call('backups.beginAutomatic', { reason });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value;
  try {
    const backup = await createBackup(db, { appVersion: await appVersion(), reason });
    const empty = Object.values(backup.counts).every((count) => count === 0);
    if (empty || backup.checksum === (await newestChecksum())) {
      await call('backups.abort', { uploadId });
      return ok({ kind: 'skipped' });
    }
    const written = await upload(uploadId, backup);
    return written.ok ? ok({ kind: 'written', backup: written.value }) : written;
  } catch (error) {
    await call('backups.abort', { uploadId });
    const message = error instanceof Error ? error.message : String(error);
    return err({ code: 'INTERNAL', message: `The backup could not be made: ${message}` });
  }
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The text of an automatic backup, read in pieces; FILE_FAILED when it is not UTF-8 text. */
export async function readAutomaticBackup(name: string): Promise<Result<string, IpcError>> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const piece = await call('backups.read', { name, offset });
    if (!piece.ok) return piece;
    const bytes = base64Bytes(piece.value.dataBase64);
    parts.push(bytes);
    offset += bytes.length;
    if (bytes.length === 0 || offset >= piece.value.size) break;
  }
  const all = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(all));
  } catch {
    return err({
      code: 'FILE_FAILED',
      message: `The backup ${name} is not a readable backup file.`,
    });
  }
}
