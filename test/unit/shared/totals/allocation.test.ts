import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minor, sumMinor } from '../../../../shared/money/minor';
import { allocateProportionally } from '../../../../shared/totals/allocation';
import { PROPERTY_RUNS } from '../../propertyRuns';

describe('allocateProportionally', () => {
  it('gives the leftover cent to the largest remainder', () => {
    // 100 over 1:1:1 → 33.33 each, one cent left over, to the first (ties go to the earliest).
    expect(allocateProportionally(minor(100), [minor(1), minor(1), minor(1)])).toEqual([
      34, 33, 33,
    ]);
    // 10 over 3:7 → exactly 3 and 7.
    expect(allocateProportionally(minor(10), [minor(3), minor(7)])).toEqual([3, 7]);
  });

  it('splits a negative amount as the mirror of the positive one', () => {
    expect(allocateProportionally(minor(-100), [minor(1), minor(1), minor(1)])).toEqual([
      -34, -33, -33,
    ]);
  });

  it('refuses weights that add up to zero or are negative', () => {
    expect(() => allocateProportionally(minor(5), [minor(0), minor(0)])).toThrow(/zero/);
    expect(() => allocateProportionally(minor(5), [minor(-1), minor(3)])).toThrow(/negative/);
  });

  it('stays exact when amount × weight passes 2^53', () => {
    const big = minor(9_000_000_000_000);
    const parts = allocateProportionally(big, [minor(3_000_000_000_000), minor(1)]);
    expect(sumMinor(parts)).toBe(big);
  });

  it('never loses or creates a cent, and each part is within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 10 })
          .filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = allocateProportionally(minor(amount), weights.map(minor));
          expect(sumMinor(parts)).toBe(amount);
          const total = weights.reduce((a, b) => a + b, 0);
          parts.forEach((part, i) => {
            const exactShare = (BigInt(amount) * BigInt(weights[i]!)) / BigInt(total);
            expect(Math.abs(part - Number(exactShare))).toBeLessThanOrEqual(1);
          });
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
