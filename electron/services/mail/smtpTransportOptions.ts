import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import type { SmtpAccount } from '../../../shared/mail/smtpAccount';

/** How long to wait for the server, in milliseconds: seconds, never minutes. */
export type MailTimeouts = { connectionMs: number; greetingMs: number; socketMs: number };

export const DEFAULT_MAIL_TIMEOUTS: MailTimeouts = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 20_000,
};

/** Extra trust for TLS: a CA certificate (PEM) to accept, for a server with its own CA. */
export type MailTls = { ca?: string };

/**
 * nodemailer's options for one account. Security 'none' really means none: no
 * opportunistic STARTTLS that could fail on a local relay's certificate. 'starttls' insists
 * on the upgrade, so a server (or someone in between) that drops STARTTLS cannot make the
 * password travel in clear text.
 */
export function smtpTransportOptions(
  account: SmtpAccount,
  password: string | null,
  timeouts: MailTimeouts,
  tls: MailTls,
): SMTPTransportOptions {
  return {
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    requireTLS: account.security === 'starttls',
    ignoreTLS: account.security === 'none',
    ...(account.user !== '' && password !== null
      ? { auth: { user: account.user, pass: password } }
      : {}),
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    dnsTimeout: timeouts.connectionMs,
    tls: {
      minVersion: 'TLSv1.2',
      ...(tls.ca === undefined ? {} : { ca: [tls.ca] }),
    },
    // Attachments are bytes in the request, never paths or URLs for nodemailer to fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  };
}
