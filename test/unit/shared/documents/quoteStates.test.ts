import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import {
  allowedQuoteActions,
  applyQuoteAction,
  isQuoteExpired,
  QUOTE_ACTIONS,
  QUOTE_STATUS_LABELS,
  QUOTE_STATUSES,
  type QuoteAction,
  type QuoteStatus,
} from '../../../../shared/documents/quoteStates';

// The whole machine written out by hand: status → action → next status. Absent = refused.
const LEGAL: Record<QuoteStatus, Partial<Record<QuoteAction, QuoteStatus>>> = {
  draft: { send: 'sent' },
  sent: { accept: 'accepted', decline: 'declined', expire: 'expired' },
  accepted: { convert: 'invoiced' },
  declined: {},
  expired: {},
  invoiced: { reopen: 'accepted' },
};

// Actions a person chooses; 'reopen' follows from deleting the converted draft invoice.
const CHOSEN: Record<QuoteStatus, QuoteAction[]> = {
  draft: ['send'],
  sent: ['accept', 'decline', 'expire'],
  accepted: ['convert'],
  declined: [],
  expired: [],
  invoiced: [],
};

const pairs = QUOTE_STATUSES.flatMap((status) =>
  QUOTE_ACTIONS.map((action) => [status, action] as const),
);
const legal = pairs.filter(([status, action]) => LEGAL[status][action] !== undefined);
const illegal = pairs.filter(([status, action]) => LEGAL[status][action] === undefined);

describe('quote transitions', () => {
  it('covers every status and action pair: 6 legal, 30 refused', () => {
    expect(pairs).toHaveLength(36);
    expect(legal).toHaveLength(6);
    expect(illegal).toHaveLength(30);
  });

  it.each(legal)('%s quote may %s', (status, action) => {
    expect(applyQuoteAction(status, action)).toEqual({ ok: true, value: LEGAL[status][action] });
  });

  it.each(illegal)('%s quote may not %s', (status, action) => {
    const result = applyQuoteAction(status, action);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'ILLEGAL_TRANSITION', from: status, action });
    expect(result.error.message).toMatch(/^Only an? \w+ quote can .+; this quote is .+\.$/);
  });

  it('explains a refused conversion', () => {
    const result = applyQuoteAction('sent', 'convert');
    expect(!result.ok && result.error.message).toBe(
      'Only an accepted quote can be turned into an invoice; this quote is sent.',
    );
  });

  it('explains that an invoiced quote cannot be sent again', () => {
    const result = applyQuoteAction('invoiced', 'send');
    expect(!result.ok && result.error.message).toBe(
      'Only a draft quote can be sent; this quote is already invoiced.',
    );
  });

  it('an invoiced quote goes back to accepted when its draft invoice is deleted', () => {
    expect(applyQuoteAction('invoiced', 'reopen')).toEqual({ ok: true, value: 'accepted' });
    const result = applyQuoteAction('accepted', 'reopen');
    expect(!result.ok && result.error.message).toBe(
      'Only an invoiced quote can go back to accepted; this quote is accepted.',
    );
  });

  it.each(QUOTE_STATUSES)(
    'offers a person exactly the legal actions of a %s quote, never reopen',
    (status) => {
      expect(allowedQuoteActions(status)).toEqual(CHOSEN[status]);
      expect(
        CHOSEN[status].every((action) => LEGAL[status][action] !== undefined),
        'every offered action is legal',
      ).toBe(true);
    },
  );
});

describe('quote expiry', () => {
  const validUntil = isoDate('2026-03-31');

  it('a sent quote is still valid on its last day', () => {
    expect(isQuoteExpired({ status: 'sent', validUntil }, isoDate('2026-03-31'))).toBe(false);
  });

  it('a sent quote is expired the day after its validity date', () => {
    expect(isQuoteExpired({ status: 'sent', validUntil }, isoDate('2026-04-01'))).toBe(true);
  });

  it('a quote without a validity date never expires', () => {
    expect(isQuoteExpired({ status: 'sent', validUntil: null }, isoDate('2099-01-01'))).toBe(false);
  });

  it.each(QUOTE_STATUSES.filter((status) => status !== 'sent'))(
    'a %s quote is not counted as expired by date',
    (status) => {
      expect(isQuoteExpired({ status, validUntil }, isoDate('2027-01-01'))).toBe(false);
    },
  );
});

describe('quote status labels', () => {
  it('has an English label for every status', () => {
    expect(QUOTE_STATUS_LABELS).toEqual({
      draft: 'Draft',
      sent: 'Sent',
      accepted: 'Accepted',
      declined: 'Declined',
      expired: 'Expired',
      invoiced: 'Invoiced',
    });
  });
});
