import type { z } from 'zod';
import { compareIsoDates, type IsoDate } from '../dates/isoDate';
import { minorUnitExponent, type CurrencyCode } from '../money/currencies';
import { dec, Decimal, isDecimalString } from '../money/decimal';
import type { Minor } from '../money/minor';
import { MAX_ENTERED_MINOR } from './amountFields';
import { addIssueAt, whenShaped, whenValid } from './crossFieldChecks';
import {
  checkMinimumPartialAmount,
  checkMinimumWithinGross,
  MINIMUM_AMOUNT_FIELDS,
  MINIMUM_WITHIN_GROSS_FIELDS,
} from './documentPaymentRules';

// The rules that tie a document's fields together. Each runs only when the fields it reads
// are usable (and the kind is known), so its message is the only one on its field and a
// form learns of it while other fields still have problems.

/** What the rules read of a document; every kind of the document schema has this shape. */
type RuleDocument = {
  kind: 'invoice' | 'quote' | 'creditNote';
  status: string;
  number: string | null;
  currency: CurrencyCode;
  issueDate: IsoDate;
  dueDate: IsoDate | null;
  validUntil?: IsoDate | null;
  convertedInvoiceId?: string | null;
  creditedInvoiceDate?: IsoDate;
  lines: readonly unknown[];
  adjustments: readonly unknown[];
  prepaid: Minor;
  allowPartialPayment: boolean;
  minimumPartialAmount: Minor;
  posted: {
    totals: {
      currency: string;
      lines: readonly unknown[];
      adjustmentAmounts: readonly unknown[];
      grossTotal: Minor;
    };
  } | null;
};

type Ctx = z.core.$RefinementCtx<unknown>;

type Rule = {
  /** Fields read in depth: the rule waits until they are entirely valid. */
  valid: string[];
  /** Fields only looked at as a whole (null or not, how many lines): see whenShaped. */
  shaped: string[];
  check: (doc: RuleDocument, ctx: Ctx) => void;
};

const KIND_NAMES = { invoice: 'invoice', quote: 'quote', creditNote: 'credit note' } as const;

/** A line's fields as far as they are valid; lines that are not objects yield nothing. */
function lineField(line: unknown, field: string): unknown {
  return typeof line === 'object' && line !== null
    ? (line as Record<string, unknown>)[field]
    : undefined;
}

const RULES: Rule[] = [
  {
    // Numbers and posted snapshots arrive together at posting and never leave.
    valid: ['status', 'number'],
    shaped: ['posted', 'lines'],
    check(doc, ctx) {
      const kind = KIND_NAMES[doc.kind];
      if (doc.status === 'draft') {
        if (doc.number !== null) {
          const message = `A draft ${kind} has no number yet; it gets one when it is posted.`;
          addIssueAt(ctx, ['number'], message, doc.number);
        }
        if (doc.posted !== null) {
          const message = `A draft ${kind} cannot carry posted figures; they are frozen when it is posted.`;
          addIssueAt(ctx, ['posted'], message);
        }
        return;
      }
      if (doc.number === null) {
        const message = `The number is missing: a ${kind} that is no longer a draft must have one.`;
        addIssueAt(ctx, ['number'], message, null);
      }
      if (doc.posted === null) {
        const message = `The posted figures are missing: a ${kind} that is no longer a draft must keep them.`;
        addIssueAt(ctx, ['posted'], message, null);
      }
      if (doc.lines.length === 0) {
        const message = `Add at least one line; a ${kind} without lines cannot be posted.`;
        addIssueAt(ctx, ['lines'], message, doc.lines);
      }
    },
  },
  {
    valid: ['issueDate', 'dueDate', 'validUntil', 'creditedInvoiceDate'],
    shaped: [],
    check(doc, ctx) {
      const { issueDate, dueDate, validUntil, creditedInvoiceDate } = doc;
      if (dueDate !== null && compareIsoDates(dueDate, issueDate) < 0) {
        addIssueAt(ctx, ['dueDate'], 'The due date cannot be before the issue date.', dueDate);
      }
      if (validUntil && compareIsoDates(validUntil, issueDate) < 0) {
        const message = 'The valid-until date cannot be before the issue date.';
        addIssueAt(ctx, ['validUntil'], message, validUntil);
      }
      if (creditedInvoiceDate && compareIsoDates(issueDate, creditedInvoiceDate) < 0) {
        const message = `The issue date cannot be before the date of the invoice this credit note corrects (${creditedInvoiceDate}).`;
        addIssueAt(ctx, ['issueDate'], message, issueDate);
      }
    },
  },
  {
    // Overdue is derived from the due date, so an invoice that can be paid needs one.
    valid: ['status', 'dueDate'],
    shaped: [],
    check(doc, ctx) {
      if (doc.kind === 'invoice' && doc.status !== 'draft' && doc.dueDate === null) {
        const message =
          'Enter the due date; a posted invoice needs one to tell when it is overdue.';
        addIssueAt(ctx, ['dueDate'], message, null);
      }
    },
  },
  // Partial-payment terms: documentPaymentRules.
  { valid: MINIMUM_AMOUNT_FIELDS, shaped: [], check: checkMinimumPartialAmount },
  { valid: MINIMUM_WITHIN_GROSS_FIELDS, shaped: [], check: checkMinimumWithinGross },
  {
    valid: ['status', 'convertedInvoiceId'],
    shaped: [],
    check(doc, ctx) {
      if (doc.kind === 'quote' && doc.status === 'invoiced' && !doc.convertedInvoiceId) {
        const message = 'An invoiced quote must name the invoice it became.';
        addIssueAt(ctx, ['convertedInvoiceId'], message, null);
      }
    },
  },
  {
    // A credit note corrects lines of its invoice; the link is what keeps it from crediting
    // more than was invoiced.
    valid: [],
    shaped: ['lines'],
    check(doc, ctx) {
      if (doc.kind !== 'creditNote') return;
      doc.lines.forEach((line, index) => {
        if (
          typeof line === 'object' &&
          line !== null &&
          lineField(line, 'creditedLineId') === undefined
        ) {
          const message =
            'Choose the invoice line this line credits; a credit note corrects lines of its invoice.';
          addIssueAt(ctx, ['lines', index, 'creditedLineId'], message);
        }
      });
    },
  },
  {
    // Bounding each line keeps the sums of up to 500 lines a safe integer, so computing the
    // totals of a valid document never throws. Lines whose numbers are themselves invalid
    // already have their messages and are skipped.
    valid: ['currency'],
    shaped: ['lines'],
    check(doc, ctx) {
      const scale = new Decimal(10).pow(minorUnitExponent(doc.currency));
      doc.lines.forEach((line, index) => {
        const [quantity, price, base] = ['quantity', 'unitPrice', 'baseQuantity'].map((field) =>
          lineField(line, field),
        );
        const numbers = [quantity, price, base].filter(
          (value): value is string => typeof value === 'string' && isDecimalString(value),
        );
        if (numbers.length < 3 || dec(numbers[2]!).lessThanOrEqualTo(0)) return;
        const amount = dec(numbers[0]!).times(dec(numbers[1]!)).dividedBy(dec(numbers[2]!));
        if (amount.abs().times(scale).greaterThan(MAX_ENTERED_MINOR)) {
          const message = `Line ${index + 1} comes to more than Invoicer can handle; check the quantity and unit price for extra digits.`;
          addIssueAt(ctx, ['lines', index, 'quantity'], message, quantity);
        }
      });
    },
  },
  {
    valid: ['posted', 'currency'],
    shaped: ['lines', 'adjustments'],
    check(doc, ctx) {
      const totals = doc.posted?.totals;
      if (!totals) return;
      const at = (field: string) => ['posted', 'totals', field];
      if (totals.currency !== doc.currency) {
        const message = `The posted totals are in ${totals.currency} but the document is in ${doc.currency}.`;
        addIssueAt(ctx, at('currency'), message, totals.currency);
      }
      if (totals.lines.length !== doc.lines.length) {
        const message = `The posted figures have ${totals.lines.length} lines but the document has ${doc.lines.length}.`;
        addIssueAt(ctx, at('lines'), message);
      }
      if (totals.adjustmentAmounts.length !== doc.adjustments.length) {
        const message = `The posted figures have ${totals.adjustmentAmounts.length} discounts and charges but the document has ${doc.adjustments.length}.`;
        addIssueAt(ctx, at('adjustmentAmounts'), message);
      }
    },
  },
];

/** Adds the cross-field rules of documents to the document schema. */
export function documentRules<S extends z.ZodType<RuleDocument>>(schema: S): S {
  return RULES.reduce<S>((withRules, rule) => {
    const valid = whenValid('kind', ...rule.valid);
    const shaped = whenShaped(...rule.shaped);
    return withRules.superRefine((doc, ctx) => rule.check(doc, ctx), {
      when: (payload) => valid(payload) && shaped(payload),
    });
  }, schema);
}
