import { describe, expect, it } from 'vitest';
import { contract, type ContractName } from '../../../../shared/contract/contract';
import {
  CONTRACT_NAMES,
  ipcChannel,
  isContractName,
} from '../../../../shared/contract/contractNames';
import { IPC_ERROR_CODES, replyEnvelopeSchema } from '../../../../shared/contract/ipcError';
import { MAX_BATCH_FILES } from '../../../../shared/contract/filesContract';
import { MAX_PDF_BYTES } from '../../../../shared/contract/requestFields';
import { PDF_BASE64, VALID_REPLIES, VALID_REQUESTS } from './contractSamples';

function refusal(name: ContractName, request: unknown): string | null {
  const parsed = contract[name].request.safeParse(request);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '');
}

describe('the contract', () => {
  it('has exactly the calls CONTRACT_NAMES lists', () => {
    expect(Object.keys(contract).sort()).toEqual([...CONTRACT_NAMES].sort());
    expect(new Set(CONTRACT_NAMES).size).toBe(CONTRACT_NAMES.length);
  });

  it('gives each call its own IPC channel in the app namespace', () => {
    const channels = CONTRACT_NAMES.map(ipcChannel);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((channel) => channel.startsWith('invoicer:'))).toBe(true);
  });

  it('knows its names and nothing inherited', () => {
    expect(isContractName('print.pdf')).toBe(true);
    for (const name of ['constructor', '__proto__', 'toString', 'print', '', 42, null]) {
      expect(isContractName(name)).toBe(false);
    }
  });

  it.each(CONTRACT_NAMES)('accepts a valid %s request and reply', (name) => {
    expect(refusal(name, VALID_REQUESTS[name])).toBeNull();
    const envelope = replyEnvelopeSchema(contract[name].reply);
    expect(envelope.safeParse({ ok: true, value: VALID_REPLIES[name] }).success).toBe(true);
    expect(
      envelope.safeParse({ ok: false, error: { code: 'INTERNAL', message: 'Broke.' } }).success,
    ).toBe(true);
  });

  it.each(CONTRACT_NAMES)('refuses a %s request with a field it does not know', (name) => {
    expect(refusal(name, { ...VALID_REQUESTS[name], extra: 1 })).toMatch(
      /has fields the app does not know: extra/,
    );
  });

  it.each(CONTRACT_NAMES)('refuses a %s request that is not an object', (name) => {
    for (const request of [null, 'x', 1, [], true]) {
      expect(refusal(name, request)).toMatch(/^The request to .* is damaged/);
    }
  });
});

describe('replies', () => {
  it('refuse error codes a screen cannot switch on', () => {
    const envelope = replyEnvelopeSchema(contract['app.info'].reply);
    expect(envelope.safeParse({ ok: false, error: { code: 'EACCES', message: 'x' } }).success).toBe(
      false,
    );
    expect(IPC_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'CANCELLED',
        'PRINTER_NOT_FOUND',
        'PRINT_FAILED',
        'SMTP_AUTH',
        'SMTP_UNREACHABLE',
        'SMTP_TIMEOUT',
        'SMTP_TLS',
        'SMTP_RECIPIENT_REJECTED',
        'DISK_FULL',
        'FILE_NOT_WRITABLE',
        'INVALID_REQUEST',
      ]),
    );
  });

  it('refuse an account summary that carries a password', () => {
    const envelope = replyEnvelopeSchema(contract['mail.listAccounts'].reply);
    const leaked = { ...VALID_REPLIES['mail.saveAccount'], password: 'secret' };
    expect(envelope.safeParse({ ok: true, value: { accounts: [leaked] } }).success).toBe(false);
  });
});

describe('files.exportPdf requests', () => {
  const valid = VALID_REQUESTS['files.exportPdf'];

  it.each([
    ['a folder in the name', { suggestedName: '../../.bashrc.pdf' }, /may not contain folders/],
    ['an absolute path', { suggestedName: '/etc/cron.d/x.pdf' }, /may not contain folders/],
    ['a Windows path', { suggestedName: 'C:\\Users\\x.pdf' }, /may not contain folders/],
    ['a NUL byte', { suggestedName: 'a\u0000.pdf' }, /control characters/],
    ['a line break', { suggestedName: 'a\nb.pdf' }, /control characters/],
    ['a trailing dot', { suggestedName: 'a.pdf.' }, /end with a dot/],
    ['another extension', { suggestedName: 'run.sh' }, /must end in \.pdf/],
    ['an empty name', { suggestedName: '' }, /is empty/],
    ['a number for a name', { suggestedName: 7 }, /must be text/],
    ['text that is not base64', { pdfBase64: 'not base64!' }, /must be base64/],
    ['a file that is no PDF', { pdfBase64: Buffer.from('<html>').toString('base64') }, /not a PDF/],
    ['an empty PDF', { pdfBase64: '' }, /empty/],
    ['no document', { documentId: '' }, /document is empty/],
  ])('refuses %s', (_case, change, message) => {
    expect(refusal('files.exportPdf', { ...valid, ...change })).toMatch(message);
  });

  it('refuses a PDF over 20 MB before decoding it', () => {
    const huge = PDF_BASE64 + 'A'.repeat(Math.ceil(MAX_PDF_BYTES / 3) * 4);
    expect(refusal('files.exportPdf', { ...valid, pdfBase64: huge })).toMatch(/larger than 20 MB/);
  });
});

describe('files.exportBatch requests', () => {
  const file = { name: 'a.pdf', pdfBase64: PDF_BASE64 };

  it('takes up to 200 files and refuses more, and an empty list', () => {
    const files = Array.from({ length: MAX_BATCH_FILES }, (_, index) => ({
      ...file,
      name: `${index}.pdf`,
    }));
    expect(refusal('files.exportBatch', { files })).toBeNull();
    expect(refusal('files.exportBatch', { files: [...files, file] })).toMatch(/at most 200 files/);
    expect(refusal('files.exportBatch', { files: [] })).toMatch(/at least one/);
  });

  it('refuses a traversal in any name of the batch', () => {
    expect(
      refusal('files.exportBatch', { files: [file, { ...file, name: '..\\..\\boot.ini.pdf' }] }),
    ).toMatch(/may not contain folders/);
  });

  it('refuses a folder hint with control characters', () => {
    expect(refusal('files.exportBatch', { folderHint: '/tmp/\u0007', files: [file] })).toMatch(
      /control characters/,
    );
  });
});

describe('print.pdf requests', () => {
  const valid = VALID_REQUESTS['print.pdf'];

  it.each([
    [{ copies: 0 }, /Copies must be a whole number from 1 to 99/],
    [{ copies: -1 }, /Copies/],
    [{ copies: 100 }, /Copies/],
    [{ copies: 1.5 }, /Copies/],
    [{ copies: '2' }, /Copies/],
    [{ paperSize: 'A3' }, /paper size/],
    [{ printer: '-oraw' }, /cannot begin with "-"/],
    [{ printer: 'a\nb' }, /control characters/],
    [{ printer: '' }, /Choose a printer/],
    [{ title: 'x'.repeat(1001) }, /too long/],
  ])('refuses %j', (change, message) => {
    expect(refusal('print.pdf', { ...valid, ...change })).toMatch(message);
  });
});

describe('mail requests', () => {
  const mail = VALID_REQUESTS['mail.send'];

  it.each([
    [{ to: ['not an address'] }, /e-mail address/],
    [{ to: [] }, /at least one recipient/],
    [{ subject: 'Two\nlines' }, /single line/],
    [{ text: 'bell \u0007' }, /control characters/],
    [{ to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`) }, /at most 50/],
    [
      {
        attachments: [
          { filename: '../x.pdf', contentBase64: PDF_BASE64, contentType: 'application/pdf' },
        ],
      },
      /may not contain \//,
    ],
    [
      {
        attachments: [{ filename: 'x.pdf', contentBase64: '***', contentType: 'application/pdf' }],
      },
      /base64/,
    ],
  ])('refuses a mail with %j', (change, message) => {
    expect(refusal('mail.send', { ...mail, ...change })).toMatch(message);
  });

  it('refuses a test mail to a bogus address and an account without a host', () => {
    expect(refusal('mail.sendTest', { accountId: 'a', to: 'me@' })).toMatch(/e-mail address/);
    const account = { ...VALID_REQUESTS['mail.saveAccount'].account, host: '' };
    expect(refusal('mail.saveAccount', { account })).toMatch(/server/);
  });
});
