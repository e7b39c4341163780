/** What a screen can do about a failed mail operation. */
export type MailErrorCode =
  | 'SMTP_AUTH'
  | 'SMTP_UNREACHABLE'
  | 'SMTP_TIMEOUT'
  | 'SMTP_TLS'
  | 'SMTP_RECIPIENT_REJECTED'
  | 'SMTP_FAILED'
  | 'ACCOUNT_NOT_FOUND'
  | 'PASSWORD_UNAVAILABLE'
  | 'SECRET_STORAGE_UNAVAILABLE'
  | 'SETTINGS_FAILED'
  | 'INVALID_REQUEST';

/** A failed mail operation: a code to act on and a sentence for the person. */
export type MailError = {
  code: MailErrorCode;
  message: string;
  /** SMTP_RECIPIENT_REJECTED: the addresses the server refused. */
  rejected?: string[];
};

const SETTINGS = 'Settings → E-mail';

/** The error of an unknown account id. */
export function accountNotFound(): MailError {
  return {
    code: 'ACCOUNT_NOT_FOUND',
    message: `This e-mail account no longer exists. Choose another account, or add one in ${SETTINGS}.`,
  };
}

/** The error of a request that does not have the shape the service accepts. */
export function invalidRequest(message: string): MailError {
  return { code: 'INVALID_REQUEST', message };
}

/** The settings file could not be read or written (a full disk, no permission). */
export function settingsFailed(): MailError {
  return {
    code: 'SETTINGS_FAILED',
    message:
      'The e-mail settings could not be read or saved. Check that the disk is not full and try again.',
  };
}

/** The system keychain cannot encrypt, so a password is not saved in plain text instead. */
export function secretStorageUnavailable(): MailError {
  return {
    code: 'SECRET_STORAGE_UNAVAILABLE',
    message:
      "This computer's keychain is not available, so the password cannot be stored safely. Unlock or set up the system keychain and save the account again.",
  };
}

/** The account needs a password that is not saved, or can no longer be decrypted. */
export function passwordUnavailable(label: string): MailError {
  return {
    code: 'PASSWORD_UNAVAILABLE',
    message: `The password of the account "${label}" is not saved or can no longer be read. Enter it again in ${SETTINGS}.`,
  };
}
