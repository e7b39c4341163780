import type { FieldIssue } from '../../../shared/schemas/validationIssues';

/** What a screen can do about a backup or restore that did not happen. */
export type BackupErrorCode =
  /** Not our file at all: other JSON, a PDF, an empty file. */
  | 'NOT_A_BACKUP'
  /** Our file, but truncated, edited or corrupted (checksum, structure, counts). */
  | 'DAMAGED'
  /** Written by a newer Invoicer (file format or database version). */
  | 'NEWER_VERSION'
  /** Intact, but a record fails the checks the app applies to every record it stores. */
  | 'INVALID_RECORD'
  /** The main process could not write or read the file, or refused to. */
  | 'FILE_FAILED'
  /** The database refused the change; it was rolled back. */
  | 'RESTORE_FAILED';

/**
 * A refusal with a sentence for the person; for an invalid record, which table and record
 * and the schema's messages, so the person (or support) can find it.
 */
export type BackupError = {
  code: BackupErrorCode;
  message: string;
  table?: string;
  recordKey?: string;
  issues?: FieldIssue[];
};
