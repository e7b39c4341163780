import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../shared/dates/isoDate';
import type { StoredDocument } from '../../../../../renderer/data/db';
import { getDocument } from '../../../../../renderer/data/documentsRepository';
import { postDocument } from '../../../../../renderer/data/postDocument';
import {
  postingOrder,
  postSelectedDrafts,
} from '../../../../../renderer/screens/invoices/batchPost';
import {
  addCustomer,
  addDraft,
  freshDb,
  setUpCompany,
  TODAY,
  value,
} from '../../data/testDatabase';

function stored(id: string, issueDate: string, createdAt: string): StoredDocument {
  return { id, issueDate: isoDate(issueDate), createdAt } as StoredDocument;
}

describe('postingOrder', () => {
  it('posts by issue date, then in the order the drafts were made, then by id', () => {
    const drafts = [
      stored('d', '2026-03-10', '2026-03-01T09:00:00.000Z'),
      stored('c', '2026-03-01', '2026-03-05T09:00:00.000Z'),
      stored('b', '2026-03-01', '2026-03-02T09:00:00.000Z'),
      stored('a', '2026-03-01', '2026-03-05T09:00:00.000Z'),
    ];
    expect([...drafts].sort(postingOrder).map((doc) => doc.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('postSelectedDrafts', () => {
  async function book() {
    const db = freshDb();
    await setUpCompany(db);
    const acme = await addCustomer(db, 'Acme SARL');
    const zeta = await addCustomer(db, 'Zeta GmbH');
    return { db, acme, zeta };
  }

  it('posts the drafts in issue-date order, so their numbers follow the dates', async () => {
    const { db, acme, zeta } = await book();
    const later = await addDraft(db, acme.id, { issueDate: isoDate('2026-03-10') });
    const earlier = await addDraft(db, zeta.id, { issueDate: isoDate('2026-03-01') });
    const outcome = await postSelectedDrafts(db, [later.id, earlier.id], TODAY);
    expect(outcome).toEqual({
      posted: [
        {
          id: earlier.id,
          number: 'INV-2026-0001',
          customerName: 'Zeta GmbH',
          issueDate: '2026-03-01',
        },
        {
          id: later.id,
          number: 'INV-2026-0002',
          customerName: 'Acme SARL',
          issueDate: '2026-03-10',
        },
      ],
      refused: [],
    });
    expect((await getDocument(db, later.id))?.status).toBe('posted');
  });

  it('lists a refused draft with its reason and posts the others', async () => {
    const { db, acme } = await book();
    const empty = await addDraft(db, acme.id, { lines: [] });
    const good = await addDraft(db, acme.id);
    const outcome = await postSelectedDrafts(db, [empty.id, good.id], TODAY);
    expect(outcome.posted.map((entry) => entry.id)).toEqual([good.id]);
    expect(outcome.refused).toEqual([
      {
        id: empty.id,
        name: 'Draft for Acme SARL',
        issueDate: empty.issueDate,
        message: expect.stringContaining('Add at least one line before posting.'),
      },
    ]);
    expect((await getDocument(db, empty.id))?.status).toBe('draft');
  });

  it('reports an invoice that is already posted by its number and posts it no second time', async () => {
    const { db, acme } = await book();
    const draft = await addDraft(db, acme.id);
    value(await postDocument(db, draft.id, { today: TODAY }));
    const outcome = await postSelectedDrafts(db, [draft.id], TODAY);
    expect(outcome).toEqual({
      posted: [],
      refused: [
        {
          id: draft.id,
          name: 'INV-2026-0001',
          issueDate: draft.issueDate,
          message: 'Already posted; only drafts can be posted.',
        },
      ],
    });
  });

  it('skips ids that are no invoice: gone, or a quote', async () => {
    const { db, acme } = await book();
    const quote = await addDraft(db, acme.id, { kind: 'quote' });
    const outcome = await postSelectedDrafts(db, ['gone', quote.id], TODAY);
    expect(outcome).toEqual({ posted: [], refused: [] });
    expect((await getDocument(db, quote.id))?.status).toBe('draft');
  });
});
