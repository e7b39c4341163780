import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../../shared/schemas/product';
import { parseWith } from '../../../../shared/schemas/validationIssues';
import { badProducts } from './badInputs';
import { exampleProduct } from './examples';

describe('product schema', () => {
  it('accepts a catalogue product unchanged', () => {
    expect(parseWith(productSchema, exampleProduct())).toEqual({
      ok: true,
      value: exampleProduct(),
    });
  });

  it('accepts an exempt product with its reason and a product without own revenue account', () => {
    const exempt = {
      ...exampleProduct(),
      vatCategory: 'exempt',
      vatRate: '0',
      exemptionReason: 'Exempt under § 4 Nr. 14 UStG',
      revenueAccount: null,
    };
    expect(parseWith(productSchema, exempt).ok).toBe(true);
  });

  it('stores the SKU without spaces at its ends', () => {
    expect(productSchema.parse({ ...exampleProduct(), sku: ' CONS-01  ' }).sku).toBe('CONS-01');
  });

  it.each(badProducts)('refuses $name with one message, on $path', ({ input, path, mentions }) => {
    const result = parseWith(productSchema, input);
    expect(result.ok ? [] : result.error.issues).toEqual([
      { path, message: expect.stringMatching(mentions) },
    ]);
  });
});
