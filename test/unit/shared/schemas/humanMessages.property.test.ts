import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { customerClassSchema, customerSchema } from '../../../../shared/schemas/customer';
import { documentSchema } from '../../../../shared/schemas/document';
import { documentLineSchema } from '../../../../shared/schemas/documentLine';
import { paymentSchema } from '../../../../shared/schemas/payment';
import { productSchema } from '../../../../shared/schemas/product';
import { businessSettingsSchema } from '../../../../shared/schemas/settings';
import { PROPERTY_RUNS } from '../../propertyRuns';
import {
  exampleCreditNote,
  exampleCustomer,
  exampleCustomerClass,
  exampleLine,
  examplePayment,
  examplePostedInvoice,
  exampleProduct,
  exampleSentQuote,
  exampleSettings,
} from './examples';

// Zod's own wording, which must never reach a person.
const ZOD_WORDING =
  /Invalid (input|option|string|number|date|ISO|email|url|element|key|union|discriminator|type)|expected|received|Too (big|small)|Unrecognized key|Required/;

const entities: [string, z.ZodType, () => unknown][] = [
  ['customer', customerSchema, exampleCustomer],
  ['customer class', customerClassSchema, exampleCustomerClass],
  ['product', productSchema, exampleProduct],
  ['line', documentLineSchema, exampleLine],
  ['posted invoice', documentSchema, examplePostedInvoice],
  ['sent quote', documentSchema, exampleSentQuote],
  ['credit note', documentSchema, exampleCreditNote],
  ['payment', paymentSchema, examplePayment],
  ['settings', businessSettingsSchema, exampleSettings],
];

/** Every place in a value a field can be replaced: each key of each object and array. */
function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_item, index) => index)
    : Object.keys(value);
  return keys.flatMap((key) => [
    [...path, key],
    ...placesIn((value as Record<string | number, unknown>)[key], [...path, key]),
  ]);
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key!] = replaceAt(copy[key!], rest, replacement);
  return copy;
}

const oddValues = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    '',
    ' ',
    null,
    undefined,
    Number.NaN,
    -1,
    0,
    1e20,
    '1e3',
    '-0',
    '2026-02-30',
    '0',
    '-5',
  ),
  fc.constantFrom([], {}, 'x'.repeat(3000), ['invoicing'], { kind: 'amount', amount: -1 }),
);

describe('messages read like a person wrote them', () => {
  it('for any field of any entity replaced by anything, parsing never throws and every message is a sentence of ours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: entities.length - 1 }),
        fc.array(fc.tuple(fc.nat(), oddValues), { minLength: 1, maxLength: 3 }),
        (entityIndex, replacements) => {
          const [, schema, example] = entities[entityIndex]!;
          let value = example();
          for (const [pick, replacement] of replacements) {
            const places = placesIn(value);
            if (places.length === 0) break;
            value = replaceAt(value, places[pick % places.length]!, replacement);
          }
          const result = schema.safeParse(value);
          for (const issue of result.success ? [] : result.error.issues) {
            expect(issue.message).not.toMatch(ZOD_WORDING);
            expect(issue.message).toMatch(/^\S.{8,}[.]$/s);
          }
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('a whole record of the wrong type gets one message about the record', () => {
    for (const [, schema] of entities) {
      for (const value of [null, undefined, 42, 'text', []]) {
        const result = schema.safeParse(value);
        expect(result.success ? [] : result.error.issues.map((issue) => issue.path)).toEqual([[]]);
        expect(result.success ? '' : result.error.issues[0]!.message).not.toMatch(ZOD_WORDING);
      }
    }
  });
});
