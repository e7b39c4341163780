import type { z } from 'zod';
import { checkVatTreatment, type VatCategory } from '../tax/vatCategories';

type Payload = z.core.ParsePayload;

/**
 * The `when` of a cross-field check: run it only if the value is an object and none of the
 * named fields has a problem of its own. Zod's default skips a check as soon as any field of
 * the object has the wrong type; this way a form still learns that the due date is before
 * the issue date while some other field is empty, and a check never sees a field of the
 * wrong type.
 */
export function whenValid(...fields: string[]): (payload: Payload) => boolean {
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => {
      const first = issue.path?.[0];
      return first === undefined || fields.includes(String(first));
    });
}

/**
 * Like whenValid, but a field blocks the check only when the field itself is unusable (the
 * wrong type, too many items), not when something inside it is: a check that counts the
 * lines need not wait until every line is valid.
 */
export function whenShaped(...fields: string[]): (payload: Payload) => boolean {
  return (payload) =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) => {
      const path = issue.path ?? [];
      return path.length === 0 || (path.length === 1 && fields.includes(String(path[0])));
    });
}

/** Adds an issue at a path relative to the object being checked. */
export function addIssueAt(
  ctx: z.core.$RefinementCtx<unknown>,
  path: (string | number)[],
  message: string,
  input: unknown = undefined,
): void {
  ctx.addIssue({ code: 'custom', path, message, input });
}

type VatTreatedInput = {
  vatCategory: VatCategory;
  vatRate: string;
  exemptionReason?: string | undefined;
};

/**
 * The VAT treatment check of shared/tax for a line, product, allowance or charge, with its
 * message put on the field to correct: the rate, or the exemption reason.
 */
export function checkVatTreatmentOf(item: VatTreatedInput, ctx: z.core.$RefinementCtx<unknown>) {
  const problem = checkVatTreatment(item.vatCategory, item.vatRate, item.exemptionReason);
  if (problem === null) return;
  const field = problem.code === 'EXEMPTION_REASON_REQUIRED' ? 'exemptionReason' : 'vatRate';
  addIssueAt(ctx, [field], problem.message, item[field]);
}

/** The `when` that lets checkVatTreatmentOf run: all three VAT fields are valid. */
export const whenVatFieldsValid = whenValid('vatCategory', 'vatRate', 'exemptionReason');
