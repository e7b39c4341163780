import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { nowIso } from '../clock';
import { backupHeaderLine, type BackupReason } from './backupFormat';

// The data part stays the Blob dexie-export-import made, and is hashed and sent in slices:
// a large database (the design's 100,000 invoices are some 400 MB of JSON) would otherwise be
// held as several copies of one huge string, near V8's limit on string length.

/** Bytes of the data part read at a time, for hashing and for sending. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** A backup ready to be written: its header line, its data part, and what the header says. */
export type BuiltBackup = {
  /** The first line of the file, with its line break. */
  header: string;
  /** The data part: dexie-export-import's JSON, UTF-8. */
  data: Blob;
  /** The SHA-256 of the data part, as in the header. */
  checksum: string;
  createdAt: string;
  counts: Record<string, number>;
};

/**
 * Drops `undefined` (an optional field a repository set to undefined): JSON has no such value,
 * and dexie-export-import would otherwise encode it with Typeson's `$types` marks. With it
 * gone, every row of the data part is plain JSON that the restore checks and writes as it is;
 * a missing optional field and an undefined one are the same record to every schema.
 */
function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

async function* byteSlices(blob: Blob): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < blob.size; start += SLICE_BYTES) {
    yield new Uint8Array(await blob.slice(start, start + SLICE_BYTES).arrayBuffer());
  }
}

/** The SHA-256 of a Blob's bytes, read slice by slice. */
export async function blobSha256Hex(blob: Blob): Promise<string> {
  const hash = sha256.create();
  for await (const bytes of byteSlices(blob)) hash.update(bytes);
  return bytesToHex(hash.digest());
}

/**
 * The whole database as one backup: every table of the current schema (business settings
 * with the logo, mailing settings and templates, customers, products, documents, payments,
 * journal, send history, audit chain …) exported by dexie-export-import in one read
 * transaction, so the file is one consistent moment, and the header line before it.
 */
export async function createBackup(
  db: Dexie,
  options: { appVersion: string; reason: BackupReason },
): Promise<BuiltBackup> {
  const createdAt = nowIso();
  const counts: Record<string, number> = {};
  // exportDB reads everything inside one transaction unless told otherwise; the counts are
  // taken from what it wrote, in the same pass, so they always describe the data part.
  const data = await exportDB(db, {
    prettyJson: false,
    transform: (table, value: unknown) => {
      counts[table] = (counts[table] ?? 0) + 1;
      return { value: plainJson(value) };
    },
  });
  for (const table of db.tables) counts[table.name] ??= 0;
  const checksum = await blobSha256Hex(data);
  // exportDB opened the database, so verno is the version the data part was read from.
  const header = backupHeaderLine(
    {
      appVersion: options.appVersion,
      schemaVersion: db.verno,
      createdAt,
      reason: options.reason,
      counts,
    },
    checksum,
  );
  return { header, data, checksum, createdAt, counts };
}

/** The text of a backup file, whole (tests, and small databases). */
export async function backupText(backup: BuiltBackup): Promise<string> {
  return `${backup.header}${await backup.data.text()}`;
}

/**
 * The text of a backup file in pieces of at most `maxChars`, in order: the header, then the
 * data part decoded slice by slice (a UTF-8 character cut by a slice boundary is completed
 * by the next slice, never broken). Never holds the whole file as one string.
 */
export async function* backupPieces(backup: BuiltBackup, maxChars: number): AsyncGenerator<string> {
  yield backup.header;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // n bytes decode to at most n characters, plus one for a character begun in the slice
  // before (at most 3 bytes carried over): 4 below the limit is always within it.
  const sliceBytes = Math.max(1, Math.min(SLICE_BYTES, maxChars - 4));
  for (let start = 0; start < backup.data.size; start += sliceBytes) {
    const bytes = await backup.data.slice(start, start + sliceBytes).arrayBuffer();
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
