import { err } from '../result';

/**
 * The error every document state machine returns for a move its current state does not
 * allow: which state, which action, and a sentence saying what would be allowed instead.
 */
export type IllegalTransition<S extends string, A extends string> = {
  code: 'ILLEGAL_TRANSITION';
  from: S;
  action: A;
  message: string;
};

/** A failed Result holding an IllegalTransition. */
export function illegalTransition<S extends string, A extends string>(
  from: S,
  action: A,
  message: string,
): { ok: false; error: IllegalTransition<S, A> } {
  return err({ code: 'ILLEGAL_TRANSITION', from, action, message });
}
