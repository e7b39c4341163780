import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import { createBackupService } from '../../../electron/services/backups/backupService';
import { createFileService } from '../../../electron/services/files/fileService';
import type { FileSettings } from '../../../electron/services/files/fileSettings';
import { createMailService } from '../../../electron/services/mail/mailService';
import type { MailSettings } from '../../../electron/services/mail/mailSettings';
import { createPrintService } from '../../../electron/services/print/printService';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import {
  startLoopbackServer,
  type LoopbackServer,
} from '../../../electron/transport/loopbackServer';
import {
  cupsPdfOutputDir,
  ensureCupsTestQueues,
  pdfInfo,
  TEST_QUEUE,
  waitForCupsPdfOutput,
} from '../support/cups';
import { createSelfSignedCertificate } from '../support/selfSignedCert';
import { startSmtpTestServer, type SmtpTestServer } from '../support/smtpTestServer';
import { createTestPdf } from '../support/testPdf';
import { createTestSecretBox } from '../support/testSecretBox';
import { callApi } from './httpClient';

// The real services behind the loopback API, as the browser preview runs them: the
// renderer's requests reach CUPS and an SMTP server, and files land in the export folder.

const PASSWORD = 'correct horse battery staple';
let dir: string;
let server: LoopbackServer;
let smtp: SmtpTestServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'invoicer-loopback-'));
  const certificate = await createSelfSignedCertificate();
  smtp = await startSmtpTestServer({
    certificate,
    users: { trader: PASSWORD },
    rejectRecipients: ['nobody@customer.example'],
  });
  const store = createConfSettingsStore<MailSettings & FileSettings>(path.join(dir, 'settings'));
  server = await startLoopbackServer({
    table: createHandlerTable({
      app: { name: 'Invoicer', version: '0.1.0', platform: process.platform, mode: 'preview' },
      files: createFileService({ exportDir: path.join(dir, 'exports'), store }),
      print: createPrintService({ platform: process.platform, tmpDir: dir }),
      backups: createBackupService({
        automaticDir: path.join(dir, 'backups'),
        exportDir: path.join(dir, 'exports'),
        store: createConfSettingsStore(path.join(dir, 'backup-settings')),
      }),
      mail: createMailService({
        store,
        secrets: createTestSecretBox(),
        tls: { ca: certificate.cert },
      }),
    }),
    checkReply: true,
  });
});

afterAll(async () => {
  await Promise.all([server?.close(), smtp?.close()]);
  await rm(dir, { recursive: true, force: true });
});

const call = async (name: string, body: unknown) =>
  (await callApi(server.origin, name, body, { Authorization: `Bearer ${server.token}` })).reply;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('export through the loopback API', () => {
  it('writes the PDF byte for byte into the export folder', async () => {
    const pdf = createTestPdf(1, 'INV-2026-0007');
    const reply = await call('files.exportPdf', {
      suggestedName: 'INV-2026-0007 Müller & Söhne.pdf',
      pdfBase64: base64(pdf),
      documentId: 'doc-7',
    });
    const file = path.join(dir, 'exports', 'INV-2026-0007 Müller & Söhne.pdf');
    expect(reply).toEqual({ ok: true, value: { path: file } });
    expect(new Uint8Array(await readFile(file))).toEqual(pdf);
  });
});

describe('printing through the loopback API (CUPS)', () => {
  beforeAll(async () => {
    await ensureCupsTestQueues();
  });

  it('lists the cups-pdf test queue', async () => {
    const reply = (await call('printers.list', {})) as {
      ok: boolean;
      value: { printers: { name: string }[] };
    };
    expect(reply.ok).toBe(true);
    expect(reply.value.printers.map((printer) => printer.name)).toContain(TEST_QUEUE);
  });

  it('prints a two-page PDF to the queue, and the job completes with both pages', async () => {
    const token = `loopback-${Date.now()}`;
    const reply = (await call('print.pdf', {
      printer: TEST_QUEUE,
      pdfBase64: base64(createTestPdf(2, token)),
      copies: 1,
      paperSize: 'A4',
      title: token,
    })) as { ok: boolean; value: { jobId: string } };
    expect(reply).toMatchObject({
      ok: true,
      value: { jobId: expect.stringMatching(new RegExp(`^${TEST_QUEUE}-\\d+$`)) },
    });
    // Done in CUPS first: cups-pdf may still be writing the file before that.
    let state = '';
    for (let attempt = 0; attempt < 100 && state !== 'completed'; attempt += 1) {
      const status = (await call('print.jobStatus', { jobId: reply.value.jobId })) as {
        value: { state: string };
      };
      state = status.value.state;
      if (state !== 'completed') await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(state).toBe('completed');
    const output = await waitForCupsPdfOutput(await cupsPdfOutputDir(), token);
    try {
      expect((await pdfInfo(output)).pages).toBe(2);
    } finally {
      await rm(output, { force: true });
    }
  });

  it('answers PRINTER_NOT_FOUND for a printer that is not set up', async () => {
    expect(
      await call('print.pdf', {
        printer: 'NoSuchPrinter',
        pdfBase64: base64(createTestPdf(1)),
        copies: 1,
        paperSize: 'A4',
        title: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'PRINTER_NOT_FOUND' } });
  });
});

describe('mail through the loopback API (smtp-server with STARTTLS and AUTH)', () => {
  const account = {
    id: 'acc-local',
    label: 'Local test server',
    host: '127.0.0.1',
    security: 'starttls',
    user: 'trader',
    fromName: 'Müller & Söhne GmbH',
    fromAddress: 'billing@mueller.example',
  };

  it('saves an account with its password and never hands the password back', async () => {
    const saved = await call('mail.saveAccount', {
      account: { ...account, port: smtp.port },
      password: PASSWORD,
    });
    expect(saved).toMatchObject({ ok: true, value: { id: 'acc-local', hasPassword: true } });
    const listed = await call('mail.listAccounts', {});
    expect(JSON.stringify(listed)).not.toContain(PASSWORD);
    expect(listed).toMatchObject({
      ok: true,
      value: { accounts: [{ id: 'acc-local', hasPassword: true }] },
    });
  });

  it('sends a mail whose attachment arrives byte for byte', async () => {
    await call('mail.saveAccount', {
      account: { ...account, port: smtp.port },
      password: PASSWORD,
    });
    const pdf = createTestPdf(1, 'INV-2026-0007');
    const before = smtp.received.length;
    const reply = await call('mail.send', {
      accountId: 'acc-local',
      to: ['anna@customer.example'],
      subject: 'Invoice INV-2026-0007',
      text: 'Dear Anna,\n\nplease find the invoice attached.\n',
      attachments: [
        {
          filename: 'INV-2026-0007 Acme Ltd.pdf',
          contentBase64: base64(pdf),
          contentType: 'application/pdf',
        },
      ],
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { accepted: ['anna@customer.example'], rejected: [] },
    });
    const mail = smtp.received[before]!;
    expect(mail.user).toBe('trader');
    expect(mail.parsed.subject).toBe('Invoice INV-2026-0007');
    expect(mail.parsed.attachments[0]?.filename).toBe('INV-2026-0007 Acme Ltd.pdf');
    expect(new Uint8Array(mail.parsed.attachments[0]!.content)).toEqual(pdf);
  });

  it('reports a refused recipient as SMTP_RECIPIENT_REJECTED', async () => {
    await call('mail.saveAccount', {
      account: { ...account, port: smtp.port },
      password: PASSWORD,
    });
    expect(
      await call('mail.send', {
        accountId: 'acc-local',
        to: ['nobody@customer.example'],
        subject: 'x',
        text: 'x',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SMTP_RECIPIENT_REJECTED', rejected: ['nobody@customer.example'] },
    });
  });

  it('reports a wrong password as SMTP_AUTH', async () => {
    await call('mail.saveAccount', { account: { ...account, port: smtp.port }, password: 'wrong' });
    expect(
      await call('mail.sendTest', { accountId: 'acc-local', to: 'me@trader.example' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SMTP_AUTH' },
    });
  });
});
