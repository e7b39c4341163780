import { z } from 'zod';

/**
 * Every error code a call of the main process can answer with. A screen switches on these:
 * each names something the person can act on (choose another printer, check the password,
 * free disk space), never an implementation detail.
 */
export const IPC_ERROR_CODES = [
  // The request itself.
  'INVALID_REQUEST',
  // The way to the main process.
  'NOT_AVAILABLE',
  'TRANSPORT_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
  // Files.
  'CANCELLED',
  'DISK_FULL',
  'FILE_NOT_WRITABLE',
  'FILE_FAILED',
  'PATH_NOT_ALLOWED',
  // Printing.
  'PRINTER_NOT_FOUND',
  'PRINT_FAILED',
  'PRINT_TIMEOUT',
  // Mail.
  'SMTP_AUTH',
  'SMTP_UNREACHABLE',
  'SMTP_TIMEOUT',
  'SMTP_TLS',
  'SMTP_RECIPIENT_REJECTED',
  'SMTP_FAILED',
  'ACCOUNT_NOT_FOUND',
  'PASSWORD_UNAVAILABLE',
  'SECRET_STORAGE_UNAVAILABLE',
  'SETTINGS_FAILED',
] as const;

export const ipcErrorCodeSchema = z.enum(IPC_ERROR_CODES);
export type IpcErrorCode = z.output<typeof ipcErrorCodeSchema>;

/** A failed call: a code to act on, a sentence for the person, and for a refused mail whom. */
export const ipcErrorSchema = z.strictObject({
  code: ipcErrorCodeSchema,
  message: z.string().min(1).max(4000),
  /** SMTP_RECIPIENT_REJECTED (and a temporary refusal): the addresses the server refused. */
  rejected: z.array(z.string().max(1000)).max(1000).optional(),
});
export type IpcError = z.output<typeof ipcErrorSchema>;

/**
 * The schema of a reply as it crosses the boundary: `{ ok: true, value }` with the call's
 * own value, or `{ ok: false, error }`.
 */
export function replyEnvelopeSchema<V extends z.ZodType>(value: V) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}

/** The error of a request the contract refuses. */
export function invalidRequest(message: string): IpcError {
  return { code: 'INVALID_REQUEST', message };
}

/** The error of an unexpected failure inside the main process; details go to its log. */
export function internalError(): IpcError {
  return {
    code: 'INTERNAL',
    message:
      'Something went wrong inside Invoicer. Try again; if it keeps happening, restart the app.',
  };
}

/** The error of a call that never reached the main process, or whose answer was unreadable. */
export function transportFailed(detail: string): IpcError {
  return {
    code: 'TRANSPORT_FAILED',
    message: `Invoicer could not reach its background service (${detail}). Reload the page or restart the app and try again.`,
  };
}
