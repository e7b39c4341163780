import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_BATCH_FILES } from '../../../../../shared/contract/filesContract';
import type { RequestInputOf } from '../../../../../shared/contract/contract';
import { err, ok } from '../../../../../shared/result';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { sendHistory } from '../../../../../renderer/data/sendLog';
import { getSettings } from '../../../../../renderer/data/settingsRepository';
import {
  exportDocuments,
  type BatchExportProgress,
} from '../../../../../renderer/screens/documents/batchExportDocuments';
import {
  addCustomer,
  addDraft,
  freshDb,
  setUpCompany,
  TODAY,
  value,
} from '../../data/testDatabase';

type BatchRequest = RequestInputOf<'files.exportBatch'>;

let db: InvoicerDb;
let posted: StoredDocument[];
let draft: StoredDocument;

/** A PDF stand-in: '%PDF-' and the document's number, so a file can be told apart. */
async function makePdf(input: { document: { number: string | null } }) {
  return new TextEncoder().encode(`%PDF-1.7 ${input.document.number}`);
}

/** files.exportBatch as the main process answers it, writing nothing; the folder is fixed. */
function fakeExport(calls: BatchRequest[], failOnCall?: number) {
  return async (request: BatchRequest) => {
    calls.push(request);
    if (failOnCall === calls.length) {
      return err({ code: 'DISK_FULL' as const, message: 'The disk is full.' });
    }
    return ok({
      folder: '/exports',
      written: request.files.map((file) => ({ name: file.name, path: `/exports/${file.name}` })),
    });
  };
}

beforeEach(async () => {
  db = freshDb();
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Acme SARL');
  posted = [];
  for (let index = 0; index < 3; index += 1) {
    const made = await addDraft(db, customer.id);
    posted.push(value(await postDocument(db, made.id, { today: TODAY })));
  }
  draft = await addDraft(db, customer.id);
});

describe('batch export of PDFs', () => {
  it('writes every posted document in number order, skips drafts, and records each file', async () => {
    const calls: BatchRequest[] = [];
    const progress: BatchExportProgress[] = [];
    const settings = (await getSettings(db))!;
    const ids = [posted[2]!.id, draft.id, posted[0]!.id, posted[1]!.id, 'gone'];
    const summary = await exportDocuments(db, ids, settings, {
      makePdf,
      exportBatch: fakeExport(calls),
      onProgress: (step) => progress.push(step),
    });
    expect(summary.error).toBeNull();
    expect(summary.folder).toBe('/exports');
    expect(summary.written.map((file) => file.name)).toEqual(
      posted.map((doc) => `${doc.number} Acme SARL.pdf`),
    );
    expect(summary.skipped.map((item) => item.reason).sort()).toEqual(['draft', 'missing']);
    expect(calls).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 3, total: 3 });
    for (const doc of posted) {
      const [entry] = await sendHistory(db, doc.id);
      expect(entry).toMatchObject({
        channel: 'pdf',
        outcome: 'sent',
        target: `/exports/${doc.number} Acme SARL.pdf`,
      });
    }
    expect(await sendHistory(db, draft.id)).toEqual([]);
  });

  it('a failure part-way keeps and records what earlier chunks wrote, and says why it stopped', async () => {
    const customer = posted[0]!.customerId;
    for (let index = 0; index < MAX_BATCH_FILES; index += 1) {
      const made = await addDraft(db, customer);
      value(await postDocument(db, made.id, { today: TODAY }));
    }
    const all = (await db.documents.toArray()).filter((doc) => doc.status !== 'draft');
    const calls: BatchRequest[] = [];
    const summary = await exportDocuments(
      db,
      all.map((doc) => doc.id),
      (await getSettings(db))!,
      { makePdf, exportBatch: fakeExport(calls, 2) },
    );
    expect(calls).toHaveLength(2);
    expect(calls[1]?.folderHint).toBe('/exports');
    expect(summary.error?.code).toBe('DISK_FULL');
    expect(summary.written).toHaveLength(MAX_BATCH_FILES);
    expect(await db.sendLog.count()).toBe(MAX_BATCH_FILES);
  });

  it('a closed folder dialog writes and records nothing', async () => {
    const summary = await exportDocuments(db, [posted[0]!.id], (await getSettings(db))!, {
      makePdf,
      exportBatch: async () => err({ code: 'CANCELLED', message: 'Cancelled.' }),
    });
    expect(summary).toMatchObject({ folder: null, written: [], error: { code: 'CANCELLED' } });
    expect(await db.sendLog.count()).toBe(0);
  });
});
