/** A value or a typed error: the shape every fallible domain function and IPC reply returns. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Wraps an error. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
