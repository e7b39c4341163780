import type { IpcError, IpcErrorCode } from '../../../shared/contract/ipcError';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';

// What a screen says when a call of the main process fails: a sentence per error code that
// tells the person what to do (check the password, choose another printer), plus the
// service's own words where they add something (the server's reply, the refused address).

const HEADLINES: Record<IpcErrorCode, MessageKey> = {
  INVALID_REQUEST: 'documents.out.error.INVALID_REQUEST',
  NOT_AVAILABLE: 'documents.out.error.NOT_AVAILABLE',
  TRANSPORT_FAILED: 'documents.out.error.TRANSPORT_FAILED',
  UNAUTHORIZED: 'documents.out.error.UNAUTHORIZED',
  FORBIDDEN: 'documents.out.error.UNAUTHORIZED',
  INTERNAL: 'documents.out.error.INTERNAL',
  CANCELLED: 'documents.out.error.CANCELLED',
  DISK_FULL: 'documents.out.error.DISK_FULL',
  FILE_NOT_WRITABLE: 'documents.out.error.FILE_NOT_WRITABLE',
  FILE_FAILED: 'documents.out.error.FILE_FAILED',
  PATH_NOT_ALLOWED: 'documents.out.error.PATH_NOT_ALLOWED',
  PRINTER_NOT_FOUND: 'documents.out.error.PRINTER_NOT_FOUND',
  PRINT_FAILED: 'documents.out.error.PRINT_FAILED',
  PRINT_TIMEOUT: 'documents.out.error.PRINT_TIMEOUT',
  SMTP_AUTH: 'documents.out.error.SMTP_AUTH',
  SMTP_UNREACHABLE: 'documents.out.error.SMTP_UNREACHABLE',
  SMTP_TIMEOUT: 'documents.out.error.SMTP_TIMEOUT',
  SMTP_TLS: 'documents.out.error.SMTP_TLS',
  SMTP_RECIPIENT_REJECTED: 'documents.out.error.SMTP_RECIPIENT_REJECTED',
  SMTP_FAILED: 'documents.out.error.SMTP_FAILED',
  ACCOUNT_NOT_FOUND: 'documents.out.error.ACCOUNT_NOT_FOUND',
  PASSWORD_UNAVAILABLE: 'documents.out.error.PASSWORD_UNAVAILABLE',
  SECRET_STORAGE_UNAVAILABLE: 'documents.out.error.SECRET_STORAGE_UNAVAILABLE',
  SETTINGS_FAILED: 'documents.out.error.SETTINGS_FAILED',
};

/** A failure as a screen shows it: what happened and what to do, and the details. */
export type ErrorText = { headline: string; detail: string | null };

/** The words for a failed call; INVALID_REQUEST shows the contract's own sentence. */
export function ipcErrorText(error: IpcError): ErrorText {
  const rejected = (error.rejected ?? []).join(', ');
  const headline = t(HEADLINES[error.code], { rejected: rejected || '—' });
  const detail = error.message.trim();
  return { headline, detail: detail === '' || detail === headline ? null : detail };
}

/** The same as one line, for a notification or the send history. */
export function ipcErrorLine(error: IpcError): string {
  const { headline, detail } = ipcErrorText(error);
  return detail === null ? headline : `${headline} ${detail}`;
}

/** The headline of an error code alone (the send history keeps the code). */
export function errorCodeHeadline(code: IpcErrorCode): string {
  return t(HEADLINES[code], { rejected: '—' });
}
