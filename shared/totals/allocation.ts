import { minor, type Minor } from '../money/minor';

/**
 * Splits `amount` over `weights` in proportion, so that the parts add up to `amount`
 * exactly: each part is rounded down and the cents left over go to the largest remainders
 * (earlier positions win ties). Used to spread a document discount over VAT groups and to
 * credit document discounts in proportion. Weights must be ≥ 0 with a positive sum.
 */
export function allocateProportionally(amount: Minor, weights: readonly Minor[]): Minor[] {
  if (weights.some((weight) => weight < 0)) {
    throw new RangeError('allocateProportionally: weights must not be negative');
  }
  const total = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (total === 0n) {
    throw new RangeError('allocateProportionally: the weights add up to zero');
  }
  const sign = amount < 0 ? -1n : 1n;
  const absolute = BigInt(amount) * sign;
  // BigInt keeps amount × weight exact even when it passes 2^53.
  const shares = weights.map((weight, index) => {
    const product = absolute * BigInt(weight);
    return { index, floor: product / total, remainder: product % total };
  });
  let leftOver = absolute - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftOver === 0n) break;
    share.floor += 1n;
    leftOver -= 1n;
  }
  return shares.map((share) => minor(Number(share.floor * sign)));
}
