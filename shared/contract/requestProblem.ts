import type { z } from 'zod';

// zod's own wording starts like this; the contract gives its own sentences everywhere it
// can, and this catches the rest (a deeply nested field of a shared schema).
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized)/;

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .slice(0, 6)
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key).slice(0, 40)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * The sentence of INVALID_REQUEST for a refused request: the first problem, in the words of
 * its schema, or naming the field when only zod's generic wording is there.
 */
export function describeRequestProblem(error: z.ZodError, call: string): string {
  const issue = error.issues[0];
  if (issue === undefined) return `The request to ${call} is not valid.`;
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  const where = fieldPath(issue.path);
  return where === ''
    ? `The request to ${call} is not valid.`
    : `The field ${where} of the request to ${call} is not valid.`;
}
