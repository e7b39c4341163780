import type { IsoDate } from '../dates/isoDate';
import { ok, type Result } from '../result';
import { illegalTransition, type IllegalTransition } from './transitionError';

export const QUOTE_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'expired',
  'invoiced',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/**
 * What can happen to a quote. 'reopen' undoes a conversion whose draft invoice was deleted
 * before it was posted; the data layer takes it with that deletion, no person chooses it.
 */
export const QUOTE_ACTIONS = ['send', 'accept', 'decline', 'expire', 'convert', 'reopen'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/** The actions a person chooses (the buttons of a quote); the others follow from other acts. */
const CHOSEN_ACTIONS: readonly QuoteAction[] = ['send', 'accept', 'decline', 'expire', 'convert'];

export type QuoteTransitionError = IllegalTransition<QuoteStatus, QuoteAction>;

/** The English name of each status, as the quote list shows it. */
export const QUOTE_STATUS_LABELS: Readonly<Record<QuoteStatus, string>> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
  invoiced: 'Invoiced',
};

// Every action has exactly one state it starts from, which keeps the machine a table.
const TRANSITIONS: Readonly<
  Record<QuoteAction, { from: QuoteStatus; to: QuoteStatus; rule: string }>
> = {
  send: { from: 'draft', to: 'sent', rule: 'Only a draft quote can be sent' },
  accept: { from: 'sent', to: 'accepted', rule: 'Only a sent quote can be accepted' },
  decline: { from: 'sent', to: 'declined', rule: 'Only a sent quote can be declined' },
  expire: { from: 'sent', to: 'expired', rule: 'Only a sent quote can expire' },
  convert: {
    from: 'accepted',
    to: 'invoiced',
    rule: 'Only an accepted quote can be turned into an invoice',
  },
  reopen: {
    from: 'invoiced',
    to: 'accepted',
    rule: 'Only an invoiced quote can go back to accepted',
  },
};

const STATUS_PHRASES: Readonly<Record<QuoteStatus, string>> = {
  draft: 'still a draft',
  sent: 'sent',
  accepted: 'accepted',
  declined: 'declined',
  expired: 'expired',
  invoiced: 'already invoiced',
};

/** The status a quote moves to under an action, or why it cannot. */
export function applyQuoteAction(
  status: QuoteStatus,
  action: QuoteAction,
): Result<QuoteStatus, QuoteTransitionError> {
  const transition = TRANSITIONS[action];
  if (transition.from !== status) {
    return illegalTransition(
      status,
      action,
      `${transition.rule}; this quote is ${STATUS_PHRASES[status]}.`,
    );
  }
  return ok(transition.to);
}

/**
 * The actions a person may choose for a quote in this status, e.g. for the buttons to show;
 * 'reopen' is not among them (see QUOTE_ACTIONS).
 */
export function allowedQuoteActions(status: QuoteStatus): QuoteAction[] {
  return CHOSEN_ACTIONS.filter((action) => TRANSITIONS[action].from === status);
}

/**
 * True for a sent quote whose validity date has passed: valid until 31 March means it can
 * still be accepted on 31 March and is expired from 1 April. A quote without a validity
 * date never expires. Derived, so the list can show it before anyone records 'expire'.
 */
export function isQuoteExpired(
  quote: { status: QuoteStatus; validUntil: IsoDate | null },
  today: IsoDate,
): boolean {
  return quote.status === 'sent' && quote.validUntil !== null && quote.validUntil < today;
}
