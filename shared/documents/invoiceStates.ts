import type { Minor } from '../money/minor';
import { ok, type Result } from '../result';
import { illegalTransition, type IllegalTransition } from './transitionError';

export const INVOICE_STATUSES = ['draft', 'posted', 'partiallyPaid', 'paid', 'cancelled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What is known about the money of a posted invoice, all in its currency's minor unit. */
export type Settlement = { gross: Minor; paid: Minor; credited: Minor };

/** The statuses a posted invoice can have; which one follows from its Settlement. */
export type SettledStatus = Exclude<InvoiceStatus, 'draft'>;

export type InvoiceAction =
  | { type: 'post' }
  | { type: 'payment'; settlement: Settlement }
  | { type: 'paymentReversal'; settlement: Settlement }
  | { type: 'creditNote'; settlement: Settlement }
  | { type: 'edit' }
  | { type: 'delete' };

export type InvoiceActionType = InvoiceAction['type'];

export const INVOICE_ACTION_TYPES = [
  'post',
  'payment',
  'paymentReversal',
  'creditNote',
  'edit',
  'delete',
] as const satisfies readonly InvoiceActionType[];

export type InvoiceTransitionError = IllegalTransition<InvoiceStatus, InvoiceActionType>;

/** The English name of each status, as lists and documents show it ('posted' reads "Open"). */
export const INVOICE_STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = {
  draft: 'Draft',
  posted: 'Open',
  partiallyPaid: 'Partially paid',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

const ALLOWED_FROM: Readonly<Record<InvoiceActionType, readonly InvoiceStatus[]>> = {
  post: ['draft'],
  payment: ['posted', 'partiallyPaid'],
  paymentReversal: ['partiallyPaid', 'paid'],
  creditNote: ['posted', 'partiallyPaid', 'paid'],
  edit: ['draft'],
  delete: ['draft'],
};

const STATUS_PHRASES: Readonly<Record<InvoiceStatus, string>> = {
  draft: 'still a draft',
  posted: 'open',
  partiallyPaid: 'partially paid',
  paid: 'paid',
  cancelled: 'cancelled',
};

/**
 * The status of a posted invoice from its money: credited in full (for a gross above 0)
 * → 'cancelled'; else nothing left to pay → 'paid'; something paid → 'partiallyPaid';
 * else 'posted'. Negative payments or credits are a programming error and throw.
 */
export function settlementStatus({ gross, paid, credited }: Settlement): SettledStatus {
  if (paid < 0 || credited < 0) {
    throw new RangeError(`payments (${paid}) and credits (${credited}) cannot be negative`);
  }
  if (gross > 0 && credited >= gross) return 'cancelled';
  const balance = gross - paid - credited;
  if (balance <= 0) return 'paid';
  return paid > 0 ? 'partiallyPaid' : 'posted';
}

/**
 * The status an invoice moves to under an action, or why it cannot. post: draft → posted.
 * payment, paymentReversal, creditNote: the status follows from the settlement after the
 * event. edit and delete are permission checks that leave a draft a draft (the caller
 * changes or removes the record). Nothing leaves 'cancelled'.
 */
export function applyInvoiceAction(
  status: InvoiceStatus,
  action: InvoiceAction,
): Result<InvoiceStatus, InvoiceTransitionError> {
  if (!ALLOWED_FROM[action.type].includes(status)) {
    return illegalTransition(status, action.type, refusal(status, action.type));
  }
  switch (action.type) {
    case 'post':
      return ok('posted');
    case 'edit':
    case 'delete':
      return ok('draft');
    case 'payment': {
      // Only a credit note cancels an invoice; if payments and credits together cover it,
      // it is paid.
      const next = settlementStatus(action.settlement);
      return ok(next === 'cancelled' ? 'paid' : next);
    }
    case 'paymentReversal':
    case 'creditNote':
      return ok(settlementStatus(action.settlement));
  }
}

/** The action types an invoice in this status allows, e.g. for the buttons to show. */
export function allowedInvoiceActions(status: InvoiceStatus): InvoiceActionType[] {
  return INVOICE_ACTION_TYPES.filter((type) => ALLOWED_FROM[type].includes(status));
}

function refusal(status: InvoiceStatus, action: InvoiceActionType): string {
  const now = `this invoice is ${STATUS_PHRASES[status]}`;
  switch (action) {
    case 'post':
      return `Only a draft invoice can be posted; ${now}.`;
    case 'payment':
      return `A payment can be recorded only for an open or partially paid invoice; ${now}.`;
    case 'paymentReversal':
      return `A payment can be reversed only on a partially paid or paid invoice; ${now}.`;
    case 'creditNote':
      return `A credit note can refer only to a posted invoice that is not cancelled; ${now}.`;
    case 'edit':
    case 'delete': {
      const verb = action === 'edit' ? 'changed' : 'deleted';
      return status === 'cancelled'
        ? `A cancelled invoice cannot be ${verb}; it stays on record as it was posted.`
        : `A posted invoice cannot be ${verb}; correct it with a credit note.`;
    }
  }
}
