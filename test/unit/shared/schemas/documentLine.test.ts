import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import {
  documentAdjustmentSchema,
  documentLineSchema,
} from '../../../../shared/schemas/documentLine';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { computeLineAmounts } from '../../../../shared/totals/lineAmounts';
import { badLines } from './badLineInputs';
import { exampleDraftInvoice, exampleLine } from './examples';

describe('document line schema', () => {
  it('accepts a discounted line unchanged', () => {
    expect(parseWith(documentLineSchema, exampleLine())).toEqual({
      ok: true,
      value: exampleLine(),
    });
  });

  it('gives a line without base quantity, discounts or surcharges the defaults the totals expect', () => {
    const { baseQuantity: _b, allowances: _a, charges: _c, ...bare } = exampleLine();
    const parsed = documentLineSchema.parse(bare);
    expect(parsed).toMatchObject({ baseQuantity: '1', allowances: [], charges: [] });
    // 2.5 h × 90.00 = 225.00
    expect(computeLineAmounts(parsed, currencyCode('EUR')).net).toBe(22500);
  });

  it('accepts a negative quantity for a discount or return line', () => {
    expect(parseWith(documentLineSchema, { ...exampleLine(), quantity: '-1' }).ok).toBe(true);
  });

  it.each(badLines)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(documentLineSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});

describe('document adjustment schema', () => {
  const charge = () => exampleDraftInvoice().adjustments[0]!;

  it('accepts a shipping charge and a percentage discount', () => {
    expect(parseWith(documentAdjustmentSchema, charge()).ok).toBe(true);
    const discount = {
      ...charge(),
      kind: 'allowance',
      reason: 'Early order',
      value: { kind: 'percent', percent: '2.5' },
    };
    expect(parseWith(documentAdjustmentSchema, discount).ok).toBe(true);
  });

  it.each([
    [
      'a discount of more than 100 %',
      { value: { kind: 'percent', percent: '101' } },
      'value.percent',
      /Percentage must be between 0 and 100/,
    ],
    [
      'a negative amount',
      { value: { kind: 'amount', amount: -1 } },
      'value.amount',
      /Amount cannot be negative/,
    ],
    [
      'an exempt charge without reason',
      { vatCategory: 'exempt', vatRate: '0' },
      'exemptionReason',
      /reason for the exemption/,
    ],
    ['an unknown kind', { kind: 'rebate' }, 'kind', /discount or a charge/],
  ])('refuses %s', (_name, change, path, mentions) => {
    const result = parseWith(documentAdjustmentSchema, { ...charge(), ...change });
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});
