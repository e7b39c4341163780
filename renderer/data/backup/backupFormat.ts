import { z } from 'zod';
import { AUTOMATIC_BACKUP_REASONS } from '../../../shared/contract/backupsContract';
import { err, ok, type Result } from '../../../shared/result';
import { timestampField } from '../../../shared/schemas/fields';
import { sha256Hex } from '../audit/sha256';
import type { BackupError } from './backupErrors';

// The backup file (issue 6): one line of header, a line break, then the data part, which is
// dexie-export-import's JSON of the whole database as it wrote it.
//
//   {"format":"invoicer-backup","formatVersion":1,"appVersion":"0.1.0","schemaVersion":2,…}
//   {"formatName":"dexie","formatVersion":1,"data":{"databaseName":"invoicer",…}}
//
// The header is read without parsing the (possibly large) data part, so the app can say
// "newer version" or "not a backup" at once. Its checksum is the SHA-256 of the data part's
// UTF-8 bytes: a truncated file, a file edited by hand or corrupted on a disk does not match.
// Synchronous (the audit chain's sha256Hex, @noble/hashes), so the checks stay plain
// functions a test calls directly.

/** The `format` of every Invoicer backup header: what tells our file from any other JSON. */
export const BACKUP_FORMAT = 'invoicer-backup';
/** The layout of header and data this app writes and reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** Why a backup was written; automatic backups carry it in their file name too. */
export const BACKUP_REASONS = ['manual', ...AUTOMATIC_BACKUP_REASONS] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** The first line of a backup file. */
export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().positive(),
  appVersion: z.string().min(1).max(100),
  /** The Dexie version of the database the data part was exported from. */
  schemaVersion: z.int().positive(),
  createdAt: timestampField('The time of the backup'),
  reason: z.enum(BACKUP_REASONS),
  /** Rows per table, checked against the data part (and shown before a restore). */
  counts: z.record(z.string().regex(TABLE_NAME), z.int().nonnegative()),
  checksum: z.strictObject({
    algorithm: z.literal('SHA-256'),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type BackupHeader = z.output<typeof backupHeaderSchema>;

/** The header line of a backup file, with its line break, for a data part of `checksum`. */
export function backupHeaderLine(
  header: Omit<BackupHeader, 'checksum' | 'format' | 'formatVersion'>,
  checksum: string,
): string {
  const full: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...header,
    checksum: { algorithm: 'SHA-256', value: checksum },
  };
  // JSON.stringify escapes line breaks inside strings, so the header is always one line.
  return `${JSON.stringify(full)}\n`;
}

/** The whole backup file as text: the header line and the data part. */
export function composeBackupText(
  header: Omit<BackupHeader, 'checksum' | 'format' | 'formatVersion'>,
  data: string,
): string {
  return `${backupHeaderLine(header, sha256Hex(data))}${data}`;
}

const NOT_A_BACKUP: BackupError = {
  code: 'NOT_A_BACKUP',
  message:
    'This file is not an Invoicer backup. Choose a file whose name ends in .invoicer-backup; nothing was changed.',
};

/** A backup file split into its checked header and its (not yet parsed) data part. */
export type SplitBackup = { header: BackupHeader; data: string };

/**
 * Reads the header line and checks it, the format version and the checksum of the rest.
 * Refuses anything that is not an Invoicer backup, a backup of a newer format, and a file
 * whose data part is not exactly what was written (truncated, edited, corrupted).
 */
export function splitBackupText(text: string): Result<SplitBackup, BackupError> {
  const end = text.indexOf('\n');
  if (end < 0 || !text.startsWith('{')) return err(NOT_A_BACKUP);
  let raw: unknown;
  try {
    raw = JSON.parse(text.slice(0, end));
  } catch {
    return err(NOT_A_BACKUP);
  }
  if ((raw as { format?: unknown } | null)?.format !== BACKUP_FORMAT) return err(NOT_A_BACKUP);
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    // Our own format, but a header we cannot read: newer format first, else damaged.
    const version = (raw as { formatVersion?: unknown }).formatVersion;
    if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) return err(newerFormat());
    return err(damaged('its header is incomplete'));
  }
  const header = parsed.data;
  if (header.formatVersion > BACKUP_FORMAT_VERSION) return err(newerFormat());
  const data = text.slice(end + 1);
  if (sha256Hex(data) !== header.checksum.value) {
    return err(damaged('its checksum does not match: the file is incomplete or was changed'));
  }
  return ok({ header, data });
}

/** The refusal of a backup file that is ours but not intact. */
export function damaged(why: string): BackupError {
  return {
    code: 'DAMAGED',
    message: `This backup cannot be restored because ${why}. Nothing was changed; choose another backup.`,
  };
}

function newerFormat(): BackupError {
  return {
    code: 'NEWER_VERSION',
    message:
      'This backup was made by a newer version of Invoicer. Update Invoicer, then restore it; nothing was changed.',
  };
}
