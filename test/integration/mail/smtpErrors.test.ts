import { describe, expect, it } from 'vitest';
import { mapSmtpError } from '../../../electron/services/mail/smtpErrors';

// The failures the real-server tests cannot provoke on 127.0.0.1 (DNS, expired
// certificates, temporary refusals), in the shape nodemailer reports them.
const server = { host: 'smtp.example.com', port: 587 };

function socketError(originalCode: string, code = 'ESOCKET') {
  return Object.assign(new Error(`connect ${originalCode}`), { code, originalCode });
}

describe('mapping nodemailer errors to codes', () => {
  it.each([
    ['an unknown host name', socketError('ENOTFOUND', 'EDNS'), 'SMTP_UNREACHABLE'],
    ['no route to the host', socketError('EHOSTUNREACH'), 'SMTP_UNREACHABLE'],
    ['no network', socketError('ENETUNREACH'), 'SMTP_UNREACHABLE'],
    [
      'a connection timeout',
      Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' }),
      'SMTP_TIMEOUT',
    ],
    ['an expired certificate', socketError('CERT_HAS_EXPIRED'), 'SMTP_TLS'],
    ['a certificate for another name', socketError('ERR_TLS_CERT_ALTNAME_INVALID'), 'SMTP_TLS'],
    [
      'a server without STARTTLS',
      Object.assign(new Error('STARTTLS not supported'), { code: 'ETLS' }),
      'SMTP_TLS',
    ],
    [
      '535 on AUTH',
      { code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN', response: '535 5.7.8 Error' },
      'SMTP_AUTH',
    ],
    [
      '530 on MAIL FROM',
      {
        code: 'EENVELOPE',
        responseCode: 530,
        command: 'MAIL FROM',
        response: '530 5.7.0 Authentication required',
      },
      'SMTP_AUTH',
    ],
    [
      '553 on RCPT TO',
      { code: 'EENVELOPE', responseCode: 553, command: 'RCPT TO', rejected: ['x@y.example'] },
      'SMTP_RECIPIENT_REJECTED',
    ],
    [
      '451 on RCPT TO (greylisting)',
      { code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO', rejected: ['x@y.example'] },
      'SMTP_FAILED',
    ],
    [
      '552 on DATA (message too big)',
      {
        code: 'EMESSAGE',
        responseCode: 552,
        command: 'DATA',
        response: '552 5.3.4 Message size exceeds limit',
      },
      'SMTP_FAILED',
    ],
    ['something that is not an error at all', 'boom', 'SMTP_FAILED'],
    ['null', null, 'SMTP_FAILED'],
  ])('%s gives %s', (_name, error, code) => {
    expect(mapSmtpError(error, server).code).toBe(code);
  });

  it('names the refused recipient and quotes the server', () => {
    const error = mapSmtpError(
      {
        code: 'EENVELOPE',
        command: 'RCPT TO',
        responseCode: 550,
        rejected: ['old@customer.example'],
        rejectedErrors: [{ responseCode: 550, response: '550 5.1.1 User unknown' }],
      },
      server,
    );

    expect(error).toEqual({
      code: 'SMTP_RECIPIENT_REJECTED',
      message:
        'The mail server refused the recipient old@customer.example (the server said: 550 5.1.1 User unknown). Check the address and send again.',
      rejected: ['old@customer.example'],
    });
  });

  it('passes the server reply on for the mail provider, one line and short', () => {
    const error = mapSmtpError(
      { code: 'EMESSAGE', responseCode: 552, response: `552 too big\r\n${'x'.repeat(500)}` },
      server,
    );

    expect(error.message).toMatch(
      /^The mail server smtp\.example\.com did not take the message \(the server said: 552 too big x+\)\. Try again later/,
    );
    expect(error.message.length).toBeLessThan(400);
  });
});
