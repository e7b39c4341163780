/** A new random record id (UUID v4), unique across windows and devices. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
