import { z } from 'zod';
import { isSafeFileName } from './fileNames';
import { requestObject } from './requestFields';

// Backups (issue 6). The renderer owns the data and builds the backup's text; the main
// process owns the disk: the file the person picks, and the automatic backups in the
// user-data folder, rotated (daily and quit backups to the last N). A backup of a large
// database is tens or hundreds of megabytes, more than one message should carry, so it
// crosses in pieces: begin (where to), append (text, in order), finish (flushed and renamed
// into place) or abort. Reading an automatic backup back is by byte ranges for the same
// reason.

/** The file name extension of every backup. */
export const BACKUP_FILE_EXTENSION = '.invoicer-backup';

/** Why an automatic backup was written; part of its file name. */
export const AUTOMATIC_BACKUP_REASONS = ['daily', 'quit', 'beforeRestore', 'beforeErase'] as const;
export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

/** The most characters one backups.append carries (well inside the loopback API's limit). */
export const BACKUP_CHUNK_CHARS = 4 * 1024 * 1024;
/** The most bytes one backups.read returns. */
export const BACKUP_READ_BYTES = 4 * 1024 * 1024;
/** The largest backup the app writes or reads: far beyond 100,000 invoices. */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

/** How many automatic backups are kept unless the person chooses otherwise. */
export const DEFAULT_KEEP_BACKUPS = 14;
/** The range of that setting. */
export const MIN_KEEP_BACKUPS = 1;
export const MAX_KEEP_BACKUPS = 365;

// invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup: the instant (UTC, ':' and '.'
// replaced, since Windows forbids ':') sorts by name in the order the backups were made.
const AUTOMATIC_NAME =
  /^invoicer-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|quit|beforeRestore|beforeErase)\.invoicer-backup$/;

/** The name of an automatic backup made at `instant` (an ISO timestamp in UTC). */
export function automaticBackupName(instant: string, reason: AutomaticBackupReason): string {
  const stamp = instant.replace(/:/g, '-').replace('.', '-');
  return `invoicer-${stamp}-${reason}${BACKUP_FILE_EXTENSION}`;
}

/** The instant and reason of an automatic backup's name; null for any other name. */
export function parseAutomaticBackupName(
  name: string,
): { createdAt: string; reason: AutomaticBackupReason } | null {
  const match = AUTOMATIC_NAME.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, milli, reason] = match;
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${milli}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as AutomaticBackupReason };
}

const uploadIdField = z
  .string({ error: 'The backup being written must be named by its id.' })
  .regex(/^[0-9a-f]{24}$/, 'The id of the backup being written is not one the app gave out.');

const automaticNameField = z
  .string({ error: 'The backup name must be text.' })
  .max(200, 'The backup name is too long.')
  .refine(
    (name) => parseAutomaticBackupName(name) !== null,
    'Choose one of the automatic backups the app lists.',
  );

const backupFileNameField = z
  .string({ error: 'The file name must be text.' })
  .min(1, 'The file name is empty.')
  .max(255, 'The file name is too long.')
  // The length first: isSafeFileName takes long over very long text (fuzzed requests).
  .refine(
    (name) => name.length <= 255 && isSafeFileName(name),
    'The file name may not contain folders, \\ / : * ? " < > | or control characters, nor begin or end with a dot or a space.',
  )
  .refine(
    (name) => name.toLowerCase().endsWith(BACKUP_FILE_EXTENSION),
    `The file name must end in ${BACKUP_FILE_EXTENSION}.`,
  );

const keepLastField = z
  .int({ error: 'Say how many automatic backups to keep, as a whole number.' })
  .min(MIN_KEEP_BACKUPS, `Keep at least ${MIN_KEEP_BACKUPS} automatic backup.`)
  .max(MAX_KEEP_BACKUPS, `Keep at most ${MAX_KEEP_BACKUPS} automatic backups.`);

const pathReply = z.string().min(1).max(4096);
const namesReply = z.array(z.string().min(1).max(255)).max(10_000);

/** An automatic backup as Settings lists it. */
export const automaticBackupSchema = z.strictObject({
  name: z.string().min(1).max(255),
  createdAt: z.iso.datetime(),
  reason: z.enum(AUTOMATIC_BACKUP_REASONS),
  size: z.int().nonnegative(),
});
export type AutomaticBackup = z.output<typeof automaticBackupSchema>;

/** The calls of backups and restore. */
export const backupsContract = {
  /**
   * Starts a backup into a file the person picks: a save dialog opens with `suggestedName`
   * (in the browser preview it goes into the export folder without one).
   */
  'backups.beginFile': {
    request: requestObject('start a backup', { suggestedName: backupFileNameField }),
    reply: z.strictObject({ uploadId: uploadIdField, name: z.string().min(1).max(255) }),
  },
  /** Starts an automatic backup into the user-data folder. */
  'backups.beginAutomatic': {
    request: requestObject('start an automatic backup', {
      reason: z.enum(AUTOMATIC_BACKUP_REASONS, {
        error: 'Say why the automatic backup is made.',
      }),
    }),
    reply: z.strictObject({ uploadId: uploadIdField, name: z.string().min(1).max(255) }),
  },
  /** Adds the next piece of text to a backup being written. */
  'backups.append': {
    request: requestObject('write part of a backup', {
      uploadId: uploadIdField,
      text: z
        .string({ error: 'The backup text must be text.' })
        .min(1, 'The piece of backup text is empty.')
        .max(
          BACKUP_CHUNK_CHARS,
          'The piece of backup text is too long; send it in smaller pieces.',
        ),
    }),
    reply: z.strictObject({}),
  },
  /**
   * Completes a backup: flushed to disk and renamed into place, so a backup file is always
   * whole. An automatic one then rotates the folder: the last N daily and quit backups, the
   * last few taken before a restore or erase apart from them.
   */
  'backups.finish': {
    request: requestObject('finish a backup', { uploadId: uploadIdField }),
    reply: z.strictObject({
      name: z.string().min(1).max(255),
      path: pathReply,
      size: z.int().nonnegative(),
      deleted: namesReply,
    }),
  },
  /** Drops a backup being written; nothing of it stays on disk. */
  'backups.abort': {
    request: requestObject('cancel a backup', { uploadId: uploadIdField }),
    reply: z.strictObject({}),
  },
  /** The automatic backups, newest first, and how many are kept. */
  'backups.list': {
    request: requestObject('list the automatic backups', {}),
    reply: z.strictObject({
      folder: pathReply,
      keepLast: keepLastField,
      backups: z.array(automaticBackupSchema).max(10_000),
    }),
  },
  /** Bytes of an automatic backup from `offset` (at most BACKUP_READ_BYTES), as base64. */
  'backups.read': {
    request: requestObject('read an automatic backup', {
      name: automaticNameField,
      offset: z
        .int({ error: 'Say where to read from, as a whole number.' })
        .min(0, 'Read from the start of the file or later.')
        .max(MAX_BACKUP_BYTES, 'That is beyond the end of any backup.'),
    }),
    reply: z.strictObject({
      dataBase64: z.string().max(Math.ceil(BACKUP_READ_BYTES / 3) * 4),
      size: z.int().nonnegative(),
    }),
  },
  /** How many automatic backups to keep; older ones are deleted at once. */
  'backups.setKeepLast': {
    request: requestObject('change how many backups are kept', { keepLast: keepLastField }),
    reply: z.strictObject({ keepLast: keepLastField, deleted: namesReply }),
  },
} as const;
