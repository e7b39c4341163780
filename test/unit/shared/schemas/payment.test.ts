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

  it('accepts a refund of what an invoice owes back and a refund kept as credit', () => {
    const refund = { ...examplePayment(), kind: 'refund', refundSource: 'invoice' };
    expect(parseWith(paymentSchema, refund)).toEqual({ ok: true, value: refund });
    const kept = { ...examplePayment(), kind: 'creditFromInvoice', method: 'other' };
    expect(parseWith(paymentSchema, kept).ok).toBe(true);
  });

  it('still reads a refund stored before refunds said what they pay back', () => {
    const old = { ...examplePayment(), kind: 'refund' };
    const parsed = parseWith(paymentSchema, old);
    expect(parsed.ok && parsed.value.refundSource).toBeUndefined();
  });

  it('refuses a refund source on anything but a refund, and an unknown source', () => {
    const onPayment = parseWith(paymentSchema, { ...examplePayment(), refundSource: 'invoice' });
    expect(onPayment.ok ? [] : onPayment.error.issues).toEqual([
      { path: 'refundSource', message: expect.stringMatching(/Only a refund/) },
    ]);
    const unknown = parseWith(paymentSchema, {
      ...examplePayment(),
      kind: 'refund',
      refundSource: 'bank',
    });
    expect(unknown.ok ? [] : unknown.error.issues).toEqual([
      { path: 'refundSource', message: expect.stringMatching(/what the refund pays back/) },
    ]);
  });

  it.each(badPayments)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(paymentSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});
