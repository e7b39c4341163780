import Dexie from 'dexie';
import type { IpcError } from '../../shared/contract/ipcError';
import { nowIsoAfter } from './clock';
import { validate, type DataResult } from './dataError';
import type { InvoicerDb } from './db';
import { newId } from './ids';
import {
  sendLogEntrySchema,
  type SendAttempt,
  type SendChannel,
  type SendLogEntry,
} from './sendLogSchema';

// The send history of documents (DESIGN §4): every export, print and e-mail, successful or
// not, appended and never changed. The document itself is not touched, so a posted record
// stays exactly as posted and sending needs no write to the books.

/** The longest text kept of a failure's message: enough for any sentence the app writes. */
const MAX_MESSAGE = 4000;

async function latestAt(db: InvoicerDb, documentId: string): Promise<string | undefined> {
  const last = await db.sendLog
    .where('[documentId+at]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .last();
  return last?.at;
}

/**
 * Appends one attempt to a document's history, stamped with the current time (always later
 * than the document's last entry, so the history keeps the order things happened in).
 */
export async function recordSend(
  db: InvoicerDb,
  attempt: SendAttempt,
): Promise<DataResult<SendLogEntry>> {
  return db.transaction('rw', db.sendLog, async () => {
    const checked = validate(sendLogEntrySchema, {
      ...attempt,
      ...(attempt.message === undefined ? {} : { message: attempt.message.slice(0, MAX_MESSAGE) }),
      id: newId(),
      at: nowIsoAfter(await latestAt(db, attempt.documentId)),
    });
    if (checked.ok) await db.sendLog.add(checked.value);
    return checked;
  });
}

/** Records a failed attempt with the error the main process answered. */
export function recordFailedSend(
  db: InvoicerDb,
  documentId: string,
  channel: SendChannel,
  target: string,
  error: IpcError,
): Promise<DataResult<SendLogEntry>> {
  return recordSend(db, {
    documentId,
    channel,
    target,
    outcome: 'failed',
    errorCode: error.code,
    message: error.message,
  });
}

/** A document's history, newest first. */
export function sendHistory(db: InvoicerDb, documentId: string): Promise<SendLogEntry[]> {
  return db.sendLog
    .where('[documentId+at]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** The latest successful send of a document (of one channel, if given), or null: unsent. */
export async function lastSuccessfulSend(
  db: InvoicerDb,
  documentId: string,
  channel?: SendChannel,
): Promise<SendLogEntry | null> {
  const history = await sendHistory(db, documentId);
  return (
    history.find(
      (entry) => entry.outcome === 'sent' && (channel === undefined || entry.channel === channel),
    ) ?? null
  );
}
