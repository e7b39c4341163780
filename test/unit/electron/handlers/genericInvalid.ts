import fc from 'fast-check';

// Invalid requests made from any valid request, whatever the call: each breaks one value of
// it in a way no field of the contract may accept. invalidRequests.ts adds these to the
// rows written for each call, so a new call gets them without a row of its own:
//   - any value: one of another type (never null or undefined, which optional fields take);
//   - one-line text (not free text, secrets or base64): a huge one, a control character;
//   - a file name: a traversal or an absolute path;
//   - an e-mail address: a bogus one;
//   - a number (counts, ports, offsets: none of them may be below 0): a negative one.
// Which fields are file names and addresses is read from their keys (FILE_NAME_KEYS,
// ADDRESS_KEYS); invalidRequestsCoverage.test.ts checks each kind reaches every such field.

type Arb = fc.Arbitrary<unknown>;

/** A step into a request: an object key, or '*' for every element of an array. */
export type PathStep = string;
export type Leaf = { path: PathStep[]; value: string | number | boolean };

/** Keys of file names: a traversal or an absolute path must never pass. */
export const FILE_NAME_KEYS = new Set(['name', 'suggestedName', 'filename']);
/** Keys of e-mail addresses (also lists of them). */
export const ADDRESS_KEYS = new Set(['to', 'cc', 'bcc', 'fromAddress', 'replyTo']);
/**
 * Keys of text that may hold line breaks or any character (a mail's body, an export's
 * content, a password, a print job's title, which the print service cleans itself), or is
 * base64.
 */
export const FREE_TEXT_KEY = /^(text|content|password|title)$|Base64$/;

/**
 * Text far longer than a one-line field takes (the longest, a path, takes 4,096
 * characters). Free text and base64 fields take more (up to 10,000,000 characters); their
 * rows in invalidRequests.ts go past their limits. One string, shared by every case.
 */
export const HUGE_TEXT = '~'.repeat(100_000);

/** The last key of a path (an array's elements count as the array's key). */
export function keyOf(path: readonly PathStep[]): string {
  return [...path].reverse().find((step) => step !== '*') ?? '';
}

/** Every text, number and flag of a request, with its path; array elements once each. */
export function leavesOf(value: unknown, path: PathStep[] = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [{ path, value }];
  }
  if (Array.isArray(value)) return value.length > 0 ? leavesOf(value[0], [...path, '*']) : [];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => leavesOf(inner, [...path, key]));
  }
  return [];
}

/** A copy of `base` with the value at `path` replaced (in the first element of arrays). */
export function replacedAt(base: unknown, path: readonly PathStep[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path as [PathStep, ...PathStep[]];
  if (Array.isArray(base)) {
    return step === '*' ? [replacedAt(base[0], rest, value), ...base.slice(1)] : base;
  }
  const record = base as Record<string, unknown>;
  return { ...record, [step]: replacedAt(record[step], rest, value) };
}

function otherTypeThan(value: string | number | boolean): Arb {
  const others: Arb[] = [
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
    fc.bigInt(),
  ];
  if (typeof value !== 'string') others.push(fc.string({ maxLength: 10 }));
  if (typeof value !== 'number') others.push(fc.integer(), fc.double());
  if (typeof value !== 'boolean') others.push(fc.boolean());
  return fc.oneof(...others);
}

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f');
const LINE_BREAK = fc.constantFrom('\n', '\r', '\r\n');

/**
 * The valid text with a control character put in somewhere, or a line break inside it
 * (one at either end is trimmed away by the fields that trim, and then harmless).
 */
function withControl(text: string): fc.Arbitrary<string> {
  const anywhere = fc
    .tuple(fc.nat(text.length), CONTROL)
    .map(([at, control]) => `${text.slice(0, at)}${control}${text.slice(at)}`);
  if (text.length < 2) return anywhere;
  const inside = fc
    .tuple(fc.integer({ min: 1, max: text.length - 1 }), LINE_BREAK)
    .map(([at, line]) => `${text.slice(0, at)}${line}${text.slice(at)}`);
  return fc.oneof(anywhere, inside);
}

/** The valid name led out of its folder, or made absolute. */
function traversalOf(name: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    `../${name}`,
    `..\\${name}`,
    `../../../../../../tmp/${name}`,
    `sub/../../${name}`,
    `/tmp/${name}`,
    `C:\\Windows\\${name}`,
    `\\\\server\\share\\${name}`,
    `~/${name}`,
  );
}

/** An address that cannot be one: no '@', no domain, spaces, brackets, a second header. */
function bogusAddressOf(address: string): fc.Arbitrary<string> {
  const local = address.split('@')[0] || 'someone';
  return fc.constantFrom(
    local,
    `${local}@`,
    '@example.com',
    `${local} x@example.com`,
    `${local}@@example.com`,
    `<${local}@example.com>`,
    `${local}@example`,
    `${local}@example.com\r\nBcc: spy@evil.example`,
    `${local}@example.com, spy@evil.example`,
  );
}

function breakageOf(leaf: Leaf): { weight: number; arbitrary: Arb }[] {
  const key = keyOf(leaf.path);
  const options: { weight: number; arbitrary: Arb }[] = [
    { weight: 8, arbitrary: otherTypeThan(leaf.value) },
  ];
  const value = leaf.value;
  if (typeof value === 'string') {
    if (!FREE_TEXT_KEY.test(key)) {
      // Rarer than the rest: checking 100,000 characters takes a while.
      options.push({ weight: 1, arbitrary: fc.constant(HUGE_TEXT) });
      options.push({ weight: 8, arbitrary: withControl(value) });
    }
    if (FILE_NAME_KEYS.has(key)) options.push({ weight: 8, arbitrary: traversalOf(value) });
    if (ADDRESS_KEYS.has(key)) options.push({ weight: 8, arbitrary: bogusAddressOf(value) });
  }
  if (typeof value === 'number') {
    options.push({ weight: 8, arbitrary: fc.integer({ min: -1_000_000, max: -1 }) });
  }
  return options;
}

/**
 * Requests made from `base` (a valid request) with one value broken as the header says, or
 * null when it has no values to break.
 */
export function genericInvalid(base: unknown): Arb | null {
  const leaves = leavesOf(base);
  if (leaves.length === 0) return null;
  return fc
    .constantFrom(...leaves)
    .chain((leaf) =>
      fc.oneof(...breakageOf(leaf)).map((value) => replacedAt(base, leaf.path, value)),
    );
}
