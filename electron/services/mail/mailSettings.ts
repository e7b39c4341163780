import type { SmtpAccount } from '../../../shared/mail/smtpAccount';

/**
 * The settings keys the mail service owns. Passwords sit apart from the accounts, so that
 * handing an account to the renderer can never carry its password along.
 */
export type MailSettings = {
  'mail.accounts': SmtpAccount[];
  /** Account id → password encrypted by the SecretBox (base64). */
  'mail.passwords': Record<string, string>;
};
