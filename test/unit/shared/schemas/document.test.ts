import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../shared/schemas/document';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import { badDocuments } from './badDocumentInputs';
import {
  exampleCreditNote,
  exampleDraftInvoice,
  examplePostedInvoice,
  exampleQuote,
  exampleSentQuote,
  withAt,
} from './examples';

describe('document schema', () => {
  it.each([
    ['a draft invoice', exampleDraftInvoice()],
    ['a posted invoice', examplePostedInvoice()],
    ['a draft quote', exampleQuote()],
    ['a draft credit note', exampleCreditNote()],
  ])('accepts %s unchanged', (_name, doc) => {
    expect(parseWith(documentSchema, doc)).toEqual({ ok: true, value: doc });
  });

  it('accepts a sent quote with its number and an invoiced one with its invoice', () => {
    const sent = exampleSentQuote();
    expect(parseWith(documentSchema, sent).ok).toBe(true);
    expect(
      parseWith(documentSchema, { ...sent, status: 'invoiced', convertedInvoiceId: 'doc-1' }).ok,
    ).toBe(true);
  });

  it('gives parsed lines and adjustments straight to the totals', () => {
    const parsed = documentSchema.parse(exampleDraftInvoice());
    const totals = computeDocumentTotals(parsed);
    // 2.5 × 90 = 225.00 − 10 % = 202.50; 400.00 + 25.00 exempt; shipping 9.90 at 19 %.
    expect([totals.netTotal, totals.vatTotal, totals.grossTotal]).toEqual([63740, 4036, 67776]);
  });

  it('lets a due date fall on the issue date', () => {
    expect(
      parseWith(documentSchema, withAt(exampleDraftInvoice(), 'dueDate', '2026-03-05')).ok,
    ).toBe(true);
  });

  it.each(badDocuments)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(documentSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });

  it('still checks the dates when another field is missing', () => {
    const doc = withAt(
      withAt(exampleDraftInvoice(), 'customerId', undefined),
      'dueDate',
      '2026-01-01',
    );
    const result = parseWith(documentSchema, doc);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      'customerId',
      'dueDate',
    ]);
  });

  it('tells a draft has a number while one of its lines is still invalid', () => {
    const doc = withAt(withAt(exampleDraftInvoice(), 'number', 'INV-1'), 'lines.0.quantity', 'x');
    const result = parseWith(documentSchema, doc);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      'lines.0.quantity',
      'number',
    ]);
  });

  it('checks the size of each line while another line is invalid', () => {
    const doc = withAt(
      withAt(
        withAt(exampleDraftInvoice(), 'lines.0.quantity', ''),
        'lines.1.quantity',
        '999999999',
      ),
      'lines.1.unitPrice',
      '999999999',
    );
    const result = parseWith(documentSchema, doc);
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual([
      'lines.0.quantity',
      'lines.1.quantity',
    ]);
  });

  it('counts the line size in the currency of the document', () => {
    // 1,000,000 × 1,000,000 = 10^12: the limit in yen, 100 times it in cents.
    const big = withAt(
      withAt(exampleDraftInvoice(), 'lines.0.quantity', '1000000'),
      'lines.0.unitPrice',
      '1000000',
    );
    const noDiscount = withAt(big, 'lines.0.allowances', []);
    expect(parseWith(documentSchema, withAt(noDiscount, 'currency', 'JPY')).ok).toBe(true);
    expect(parseWith(documentSchema, noDiscount).ok).toBe(false);
  });

  it('does not compare dates when one of them is itself invalid', () => {
    const result = parseWith(documentSchema, withAt(exampleDraftInvoice(), 'issueDate', 'soon'));
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path)).toEqual(['issueDate']);
  });
});
