import { describe, expect, it } from 'vitest';
import { paymentSchema } from '../../../../shared/schemas/payment';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { badPayments } from './badPaymentInputs';
import { examplePayment } from './examples';

describe('payment schema', () => {
  it('accepts a bank transfer unchanged', () => {
    expect(parseWith(paymentSchema, examplePayment())).toEqual({
      ok: true,
      value: examplePayment(),
    });
  });

  it('accepts a reversal that names the payment it undoes', () => {
    const reversal = {
      ...examplePayment(),
      id: 'pay-2',
      kind: 'reversal',
      reversesPaymentId: 'pay-1',
    };
    expect(parseWith(paymentSchema, reversal).ok).toBe(true);
  });

  it('accepts an overpayment whose excess is kept as credit', () => {
    expect(parseWith(paymentSchema, { ...examplePayment(), excessAsCredit: 2000 }).ok).toBe(true);
  });

  it.each(badPayments)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(paymentSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});
