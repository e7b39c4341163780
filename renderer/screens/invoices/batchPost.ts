import type { IsoDate } from '../../../shared/dates/isoDate';
import type { InvoicerDb, StoredDocument } from '../../data/db';
import { getDocument } from '../../data/documentsRepository';
import { postDocument } from '../../data/postDocument';
import { t } from '../../i18n/t';

/** What a batch post did: the invoices posted with their numbers, and those refused and why. */
export type BatchOutcome = {
  posted: { id: string; number: string; customerName: string; issueDate: IsoDate }[];
  refused: { id: string; name: string; issueDate: IsoDate; message: string }[];
};

/**
 * The order drafts are posted in, so their numbers follow it: issue date, then the order
 * they were created in (then id, so equal timestamps still give one order).
 */
export function postingOrder(a: StoredDocument, b: StoredDocument): number {
  return (
    a.issueDate.localeCompare(b.issueDate) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

function nameOf(doc: StoredDocument): string {
  return doc.number ?? t('invoices.batch.draftName', { customer: doc.customerName || '—' });
}

/**
 * Posts the selected invoices that are drafts, each in its own transaction (one refusal
 * leaves the others posted and itself a draft). Anything not a draft is reported, not posted.
 */
export async function postSelectedDrafts(
  db: InvoicerDb,
  ids: readonly string[],
  today: IsoDate,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { posted: [], refused: [] };
  const found = await Promise.all(ids.map((id) => getDocument(db, id)));
  const drafts: StoredDocument[] = [];
  for (const doc of found) {
    if (doc === null || doc.kind !== 'invoice') continue;
    if (doc.status === 'draft') drafts.push(doc);
    else
      outcome.refused.push({
        id: doc.id,
        name: nameOf(doc),
        issueDate: doc.issueDate,
        message: t('invoices.batch.notDraft'),
      });
  }
  drafts.sort(postingOrder);
  for (const draft of drafts) {
    const result = await postDocument(db, draft.id, { today });
    if (result.ok) {
      outcome.posted.push({
        id: draft.id,
        number: result.value.number ?? '',
        customerName: result.value.customerName,
        issueDate: result.value.issueDate,
      });
    } else {
      outcome.refused.push({
        id: draft.id,
        name: nameOf(draft),
        issueDate: draft.issueDate,
        message: result.error.message,
      });
    }
  }
  return outcome;
}
