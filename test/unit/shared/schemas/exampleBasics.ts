// The pieces every example is built from: see examples.ts.
import { currencyCode } from '../../../../shared/money/currencies';
import type { Address } from '../../../../shared/schemas/address';

export const CREATED = '2026-03-02T09:30:00.000Z';
export const EUR = currencyCode('EUR');

/** A 1×1 pixel PNG. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Returns a deep copy of `value` with the field at a dotted path ('lines.0.quantity') replaced. */
export function withAt<T>(value: T, path: string, replacement: unknown): T {
  const copy = structuredClone(value);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = replacement;
  return copy;
}

export function exampleAddress(): Address {
  return {
    line1: 'Hauptstraße 12',
    line2: '',
    postalCode: '10115',
    city: 'Berlin',
    region: '',
    country: 'DE',
  };
}
