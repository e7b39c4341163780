import { describe, expect, it } from 'vitest';
import { smtpAccountSchema, USUAL_SMTP_PORTS } from '../../../../shared/mail/smtpAccount';

const valid = {
  id: 'acc-1',
  label: 'Office mail',
  host: 'smtp.example.com',
  port: 587,
  security: 'starttls',
  user: 'trader@example.com',
  fromName: 'Müller & Söhne GmbH',
  fromAddress: 'billing@mueller.example',
};

function messages(change: Record<string, unknown>): string[] {
  const parsed = smtpAccountSchema.safeParse({ ...valid, ...change });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('the SMTP account schema', () => {
  it('accepts a complete account and fills in an empty reply-to', () => {
    expect(smtpAccountSchema.parse(valid)).toEqual({ ...valid, replyTo: '' });
  });

  it.each([
    ['an IPv4 address', '192.168.1.10'],
    ['an IPv6 address', '::1'],
    ['a name with a trailing dot', 'mail.example.com.'],
    ['a single-label name', 'localhost'],
  ])('accepts %s as the server', (_name, host) => {
    expect(messages({ host })).toEqual([]);
  });

  it('accepts an account without a login (a relay)', () => {
    expect(messages({ user: '', security: 'none', port: 25 })).toEqual([]);
  });

  it.each([
    ['no server', { host: '' }, "Enter the mail server's name, like smtp.example.com."],
    [
      'a server with a scheme',
      { host: 'smtp://mail.example.com' },
      '"smtp://mail.example.com" is not a server name; enter one like smtp.example.com.',
    ],
    [
      'a server beginning with a hyphen',
      { host: '-mail.example.com' },
      '"-mail.example.com" is not a server name; enter one like smtp.example.com.',
    ],
    ['port 0', { port: 0 }, 'The port must be a whole number from 1 to 65535, like 587.'],
    ['port 65536', { port: 65536 }, 'The port must be a whole number from 1 to 65535, like 587.'],
    [
      'a fractional port',
      { port: 587.5 },
      'The port must be a whole number from 1 to 65535, like 587.',
    ],
    [
      'a port as text',
      { port: '587' },
      'The port must be a whole number from 1 to 65535, like 587.',
    ],
    [
      'security "ssl"',
      { security: 'ssl' },
      'Choose how the connection is secured: none, STARTTLS or SSL/TLS.',
    ],
    [
      'no sender name',
      { fromName: ' ' },
      'Enter the sender name recipients see, like your company name.',
    ],
    [
      'a sender name with a line break',
      { fromName: 'A\nB' },
      'Sender name may not contain line breaks or tabs.',
    ],
    [
      'a user name with a line break',
      { user: 'me\r\nRCPT TO:<x@y>' },
      'User name may not contain line breaks or tabs.',
    ],
    ['no sender address', { fromAddress: '' }, 'Enter the sender address, like name@example.com.'],
    [
      'a reply-to that is no address',
      { replyTo: 'office' },
      'Enter an e-mail address like name@example.com.',
    ],
    ['no name for the account', { label: '' }, 'Give the account a name, like "Office mail".'],
  ])('refuses %s, saying what to do', (_name, change, message) => {
    expect(messages(change)).toEqual([message]);
  });

  it('knows the usual port of each kind of security', () => {
    expect(USUAL_SMTP_PORTS).toEqual({ none: 25, starttls: 587, tls: 465 });
  });
});
