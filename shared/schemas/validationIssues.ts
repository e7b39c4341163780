import type { z } from 'zod';
import { err, ok, type Result } from '../result';

/** One problem of a record: the field it belongs to, dotted ('lines.0.quantity'), and why. */
export type FieldIssue = { path: string; message: string };

/** The error of parseWith: every problem found, and a sentence for a banner or a log. */
export type InvalidInput = { code: 'INVALID'; message: string; issues: FieldIssue[] };

/**
 * The issues of a zod error with dotted paths, in the order zod found them, duplicates
 * dropped. '' is the record as a whole. A form shows each message next to the input bound
 * to its path.
 */
export function validationIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((key) => String(key)).join('.');
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message: issue.message });
  }
  return issues;
}

/** The first message for each path: what a form shows under each field. */
export function messagesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.path] ??= issue.message;
  return messages;
}

/** Parses a value with a schema and returns a Result instead of throwing. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
): Result<z.output<S>, InvalidInput> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = validationIssues(parsed.error);
  const first = issues[0]?.message ?? 'The input is not valid.';
  const message =
    issues.length <= 1 ? first : `${issues.length} fields need attention. The first: ${first}`;
  return err({ code: 'INVALID', message, issues });
}
