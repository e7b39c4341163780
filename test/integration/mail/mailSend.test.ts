import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate, type TestCertificate } from '../support/selfSignedCert';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtpTestServer';
import { createTestPdf } from '../support/testPdf';
import { localAccount, mailServiceInTempDir } from './mailTestAccounts';

const PASSWORD = 'correct horse battery staple';

let certificate: TestCertificate;
let starttls: SmtpTestServer;
let loginOnly: SmtpTestServer;
let implicitTls: SmtpTestServer;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  certificate = await createSelfSignedCertificate();
  const users = { trader: PASSWORD };
  starttls = await startSmtpTestServer({
    certificate,
    users,
    authMethods: ['PLAIN'],
    rejectRecipients: ['nobody@customer.example'],
  });
  loginOnly = await startSmtpTestServer({ certificate, users, authMethods: ['LOGIN'] });
  implicitTls = await startSmtpTestServer({ certificate, users, implicitTls: true });
});

afterAll(async () => {
  await Promise.all([starttls?.close(), loginOnly?.close(), implicitTls?.close()]);
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

async function serviceFor(port: number, security: 'starttls' | 'tls' = 'starttls') {
  const setup = await mailServiceInTempDir({ tls: { ca: certificate.cert } });
  cleanups.push(setup.cleanup);
  const saved = await setup.service.saveAccount(localAccount(port, { security }), PASSWORD);
  expect(saved.ok).toBe(true);
  return setup.service;
}

describe('sending through an SMTP server with STARTTLS and AUTH PLAIN', () => {
  it('delivers to the right recipients with subject, body and a byte-identical PDF', async () => {
    const service = await serviceFor(starttls.port);
    const pdf = createTestPdf(2, 'Invoice INV-2026-0007');
    const before = starttls.received.length;

    const result = await service.send({
      accountId: 'acc-local',
      to: ['anna@customer.example', 'accounts@customer.example'],
      cc: ['bookkeeper@trader.example'],
      subject: 'Invoice INV-2026-0007 from Müller & Söhne GmbH',
      text: 'Dear Ανδρέας,\n\nplease find attached invoice INV-2026-0007 for €1,234.50.\n',
      attachments: [
        { filename: 'INV-2026-0007 Acme Ltd.pdf', content: pdf, contentType: 'application/pdf' },
      ],
    });

    expect(result).toMatchObject({
      ok: true,
      value: {
        accepted: [
          'anna@customer.example',
          'accounts@customer.example',
          'bookkeeper@trader.example',
        ],
        rejected: [],
      },
    });
    expect(starttls.received).toHaveLength(before + 1);
    const mail = starttls.received[before]!;
    expect(mail.secure).toBe(true);
    expect(mail.user).toBe('trader');
    expect(mail.envelopeFrom).toBe('billing@mueller.example');
    expect(mail.envelopeTo).toEqual([
      'anna@customer.example',
      'accounts@customer.example',
      'bookkeeper@trader.example',
    ]);
    const parsed = mail.parsed;
    expect(parsed.subject).toBe('Invoice INV-2026-0007 from Müller & Söhne GmbH');
    expect(parsed.text).toBe(
      'Dear Ανδρέας,\n\nplease find attached invoice INV-2026-0007 for €1,234.50.\n',
    );
    expect(parsed.from?.value).toEqual([
      { name: 'Müller & Söhne GmbH', address: 'billing@mueller.example' },
    ]);
    expect(parsed.replyTo?.value[0]?.address).toBe('office@mueller.example');
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
    expect(to.flatMap((group) => group?.value.map((a) => a.address))).toEqual([
      'anna@customer.example',
      'accounts@customer.example',
    ]);
    const cc = Array.isArray(parsed.cc) ? parsed.cc : [parsed.cc];
    expect(cc.flatMap((group) => group?.value.map((a) => a.address))).toEqual([
      'bookkeeper@trader.example',
    ]);
    expect(parsed.messageId).toBe(result.ok ? result.value.messageId : 'no message id');
    expect(parsed.attachments).toHaveLength(1);
    const attachment = parsed.attachments[0]!;
    expect(attachment.filename).toBe('INV-2026-0007 Acme Ltd.pdf');
    expect(attachment.contentType).toBe('application/pdf');
    expect(Buffer.compare(attachment.content, Buffer.from(pdf))).toBe(0);
  });

  it('sends a test mail that names the account and server', async () => {
    const service = await serviceFor(starttls.port);
    const before = starttls.received.length;

    const result = await service.sendTestMail('acc-local', 'me@trader.example');

    expect(result.ok).toBe(true);
    const mail = starttls.received[before]!;
    expect(mail.envelopeTo).toEqual(['me@trader.example']);
    expect(mail.parsed.subject).toBe('Test mail from Invoicer');
    expect(mail.parsed.text).toContain('"Local test server"');
    expect(mail.parsed.text).toContain(`server 127.0.0.1, port ${starttls.port}, STARTTLS`);
  });

  it('still sends when one of several recipients is refused, and names the refused one', async () => {
    const service = await serviceFor(starttls.port);
    const before = starttls.received.length;

    const result = await service.send({
      accountId: 'acc-local',
      to: ['anna@customer.example', 'nobody@customer.example'],
      subject: 'Invoice',
      text: 'Attached.',
      attachments: [],
    });

    expect(result).toMatchObject({
      ok: true,
      value: { accepted: ['anna@customer.example'], rejected: ['nobody@customer.example'] },
    });
    expect(starttls.received[before]?.envelopeTo).toEqual(['anna@customer.example']);
  });
});

describe('other ways of logging in and securing the connection', () => {
  it('logs in with AUTH LOGIN when that is all the server offers', async () => {
    const service = await serviceFor(loginOnly.port);
    const before = loginOnly.received.length;

    const result = await service.sendTestMail('acc-local', 'me@trader.example');

    expect(result.ok).toBe(true);
    expect(loginOnly.received[before]?.user).toBe('trader');
  });

  it('sends over TLS from the first byte (SSL/TLS, port 465 style)', async () => {
    const service = await serviceFor(implicitTls.port, 'tls');
    const pdf = createTestPdf(1);
    const before = implicitTls.received.length;

    const result = await service.send({
      accountId: 'acc-local',
      to: ['anna@customer.example'],
      subject: 'Quote Q-2026-0001',
      text: 'Our quote.',
      attachments: [{ filename: 'quote.pdf', content: pdf, contentType: 'application/pdf' }],
    });

    expect(result.ok).toBe(true);
    const mail = implicitTls.received[before]!;
    expect(mail.secure).toBe(true);
    expect(Buffer.compare(mail.parsed.attachments[0]!.content, Buffer.from(pdf))).toBe(0);
  });
});
