import { ok, type Result } from '../result';
import { illegalTransition, type IllegalTransition } from './transitionError';

export const CREDIT_NOTE_STATUSES = ['draft', 'posted'] as const;
export type CreditNoteStatus = (typeof CREDIT_NOTE_STATUSES)[number];

export const CREDIT_NOTE_ACTIONS = ['post', 'edit', 'delete'] as const;
export type CreditNoteAction = (typeof CREDIT_NOTE_ACTIONS)[number];

export type CreditNoteTransitionError = IllegalTransition<CreditNoteStatus, CreditNoteAction>;

/** The English name of each status, as the credit note list shows it. */
export const CREDIT_NOTE_STATUS_LABELS: Readonly<Record<CreditNoteStatus, string>> = {
  draft: 'Draft',
  posted: 'Posted',
};

const REFUSALS: Readonly<Record<CreditNoteAction, string>> = {
  post: 'This credit note is already posted; a posted document is never posted again.',
  edit: 'A posted credit note cannot be changed; it stays on record as it was posted.',
  delete: 'A posted credit note cannot be deleted; it stays on record as it was posted.',
};

/**
 * The status a credit note moves to under an action, or why it cannot. Every action needs
 * a draft: post makes it 'posted'; edit and delete are permission checks that leave a
 * draft a draft (the caller changes or removes the record).
 */
export function applyCreditNoteAction(
  status: CreditNoteStatus,
  action: CreditNoteAction,
): Result<CreditNoteStatus, CreditNoteTransitionError> {
  if (status !== 'draft') return illegalTransition(status, action, REFUSALS[action]);
  return ok(action === 'post' ? 'posted' : 'draft');
}

/** The actions a credit note in this status allows. */
export function allowedCreditNoteActions(status: CreditNoteStatus): CreditNoteAction[] {
  return status === 'draft' ? [...CREDIT_NOTE_ACTIONS] : [];
}
