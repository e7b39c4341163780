import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_NAMES } from '../../../../shared/contract/contractNames';
import { contract, type ContractName } from '../../../../shared/contract/contract';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { VALID_REQUESTS } from '../../shared/contract/contractSamples';
import {
  ADDRESS_KEYS,
  FILE_NAME_KEYS,
  FREE_TEXT_KEY,
  keyOf,
  leavesOf,
  type PathStep,
} from './genericInvalid';
import { invalidRequests } from './invalidRequests';

// Issue 6: the requests every handler is fuzzed with (dispatchFuzz.test.ts) include, for
// each field where it applies: a value of the wrong type, a huge text, a control character,
// a traversal in a file name, a bogus e-mail address, a negative number (copies among
// them); and for every call: no object at all, each required field missing, an unknown
// field. Checked on
// what the generators actually produce, so a call added without them fails here.

type Kind =
  | 'wrong type'
  | 'huge text'
  | 'control character'
  | 'traversal'
  | 'bogus address'
  | 'negative number';

/** Far more characters than a one-line field takes. */
const HUGE = 100_000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const TRAVERSAL = /(^|[/\\])\.\.([/\\]|$)|^[/\\]|^[A-Za-z]:\\/;
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The values at `path` in a request ('*' steps into every element). */
function valuesAt(value: unknown, path: readonly PathStep[]): unknown[] {
  if (path.length === 0) return [value];
  const [step, ...rest] = path as [PathStep, ...PathStep[]];
  if (step === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.hasOwn(value, step) ? valuesAt((value as Record<string, unknown>)[step], rest) : [];
}

/** The kinds of bad value a field of this key and valid value must be fuzzed with. */
function kindsFor(path: readonly PathStep[], valid: unknown): Kind[] {
  const key = keyOf(path);
  const kinds: Kind[] = ['wrong type'];
  if (typeof valid === 'string') {
    if (!FREE_TEXT_KEY.test(key)) kinds.push('huge text', 'control character');
    if (FILE_NAME_KEYS.has(key)) kinds.push('traversal');
    if (ADDRESS_KEYS.has(key)) kinds.push('bogus address');
  }
  if (typeof valid === 'number') kinds.push('negative number');
  return kinds;
}

function isKind(kind: Kind, value: unknown, valid: unknown): boolean {
  switch (kind) {
    case 'wrong type':
      return typeName(value) !== typeName(valid) && value !== undefined;
    case 'huge text':
      return typeof value === 'string' && value.length >= HUGE;
    case 'control character':
      return typeof value === 'string' && CONTROL.test(value.trim());
    case 'traversal':
      return typeof value === 'string' && TRAVERSAL.test(value);
    case 'bogus address':
      return typeof value === 'string' && !ADDRESS.test(value);
    case 'negative number':
      return typeof value === 'number' && value < 0;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the generated requests of `name` do to each field, and to the request as a whole. */
function coverageOf(name: ContractName) {
  const base = VALID_REQUESTS[name] as Record<string, unknown>;
  const requests = fc.sample(invalidRequests(name), { numRuns: PROPERTY_RUNS, seed: 6 });
  const missing: string[] = [];
  const fields = leavesOf(base).map((leaf) => ({
    field: leaf.path.join('.'),
    wanted: kindsFor(leaf.path, leaf.value),
    seen: new Set(
      kindsFor(leaf.path, leaf.value).filter((kind) =>
        requests.some((request) =>
          valuesAt(request, leaf.path).some((value) => isKind(kind, value, leaf.value)),
        ),
      ),
    ),
  }));
  for (const { field, wanted, seen } of fields) {
    for (const kind of wanted) if (!seen.has(kind)) missing.push(`${field}: ${kind}`);
  }
  if (!requests.some((request) => !isObject(request))) missing.push('no object at all');
  if (
    !requests.some((request) => isObject(request) && Object.keys(request).some((k) => !(k in base)))
  ) {
    missing.push('an unknown field');
  }
  // Required fields: those the valid request is refused without (optional ones may be left out).
  const required = Object.keys(base).filter((key) => {
    const without = { ...base };
    delete without[key];
    return !contract[name].request.safeParse(without).success;
  });
  for (const key of required) {
    if (!requests.some((request) => isObject(request) && !(key in request))) {
      missing.push(`${key}: missing`);
    }
  }
  return missing;
}

describe('the invalid requests of every call', () => {
  it.each(CONTRACT_NAMES)(
    '%s: every kind of bad value reaches every field it applies to',
    (name) => {
      expect(coverageOf(name)).toEqual([]);
    },
  );

  it('copies, file names and addresses are among the fields so checked', () => {
    const keys = CONTRACT_NAMES.flatMap((name) =>
      leavesOf(VALID_REQUESTS[name]).map((leaf) => keyOf(leaf.path)),
    );
    expect(keys).toContain('copies');
    expect(keys.filter((key) => FILE_NAME_KEYS.has(key)).length).toBeGreaterThanOrEqual(3);
    expect(keys.filter((key) => ADDRESS_KEYS.has(key)).length).toBeGreaterThanOrEqual(3);
  });
});
