import type { FieldIssue } from '../../../shared/schemas/validationIssues';

/** A problem listed in a form's error summary: what is wrong and, if known, which input. */
export type SummaryError = { path: string; message: string };

/**
 * The errors a form shows: each schema or repository issue, plus the parse errors of fields
 * whose text could not be read (those win for their path, as the field shows them).
 */
export function summaryErrors(
  issues: readonly FieldIssue[],
  parseErrors: Record<string, string> = {},
): SummaryError[] {
  const byPath = new Map<string, string>();
  for (const [path, message] of Object.entries(parseErrors)) byPath.set(path, message);
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
  return [...byPath].map(([path, message]) => ({ path, message }));
}

/** The first message per path, for the fields' `error` props. */
export function errorsByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[issue.path] ??= issue.message;
  return messages;
}

/**
 * The element id of the input bound to a path: forms give each input `fieldId(form, path)`
 * so the error summary can move the focus to it.
 */
export function fieldId(form: string, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}
