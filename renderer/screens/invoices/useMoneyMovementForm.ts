import { useState } from 'react';
import { useParseErrors } from '../../components/forms/useParseErrors';
import type { DataError, DataResult } from '../../data/dataError';

// What the dialogs that record money on an invoice (a payment, a refund) share, so they
// cannot drift apart: text that is not an amount is refused at its field and nothing is
// recorded (the last amount read must never be booked), a missing value is named at its
// field, and a refusal's messages go to their fields, anything else above them.

/** Each field's message, and the message about anything else (null when there is none). */
export type FormMessages<F extends string> = {
  errors: Partial<Record<F, string>>;
  problem: string | null;
};

/**
 * Where a repository's refusal is shown: an issue on one of the dialog's fields at that
 * field (the first one per field), other issues together above the fields, and the
 * refusal's own message there when it names no field at all.
 */
export function refusalMessages<F extends string>(
  error: DataError,
  fields: readonly F[],
): FormMessages<F> {
  const errors: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const issue of error.issues ?? []) {
    if ((fields as readonly string[]).includes(issue.path))
      errors[issue.path as F] ??= issue.message;
    else other.push(issue.message);
  }
  const problem =
    other.length > 0 ? other.join(' ') : Object.keys(errors).length === 0 ? error.message : null;
  return { errors, problem };
}

/**
 * The state and the submit steps of a dialog recording money. `fields` are its fields;
 * `parsed` those typed as amounts, whose unreadable text the field itself explains (so no
 * "enter an amount" message is added to it).
 */
export function useMoneyMovementForm<F extends string>(options: {
  fields: readonly F[];
  parsed: readonly F[];
}) {
  const { fields, parsed } = options;
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parse = useParseErrors();

  /** A change answers the message of its field. */
  const edited =
    <T>(field: F, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors((previous) => {
        const { [field]: _answered, ...rest } = previous;
        return rest as Partial<Record<F, string>>;
      });
    };

  /**
   * Whether the submit must stop before saving: a field holds text that is not an amount
   * (its field says why), or a required value is missing (`missing` holds the message of
   * each, undefined for those given). The messages are shown at their fields.
   */
  const stops = (missing: Partial<Record<F, string | undefined>>): boolean => {
    const unreadable = parse.hasParseErrorsNow();
    const shown: Partial<Record<F, string>> = {};
    for (const field of fields) {
      const message = missing[field];
      if (message === undefined) continue;
      if (unreadable && parsed.includes(field)) continue;
      shown[field] = message;
    }
    if (!unreadable && Object.keys(shown).length === 0) return false;
    setErrors(shown);
    return true;
  };

  /**
   * Saves, with the buttons disabled until the repository answers (also when it throws);
   * a refusal's messages are shown, and `onSaved` runs only when it was recorded.
   */
  const save = async <T>(
    write: () => Promise<DataResult<T>>,
    onSaved: (value: T) => void,
  ): Promise<void> => {
    setBusy(true);
    let result: DataResult<T>;
    try {
      result = await write();
    } finally {
      setBusy(false);
    }
    if (!result.ok) {
      const messages = refusalMessages(result.error, fields);
      setErrors(messages.errors);
      setProblem(messages.problem);
      return;
    }
    onSaved(result.value);
  };

  return {
    /** The message of each field, for its `error`. */
    errors,
    /** The message about anything else, shown above the fields. */
    problem,
    busy,
    /** Pass `reporterFor(field)` as an amount field's onParseError. */
    reporterFor: (field: F) => parse.reporterFor(field),
    edited,
    stops,
    save,
  };
}
