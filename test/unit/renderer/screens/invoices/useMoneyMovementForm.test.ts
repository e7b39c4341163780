import { describe, expect, it } from 'vitest';
import { refusalMessages } from '../../../../../renderer/screens/invoices/useMoneyMovementForm';

const FIELDS = ['amount', 'date', 'reference'] as const;

describe('refusalMessages', () => {
  it('shows an issue on a field of the dialog at that field, the first one per field', () => {
    const messages = refusalMessages(
      {
        code: 'INVALID',
        message: 'The refund is not valid.',
        issues: [
          { path: 'amount', message: 'Enter at most €60.00.' },
          { path: 'amount', message: 'A second word on the amount.' },
          { path: 'reference', message: 'Reference can be at most 200 characters long.' },
        ],
      },
      FIELDS,
    );
    expect(messages).toEqual({
      errors: {
        amount: 'Enter at most €60.00.',
        reference: 'Reference can be at most 200 characters long.',
      },
      problem: null,
    });
  });

  it('shows issues on paths the dialog has no field for above the fields, not lost', () => {
    const messages = refusalMessages(
      {
        code: 'INVALID',
        message: 'The payment is not valid.',
        issues: [
          { path: 'amount', message: 'Enter an amount above zero.' },
          { path: 'currency', message: 'The currency is not the invoice’s.' },
          { path: 'customerId', message: 'The customer was deleted.' },
        ],
      },
      FIELDS,
    );
    expect(messages.errors).toEqual({ amount: 'Enter an amount above zero.' });
    expect(messages.problem).toBe('The currency is not the invoice’s. The customer was deleted.');
  });

  it('shows a refusal that names no field above the fields', () => {
    expect(
      refusalMessages(
        { code: 'ILLEGAL_TRANSITION', message: 'Nothing is owed back on this invoice.' },
        FIELDS,
      ),
    ).toEqual({ errors: {}, problem: 'Nothing is owed back on this invoice.' });
  });
});
