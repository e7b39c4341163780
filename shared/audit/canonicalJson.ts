import { err, ok, type Result } from '../result';

// The one text a record is hashed as. Hashing needs the same bytes for the same record on
// every machine and after every round trip through IndexedDB, where key order is not
// guaranteed to survive. So: object keys sorted by UTF-16 code units (JavaScript's default
// sort, as in RFC 8785), no whitespace, strings and numbers written as JSON.stringify writes
// them (ES2019 escapes lone surrogates, so the text is always well-formed UTF-16 and encodes
// to UTF-8 without loss). An object property whose value is undefined is left out, as JSON
// does: IndexedDB keeps `{ a: undefined }`, JSON and the hash treat it as `{}`.
//
// Anything that is not plain JSON data (NaN, Infinity, bigint, Date, Map, typed arrays,
// functions, undefined in an array) has no canonical text. The app never stores such a value
// in a posted record, so finding one means the record was written by something else; that is
// an error the caller reports, not a value hashed in some arbitrary way.

export type CanonicalJsonError = {
  code: 'NOT_PLAIN_DATA';
  message: string;
  /** Where the value sits, e.g. 'lines.0.quantity'; '' for the value itself. */
  path: string;
};

class NotPlainData extends Error {
  constructor(
    readonly path: string,
    readonly what: string,
  ) {
    super(what);
  }
}

/** The canonical JSON text of plain data (sorted keys, no whitespace), or why it has none. */
export function canonicalJson(value: unknown): Result<string, CanonicalJsonError> {
  try {
    return ok(write(value, []));
  } catch (error) {
    if (!(error instanceof NotPlainData)) throw error;
    const where = error.path === '' ? '' : ` at ${error.path}`;
    return err({
      code: 'NOT_PLAIN_DATA',
      message: `The record holds ${error.what}${where}, which is not plain data.`,
      path: error.path,
    });
  }
}

function write(value: unknown, path: readonly string[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotPlainData(path.join('.'), String(value));
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value, path);
    default:
      throw new NotPlainData(path.join('.'), `a value of type ${typeof value}`);
  }
}

function writeArray(items: readonly unknown[], path: readonly string[]): string {
  const parts: string[] = [];
  // A for loop, not map: map skips the holes of a sparse array, which have no JSON text.
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) throw new NotPlainData([...path, String(index)].join('.'), 'a gap');
    parts.push(write(item, [...path, String(index)]));
  }
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: readonly string[]): string {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (object.constructor as { name?: unknown } | undefined)?.name;
    throw new NotPlainData(
      path.join('.'),
      `a ${typeof name === 'string' ? name : 'special'} object`,
    );
  }
  const record = object as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(item, [...path, key])}`);
  }
  return `{${parts.join(',')}}`;
}
