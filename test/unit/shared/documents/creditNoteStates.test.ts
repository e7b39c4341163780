import { describe, expect, it } from 'vitest';
import {
  allowedCreditNoteActions,
  applyCreditNoteAction,
  CREDIT_NOTE_ACTIONS,
  CREDIT_NOTE_STATUS_LABELS,
} from '../../../../shared/documents/creditNoteStates';

describe('credit note transitions', () => {
  it.each([
    ['post', 'posted'],
    ['edit', 'draft'],
    ['delete', 'draft'],
  ] as const)('a draft credit note may %s, giving %s', (action, next) => {
    expect(applyCreditNoteAction('draft', action)).toEqual({ ok: true, value: next });
  });

  it.each(CREDIT_NOTE_ACTIONS)('a posted credit note may not %s', (action) => {
    const result = applyCreditNoteAction('posted', action);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: 'posted', action });
    expect(result.error.message.length).toBeGreaterThan(20);
  });

  it('explains why a posted credit note cannot be changed', () => {
    const result = applyCreditNoteAction('posted', 'edit');
    expect(!result.ok && result.error.message).toBe(
      'A posted credit note cannot be changed; it stays on record as it was posted.',
    );
  });

  it('lists the allowed actions per status', () => {
    expect(allowedCreditNoteActions('draft')).toEqual(['post', 'edit', 'delete']);
    expect(allowedCreditNoteActions('posted')).toEqual([]);
  });

  it('has an English label for every status', () => {
    expect(CREDIT_NOTE_STATUS_LABELS).toEqual({ draft: 'Draft', posted: 'Posted' });
  });
});
