import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate, type TestCertificate } from '../support/selfSignedCert';
import {
  startSilentServer,
  startSmtpTestServer,
  unusedPort,
  type SmtpTestServer,
} from '../support/smtpTestServer';
import { createTestPdf } from '../support/testPdf';
import { localAccount, mailServiceInTempDir } from './mailTestAccounts';

const PASSWORD = 'correct horse battery staple';

let certificate: TestCertificate;
let server: SmtpTestServer;
let silent: { port: number; close(): Promise<void> };
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
  server = await startSmtpTestServer({
    certificate,
    users: { trader: PASSWORD },
    rejectRecipients: ['nobody@customer.example'],
  });
  silent = await startSilentServer();
});

afterAll(async () => {
  await Promise.all([server?.close(), silent?.close()]);
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

type Setup = Parameters<typeof mailServiceInTempDir>[0];

async function serviceWith(port: number, password: string, setup: Setup = {}, account = {}) {
  const created = await mailServiceInTempDir({ tls: { ca: certificate.cert }, ...setup });
  cleanups.push(created.cleanup);
  const saved = await created.service.saveAccount(localAccount(port, account), password);
  expect(saved.ok).toBe(true);
  return created.service;
}

function invoiceMail(to: string[] = ['anna@customer.example']) {
  return {
    accountId: 'acc-local',
    to,
    subject: 'Invoice INV-2026-0007',
    text: 'Attached.',
    attachments: [
      { filename: 'INV-2026-0007.pdf', content: createTestPdf(1), contentType: 'application/pdf' },
    ],
  };
}

describe('send failures a sole trader can act on', () => {
  it('a wrong password gives SMTP_AUTH and delivers nothing', async () => {
    const service = await serviceWith(server.port, 'wrong password');
    const before = server.received.length;

    const result = await service.send(invoiceMail());

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'SMTP_AUTH',
        message:
          'The mail server refused the user name or password. Check them in Settings → E-mail.',
      },
    });
    expect(server.received).toHaveLength(before);
  });

  it('a port nothing listens on gives SMTP_UNREACHABLE naming the server', async () => {
    const service = await serviceWith(await unusedPort(), PASSWORD);

    const result = await service.send(invoiceMail());

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('SMTP_UNREACHABLE');
    expect(result.error.message).toContain('127.0.0.1');
  });

  it('a server that accepts the connection and never greets gives SMTP_TIMEOUT within seconds', async () => {
    const timeouts = { connectionMs: 500, greetingMs: 500, socketMs: 1000 };
    const service = await serviceWith(silent.port, PASSWORD, { timeouts });
    const started = Date.now();

    const result = await service.send(invoiceMail());

    expect(result.ok ? 'sent' : result.error.code).toBe('SMTP_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a refused recipient gives SMTP_RECIPIENT_REJECTED naming the address', async () => {
    const service = await serviceWith(server.port, PASSWORD);
    const before = server.received.length;

    const result = await service.send(invoiceMail(['nobody@customer.example']));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('SMTP_RECIPIENT_REJECTED');
    expect(result.error.rejected).toEqual(['nobody@customer.example']);
    expect(result.error.message).toContain('nobody@customer.example');
    expect(server.received).toHaveLength(before);
  });

  it('a certificate the computer does not trust gives SMTP_TLS and sends no password', async () => {
    const service = await serviceWith(server.port, PASSWORD, { tls: {} });
    const before = server.received.length;

    const result = await service.send(invoiceMail());

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('SMTP_TLS');
    expect(result.error.message).toContain('certificate is not trusted');
    expect(server.received).toHaveLength(before);
  });

  it('a certificate of another CA than the one pinned gives SMTP_TLS', async () => {
    const other = await createSelfSignedCertificate();
    const service = await serviceWith(server.port, PASSWORD, { tls: { ca: other.cert } });

    const result = await service.send(invoiceMail());

    expect(result.ok ? 'sent' : result.error.code).toBe('SMTP_TLS');
  });

  it('choosing SSL/TLS for a STARTTLS port gives SMTP_TLS, not a hang', async () => {
    const timeouts = { connectionMs: 2000, greetingMs: 2000, socketMs: 2000 };
    const service = await serviceWith(server.port, PASSWORD, { timeouts }, { security: 'tls' });

    const result = await service.send(invoiceMail());

    expect(result.ok ? 'sent' : result.error.code).toBe('SMTP_TLS');
  });

  it('security "none" against a server that wants TLS before the login gives SMTP_TLS', async () => {
    const service = await serviceWith(server.port, PASSWORD, {}, { security: 'none' });
    const before = server.received.length;

    const result = await service.send(invoiceMail());

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('SMTP_TLS');
    expect(result.error.message).toContain('Choose STARTTLS or SSL/TLS');
    expect(server.received).toHaveLength(before);
  });
});

describe('requests the service refuses before connecting', () => {
  it('an unknown account gives ACCOUNT_NOT_FOUND', async () => {
    const service = await serviceWith(server.port, PASSWORD);

    const result = await service.send({ ...invoiceMail(), accountId: 'acc-gone' });

    expect(result.ok ? 'sent' : result.error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it.each([
    ['no recipients', { to: [] }],
    ['a bogus address', { to: ['not an address'] }],
    ['a subject with a line break', { subject: 'Invoice\r\nBcc: victim@example.com' }],
    [
      'an attachment name with a folder',
      {
        attachments: [
          {
            filename: '../../etc/passwd',
            content: new Uint8Array(1),
            contentType: 'application/pdf',
          },
        ],
      },
    ],
    [
      'an attachment that is not bytes',
      { attachments: [{ filename: 'a.pdf', content: 'JVBERi0=', contentType: 'application/pdf' }] },
    ],
    ['a request that is not an object', null],
  ])('%s gives INVALID_REQUEST with a message', async (_name, change) => {
    const service = await serviceWith(server.port, PASSWORD);
    const request = change === null ? null : { ...invoiceMail(), ...change };

    const result = await service.send(request as never);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_REQUEST');
    expect(result.error.message).toMatch(/^[A-Z].*\.$/);
  });

  it('a saved password this computer can no longer decrypt gives PASSWORD_UNAVAILABLE', async () => {
    const first = await mailServiceInTempDir({ tls: { ca: certificate.cert } });
    cleanups.push(first.cleanup);
    await first.service.saveAccount(localAccount(server.port), PASSWORD);
    // The same settings file read with another keychain, as after a system reinstall.
    const { createMailService } = await import('../../../electron/services/mail/mailService');
    const { createTestSecretBox } = await import('../support/testSecretBox');
    const other = createMailService({ store: first.store, secrets: createTestSecretBox() });

    const result = await other.send(invoiceMail());

    expect(result).toMatchObject({ ok: false, error: { code: 'PASSWORD_UNAVAILABLE' } });
    if (!result.ok) expect(result.error.message).toContain('Local test server');
  });
});
