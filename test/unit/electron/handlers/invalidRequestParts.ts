import fc from 'fast-check';

// The pieces the tables of invalid requests (invalidRequests.ts and the invalid*Requests.ts
// of each contract area) are built from: values of the wrong type, text too long or with
// control characters, unsafe file names, bogus PDFs, and a request with one thing broken.

export type Arb = fc.Arbitrary<unknown>;

/** Values of any type but text, including what IPC (structured clone) can carry and JSON cannot. */
export const notText: Arb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date(),
  fc.uint8Array({ maxLength: 8 }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

export const notNumber: Arb = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
);

export const notList: Arb = fc.oneof(
  notText.filter((value) => !Array.isArray(value)),
  fc.string(),
);

/** Text longer than `max` characters, even after trimming. */
export const tooLong = (max: number): Arb =>
  fc.string({ maxLength: 20 }).map((text) => `x${text}${'x'.repeat(max)}`);

const control = fc.constantFrom('\u0000', '\u0001', '\u0007', '\n', '\r', '\t', '\u001b', '\u007f');
/** Text with a control character somewhere in it. */
export const withControl: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 20 }), control, fc.string({ maxLength: 20 }))
  .map((parts) => parts.join(''));

// Each of these makes a file name unsafe wherever it stands.
export const unsafePart = fc.constantFrom(
  '../',
  '..\\',
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '\u0000',
  '\n',
  '\u202e',
  '\u200b',
);
/** File names with a traversal, a separator or a control character somewhere. */
export const badFileName: Arb = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 30 }), unsafePart, fc.string({ maxLength: 30 }))
    .map(([a, bad, b]) => `${a}${bad}${b}.pdf`),
  fc.constantFrom(
    '..',
    '.',
    '',
    '../../../etc/passwd.pdf',
    '/etc/cron.d/evil.pdf',
    'C:\\Windows\\x.pdf',
    '\\\\server\\share\\x.pdf',
    '.bashrc.pdf',
    'x.pdf.',
    'x.pdf ',
    'CON.pdf',
    'x.exe',
    'x',
  ),
  tooLong(255),
  notText,
);

/** Text that is not base64, or base64 of something that is no PDF. */
export const badPdf: Arb = fc.oneof(
  fc
    .string({ minLength: 1 })
    .filter((text) => /[^A-Za-z0-9+/=]/.test(text) || text.length % 4 !== 0),
  fc.constant(''),
  fc
    .uint8Array({ minLength: 1, maxLength: 40 })
    .filter((bytes) => bytes[0] !== 0x25)
    .map((bytes) => Buffer.from(bytes).toString('base64')),
  notText,
);

/** Without undefined: for optional fields, where undefined means "not given" and is fine. */
export function defined(arb: Arb): Arb {
  return arb.filter((value) => value !== undefined);
}

function replaceIn(base: Record<string, unknown>, field: string, value: unknown) {
  return { ...base, [field]: value };
}

/** Requests with one field of `base` broken, one required field missing, or one unknown field. */
export function broken(
  base: Record<string, unknown>,
  bad: Record<string, Arb>,
  required: string[],
): Arb {
  const options: Arb[] = [
    fc
      .string({ maxLength: 20 })
      .filter((key) => !(key in base))
      .map((key) => ({ ...base, [key]: 1 })),
  ];
  const fields = Object.keys(bad);
  if (fields.length > 0) {
    options.push(
      fc
        .constantFrom(...fields)
        .chain((field) => bad[field]!.map((value) => replaceIn(base, field, value))),
    );
  }
  if (required.length > 0) {
    options.push(
      fc.constantFrom(...required).map((field) => {
        const copy = { ...base };
        delete copy[field];
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
}

// Not a Date or typed array either: zod reads those as objects (a Date has no keys, so
// it would pass as the empty request of app.info).
export const notAnObject: Arb = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 3 }),
);
