import type { MailError } from './mailErrors';

/** The parts of a nodemailer error (or a Node socket error) the mapping reads. */
type SmtpFailure = {
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
  rejected?: unknown;
  rejectedErrors?: unknown;
};

type Server = { host: string; port: number };

const SETTINGS = 'Settings → E-mail';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EADDRNOTAVAIL',
  'EDNS',
]);

// Node's certificate verification codes and OpenSSL's handshake failures.
const TLS_CODE = /CERT|SELF_SIGNED|LEAF_SIGNATURE|ISSUER|^ERR_SSL_|^ERR_TLS_|^EPROTO$/;
const TLS_TEXT = /certificate|self[- ]signed|SSL routines|wrong version number|handshake/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The server's own words, one line, short: useful to a mail provider's support desk. */
function serverReply(failure: SmtpFailure): string {
  const reply = text(failure.response).replace(/\s+/g, ' ').trim();
  return reply === '' ? '' : ` (the server said: ${reply.slice(0, 200)})`;
}

function rejectedAddresses(failure: SmtpFailure): string[] {
  if (!Array.isArray(failure.rejected)) return [];
  return failure.rejected.filter((address): address is string => typeof address === 'string');
}

function recipientError(failure: SmtpFailure, responseCode: number): MailError | null {
  const rejected = rejectedAddresses(failure);
  if (text(failure.command) !== 'RCPT TO' && rejected.length === 0) return null;
  const firstError = Array.isArray(failure.rejectedErrors)
    ? (failure.rejectedErrors[0] as SmtpFailure | undefined)
    : undefined;
  const code =
    typeof firstError?.responseCode === 'number' ? firstError.responseCode : responseCode;
  const who = rejected.length > 0 ? rejected.join(', ') : 'a recipient';
  if (code > 0 && code < 500) {
    return {
      code: 'SMTP_FAILED',
      message: `The mail server cannot take mail for ${who} at the moment${serverReply(firstError ?? failure)}. Try again later.`,
      rejected,
    };
  }
  const noun = rejected.length > 1 ? 'the recipients' : 'the recipient';
  return {
    code: 'SMTP_RECIPIENT_REJECTED',
    message: `The mail server refused ${noun} ${who}${serverReply(firstError ?? failure)}. Check the address and send again.`,
    rejected,
  };
}

/**
 * Turns what nodemailer reports into a MailError a sole trader can act on: wrong login,
 * server not reachable, no answer in time, no secure connection, a refused recipient, or
 * anything else with the server's own reply for the mail provider.
 */
export function mapSmtpError(error: unknown, server: Server): MailError {
  const failure: SmtpFailure = typeof error === 'object' && error !== null ? error : {};
  const code = text(failure.code);
  const original = text(failure.originalCode) || code;
  const responseCode = typeof failure.responseCode === 'number' ? failure.responseCode : 0;
  const command = text(failure.command);
  const message = text(failure.message);

  // 538: the server wants encryption before the login (the account says security "none").
  if (responseCode === 538 || (code === 'EAUTH' && /STARTTLS/i.test(text(failure.response)))) {
    return {
      code: 'SMTP_TLS',
      message: `The mail server ${server.host} accepts the login only over a secure connection. Choose STARTTLS or SSL/TLS in ${SETTINGS}.`,
    };
  }
  if (code === 'EAUTH' || code === 'ENOAUTH' || responseCode === 535 || responseCode === 534) {
    return {
      code: 'SMTP_AUTH',
      message: `The mail server refused the user name or password. Check them in ${SETTINGS}.`,
    };
  }
  if (responseCode === 530 && !command.startsWith('STARTTLS')) {
    return {
      code: 'SMTP_AUTH',
      message: `The mail server wants a user name and password before it takes mail. Enter them in ${SETTINGS}.`,
    };
  }
  if (code === 'ETIMEDOUT' || original === 'ETIMEDOUT') {
    return {
      code: 'SMTP_TIMEOUT',
      message: `The mail server ${server.host} did not answer in time. Try again later; if it keeps happening, check the server name, port and security in ${SETTINGS}.`,
    };
  }
  if (UNREACHABLE.has(original) || UNREACHABLE.has(code)) {
    return {
      code: 'SMTP_UNREACHABLE',
      message: `The mail server ${server.host} (port ${server.port}) cannot be reached. Check that this computer is online, and the server name and port in ${SETTINGS}.`,
    };
  }
  if (code === 'ETLS' || TLS_CODE.test(original) || TLS_TEXT.test(message)) {
    return {
      code: 'SMTP_TLS',
      message: `No secure connection to the mail server ${server.host} could be set up: ${tlsReason(original, message)}. Check the security setting and port in ${SETTINGS}, or ask your mail provider.`,
    };
  }
  const recipient = recipientError(failure, responseCode);
  if (recipient !== null) return recipient;
  return {
    code: 'SMTP_FAILED',
    message: `The mail server ${server.host} did not take the message${serverReply(failure)}. Try again later; if it keeps happening, ask your mail provider.`,
  };
}

function tlsReason(code: string, message: string): string {
  if (/SELF_SIGNED|LEAF_SIGNATURE|ISSUER|UNTRUSTED/.test(code) || /self[- ]signed/i.test(message)) {
    return 'its certificate is not trusted';
  }
  if (code === 'CERT_HAS_EXPIRED') return 'its certificate has expired';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'its certificate is for another server name';
  if (/STARTTLS/i.test(message)) return 'the server does not offer STARTTLS on this port';
  return 'the secure handshake failed';
}
