import type { z } from 'zod';
import { err, type Result } from '../../shared/result';
import { parseWith, type FieldIssue } from '../../shared/schemas/validationIssues';

/** Why a repository call did not do what was asked; screens switch on `code`. */
export type DataErrorCode =
  | 'INVALID'
  | 'NOT_FOUND'
  | 'IMMUTABLE'
  | 'NUMBER_TAKEN'
  | 'POSTING_REFUSED'
  | 'IN_USE'
  | 'CONFLICT'
  | 'ILLEGAL_TRANSITION'
  | 'SETUP_REQUIRED';

/**
 * A refusal with a sentence a person understands and, for forms, one message per field
 * (dotted paths such as 'lines.0.quantity', the same paths the zod schemas use).
 */
export type DataError = { code: DataErrorCode; message: string; issues?: FieldIssue[] };

/** A repository answer: the value, or why not. */
export type DataResult<T> = Result<T, DataError>;

/** A failed result with the given code and sentence. */
export function fail(
  code: DataErrorCode,
  message: string,
  issues?: FieldIssue[],
): { ok: false; error: DataError } {
  return err(issues === undefined ? { code, message } : { code, message, issues });
}

/** Validates a record with its schema; a refusal carries every field's message. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): DataResult<z.output<S>> {
  const parsed = parseWith(schema, value);
  if (parsed.ok) return parsed;
  return fail('INVALID', parsed.error.message, parsed.error.issues);
}

/** The refusal for an id that names no record. */
export function notFound(what: string): { ok: false; error: DataError } {
  return fail(
    'NOT_FOUND',
    `The ${what} was not found; it may have been deleted in another window.`,
  );
}

/**
 * Ends a Dexie transaction with a refusal: throwing aborts it, so nothing written so far in
 * the transaction stays. runRefusable turns it back into a result.
 */
export class Refusal extends Error {
  constructor(readonly error: DataError) {
    super(error.message);
    this.name = 'Refusal';
  }
}

/** Runs a transaction body; a Refusal thrown inside becomes a failed result, others rethrow. */
export async function runRefusable<T>(body: () => Promise<T>): Promise<DataResult<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (error) {
    if (error instanceof Refusal) return err(error.error);
    throw error;
  }
}
