import { useState, type Dispatch, type SetStateAction } from 'react';

type Errors = Record<string, string>;
type Reporter = (message: string | null) => void;

// One stable callback per field, so a field's effect does not re-run on every render. The
// callbacks also keep a synchronous copy of the errors: a field reports from its blur or
// Enter handler, and the submit that follows in the same task must already see it.
function reporterCache(setErrors: Dispatch<SetStateAction<Errors>>) {
  const cache = new Map<string, Reporter>();
  const pending = new Set<string>();
  const reporterFor = (path: string): Reporter => {
    let report = cache.get(path);
    if (!report) {
      report = (message) => {
        if (message === null) pending.delete(path);
        else pending.add(path);
        setErrors((previous) => {
          if ((previous[path] ?? null) === message) return previous;
          const next = { ...previous };
          if (message === null) delete next[path];
          else next[path] = message;
          return next;
        });
      };
      cache.set(path, report);
    }
    return report;
  };
  return { reporterFor, hasPending: () => pending.size > 0 };
}

/**
 * Collects the parse errors of a form's amount and number fields, keyed by the field's
 * path ('unitPrice', 'bankAccounts.0.iban'). Text that could not be read leaves the form's
 * value as it was, so a form must check `hasParseErrors()` before saving, or it would save
 * the old value while the field shows something else.
 */
export function useParseErrors() {
  const [errors, setErrors] = useState<Errors>({});
  const [{ reporterFor, hasPending }] = useState(() => reporterCache(setErrors));
  return {
    /** The message of each field whose text could not be read, for display. */
    parseErrors: errors,
    /** Whether any field held unreadable text at the last render. */
    hasParseErrors: Object.keys(errors).length > 0,
    /**
     * Whether any field holds unreadable text right now, including one reported by the
     * blur or Enter that led to this save; what a save handler should ask.
     */
    hasParseErrorsNow: hasPending,
    /** Pass `reporterFor(path)` as the field's onParseError. */
    reporterFor,
  };
}
