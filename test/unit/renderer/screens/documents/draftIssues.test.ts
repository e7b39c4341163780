import { describe, expect, it } from 'vitest';
import type { Minor } from '../../../../../shared/money/minor';
import {
  draftTotals,
  issuesByLineId,
  withoutIssuesAt,
} from '../../../../../renderer/screens/documents/draftIssues';
import { exampleDraftInvoice, exampleLine } from '../../../shared/schemas/examples';

const draft = {
  ...exampleDraftInvoice(),
  lines: [
    { ...exampleLine(), id: 'first' },
    { ...exampleLine(), id: 'second' },
  ],
};

describe('issuesByLineId', () => {
  it('names the lines of the repository’s messages by id instead of position', () => {
    expect(
      issuesByLineId(
        [
          { path: 'lines.1.quantity', message: 'Enter a quantity.' },
          { path: 'lines.0', message: 'The line is incomplete.' },
          { path: 'lines.0.allowances.0.percent', message: 'Enter a percentage.' },
        ],
        draft,
      ),
    ).toEqual([
      { path: 'lines.second.quantity', message: 'Enter a quantity.' },
      { path: 'lines.first', message: 'The line is incomplete.' },
      { path: 'lines.first.allowances.0.percent', message: 'Enter a percentage.' },
    ]);
  });

  it('leaves messages that are not about an existing line as they are', () => {
    const others = [
      { path: 'lines', message: 'Add at least one line before posting.' },
      { path: 'lines.5.quantity', message: 'Enter a quantity.' },
      { path: 'customer.vatId', message: 'Add the VAT ID.' },
      { path: 'adjustments.0.reason', message: 'Enter the reason.' },
    ];
    expect(issuesByLineId(others, draft)).toEqual(others);
  });
});

describe('withoutIssuesAt', () => {
  const issues = [
    { path: 'lines.ab.quantity', message: 'Enter a quantity.' },
    { path: 'lines.ab', message: 'Line incomplete.' },
    { path: 'lines.abc.quantity', message: 'Enter a quantity.' },
    { path: 'dueDate', message: 'Enter a due date.' },
  ];

  it('drops the messages of a field and of everything under it', () => {
    expect(withoutIssuesAt(issues, 'lines.ab').map((issue) => issue.path)).toEqual([
      'lines.abc.quantity',
      'dueDate',
    ]);
  });

  it('drops only the exact field when it has nothing under it', () => {
    expect(withoutIssuesAt(issues, 'dueDate')).toHaveLength(3);
    expect(withoutIssuesAt(issues, 'notes')).toEqual(issues);
  });
});

describe('draftTotals', () => {
  it('computes what posting would: 2.5 h at 90.00 less 10 % = 202.50, 19 % VAT 38.48', () => {
    const one = { ...draft, lines: [exampleLine()], adjustments: [] };
    const totals = draftTotals(one, { kind: 'normal' });
    expect(totals).toMatchObject({ netTotal: 20250, vatTotal: 3848, grossTotal: 24098 });
  });

  it('counts figures not entered yet as 0 and keeps the other lines’ totals', () => {
    const typing = {
      ...draft,
      adjustments: [],
      lines: [
        exampleLine(),
        { ...exampleLine(), id: 'typing', quantity: '', unitPrice: 'abc', vatRate: '' },
        {
          ...exampleLine(),
          id: 'percent',
          baseQuantity: '0',
          allowances: [{ kind: 'percent' as const, percent: '', reason: '' }],
          charges: [{ kind: 'percent' as const, percent: 'x', reason: '' }],
        },
      ],
    };
    const totals = draftTotals(typing, { kind: 'normal' });
    // Line 3: 2.5 × 90.00 per 1 (not per 0), no discount or surcharge yet = 225.00.
    expect(totals?.lines.map((line) => line.net)).toEqual([20250, 0, 22500]);
    expect(totals?.netTotal).toBe(42750);
  });

  it('reads an unfinished document discount as 0 %', () => {
    const typing = {
      ...draft,
      lines: [exampleLine()],
      adjustments: [
        {
          kind: 'allowance' as const,
          reason: '',
          value: { kind: 'percent' as const, percent: '' },
          vatCategory: 'standard' as const,
          vatRate: '',
        },
      ],
    };
    expect(draftTotals(typing, { kind: 'normal' })?.netTotal).toBe(20250);
  });

  it('charges no VAT for a small business exempt from VAT, whatever the lines say', () => {
    const one = { ...draft, lines: [exampleLine()], adjustments: [] };
    const totals = draftTotals(one, { kind: 'smallBusinessExempt', note: 'No VAT: § 19 UStG.' });
    expect(totals).toMatchObject({ netTotal: 20250, vatTotal: 0, grossTotal: 20250 });
    expect(totals?.vatGroups.map((group) => group.category)).toEqual(['exempt']);
  });

  it('is null when even that cannot be computed, instead of breaking the editor', () => {
    // An amount that is no whole number of cents never passes the amount field; if it did…
    const broken = {
      ...draft,
      lines: [
        {
          ...exampleLine(),
          allowances: [{ kind: 'amount' as const, amount: 0.5 as Minor, reason: '' }],
        },
      ],
    };
    expect(draftTotals(broken, { kind: 'normal' })).toBeNull();
  });
});
