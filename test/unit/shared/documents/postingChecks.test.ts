import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import {
  checkPostingRules,
  type PostingCandidate,
  type PostingParty,
} from '../../../../shared/documents/postingChecks';
import { currencyCode } from '../../../../shared/money/currencies';
import type { SellerVatMode } from '../../../../shared/tax/sellerVatMode';

const seller: PostingParty = {
  name: 'Anna Weber Design',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  country: 'DE',
  vatId: 'DE123456789',
};
const buyer: PostingParty = {
  name: 'Acme Ltd',
  line1: '1 High St',
  city: 'Leeds',
  country: 'GB',
  vatId: '',
};
const normal: SellerVatMode = { kind: 'normal' };

function draft(overrides: Partial<PostingCandidate> = {}): PostingCandidate {
  return {
    kind: 'invoice',
    currency: currencyCode('EUR'),
    issueDate: isoDate('2026-11-02'),
    dueDate: isoDate('2026-11-16'),
    lines: [
      {
        description: 'Logo design',
        quantity: '1',
        unitPrice: '800.00',
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
    adjustments: [],
    ...overrides,
  };
}

describe('posting rules', () => {
  it('a complete invoice has no problems', () => {
    expect(checkPostingRules(draft(), seller, buyer, normal)).toEqual([]);
  });

  it.each([
    ['no lines', draft({ lines: [] }), seller, buyer, normal, 'lines', 'Add at least one line'],
    [
      'a line without description',
      draft({ lines: [{ ...draft().lines[0]!, description: '  ' }] }),
      seller,
      buyer,
      normal,
      'lines.0.description',
      'enter a description',
    ],
    [
      'standard rate at 0 %',
      draft({ lines: [{ ...draft().lines[0]!, vatRate: '0' }] }),
      seller,
      buyer,
      normal,
      'lines.0.vatRate',
      'VAT rate above 0',
    ],
    [
      'exempt without reason',
      draft({ lines: [{ ...draft().lines[0]!, vatCategory: 'exempt', vatRate: '0' }] }),
      seller,
      buyer,
      normal,
      'lines.0.exemptionReason',
      'reason for the exemption',
    ],
    [
      'reverse charge to a buyer without VAT ID',
      draft({ lines: [{ ...draft().lines[0]!, vatCategory: 'reverseCharge', vatRate: '0' }] }),
      seller,
      buyer,
      normal,
      'customer.vatId',
      "customer's VAT ID",
    ],
    [
      'VAT charged in small-business mode',
      draft(),
      seller,
      buyer,
      { kind: 'smallBusinessExempt', note: 'Exempt' } as SellerVatMode,
      'lines.0.vatCategory',
      'small business',
    ],
    [
      'a seller without VAT ID or tax number',
      draft(),
      { ...seller, vatId: '' },
      buyer,
      normal,
      'company.vatId',
      'VAT ID or tax number',
    ],
    [
      'a buyer without address',
      draft(),
      seller,
      { ...buyer, line1: '' },
      normal,
      'customer.address',
      'street and city',
    ],
    [
      'a due date before the issue date',
      draft({ dueDate: isoDate('2026-11-01') }),
      seller,
      buyer,
      normal,
      'dueDate',
      'cannot be before the issue date',
    ],
    [
      'an invoice without due date',
      draft({ dueDate: null }),
      seller,
      buyer,
      normal,
      'dueDate',
      'due date',
    ],
    [
      'a negative total',
      draft({ lines: [{ ...draft().lines[0]!, unitPrice: '-10.00' }] }),
      seller,
      buyer,
      normal,
      'lines',
      'credit note instead',
    ],
    [
      'exempt lines with different reasons',
      draft({
        lines: [
          {
            ...draft().lines[0]!,
            vatCategory: 'exempt',
            vatRate: '0',
            exemptionReason: 'Art. 132',
          },
          {
            ...draft().lines[0]!,
            vatCategory: 'exempt',
            vatRate: '0',
            exemptionReason: 'Art. 135',
          },
        ],
      }),
      seller,
      buyer,
      normal,
      'lines',
      'same exemption reason',
    ],
  ])(
    'refuses %s, naming the field',
    (_name, candidate, sellerParty, buyerParty, mode, field, text) => {
      const problems = checkPostingRules(candidate, sellerParty, buyerParty, mode);
      const problem = problems.find((p) => p.field === field);
      expect(problem, JSON.stringify(problems)).toBeDefined();
      expect(problem!.message).toContain(text);
    },
  );
});
