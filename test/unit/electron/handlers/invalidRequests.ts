import fc from 'fast-check';
import type { ContractName } from '../../../../shared/contract/contract';
import { MAX_TEXT_EXPORT_CHARS } from '../../../../shared/contract/filesContract';
import { PDF_BASE64, VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { genericInvalid } from './genericInvalid';
import { BACKUP_CHUNK_CHARS, MAX_BACKUP_BYTES } from '../../../../shared/contract/backupsContract';

// Generators of requests every one of which the contract must refuse: a valid sample with
// one thing broken (a field of the wrong type, too long, a traversal in a file name, control
// characters, negative copies, a bogus address, a field missing or unknown), or no object.

type Arb = fc.Arbitrary<unknown>;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Values of any type but text, including what IPC (structured clone) can carry and JSON cannot. */
const notText: Arb = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.date(),
  fc.uint8Array({ maxLength: 8 }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

const notNumber: Arb = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
);

const notList: Arb = fc.oneof(
  notText.filter((value) => !Array.isArray(value)),
  fc.string(),
);

/** Text longer than `max` characters, even after trimming. */
const tooLong = (max: number): Arb =>
  fc.string({ maxLength: 20 }).map((text) => `x${text}${'x'.repeat(max)}`);

const control = fc.constantFrom('\u0000', '\u0001', '\u0007', '\n', '\r', '\t', '\u001b', '\u007f');
/** Text with a control character somewhere in it. */
const withControl: fc.Arbitrary<string> = fc
  .tuple(fc.string({ maxLength: 20 }), control, fc.string({ maxLength: 20 }))
  .map((parts) => parts.join(''));

// Each of these makes a file name unsafe wherever it stands.
const unsafePart = fc.constantFrom(
  '../',
  '..\\',
  '/',
  '\\',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '\u0000',
  '\n',
  '\u202e',
  '\u200b',
);
/** File names with a traversal, a separator or a control character somewhere. */
const badFileName: Arb = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 30 }), unsafePart, fc.string({ maxLength: 30 }))
    .map(([a, bad, b]) => `${a}${bad}${b}.pdf`),
  fc.constantFrom(
    '..',
    '.',
    '',
    '../../../etc/passwd.pdf',
    '/etc/cron.d/evil.pdf',
    'C:\\Windows\\x.pdf',
    '\\\\server\\share\\x.pdf',
    '.bashrc.pdf',
    'x.pdf.',
    'x.pdf ',
    'CON.pdf',
    'x.exe',
    'x',
  ),
  tooLong(255),
  notText,
);

/** Text that is not base64, or base64 of something that is no PDF. */
const badPdf: Arb = fc.oneof(
  fc
    .string({ minLength: 1 })
    .filter((text) => /[^A-Za-z0-9+/=]/.test(text) || text.length % 4 !== 0),
  fc.constant(''),
  fc
    .uint8Array({ minLength: 1, maxLength: 40 })
    .filter((bytes) => bytes[0] !== 0x25)
    .map((bytes) => Buffer.from(bytes).toString('base64')),
  notText,
);

/** Text that cannot be an e-mail address: no '@' at all. */
const bogusEmail: Arb = fc.oneof(
  fc.string({ maxLength: 40 }).map((text) => text.replace(/@/g, '')),
  fc.constantFrom('a@', '@example.com', 'a b@example.com', 'a@b', 'a@@b.com', '<a@b.com>'),
  notText,
);

/** An id field (trimmed, 1–100 characters). */
const badId: Arb = fc.oneof(fc.constantFrom('', '   ', '\t'), tooLong(100), notText);

const badCopies: Arb = fc.oneof(
  fc.integer({ max: 0 }),
  fc.integer({ min: 100 }),
  fc.double({ min: 1.001, max: 98.999, noNaN: true }).filter((n) => !Number.isInteger(n)),
  notNumber,
);

const badPrinter: Arb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }).map((text) => `-${text}`),
  withControl,
  tooLong(127),
  notText,
);

/** Without undefined: for optional fields, where undefined means "not given" and is fine. */
function defined(arb: Arb): Arb {
  return arb.filter((value) => value !== undefined);
}

function replaceIn(base: Record<string, unknown>, field: string, value: unknown) {
  return { ...base, [field]: value };
}

/** Requests with one field of `base` broken, one required field missing, or one unknown field. */
function broken(base: Record<string, unknown>, bad: Record<string, Arb>, required: string[]): Arb {
  const options: Arb[] = [
    fc
      .string({ maxLength: 20 })
      .filter((key) => !(key in base))
      .map((key) => ({ ...base, [key]: 1 })),
  ];
  const fields = Object.keys(bad);
  if (fields.length > 0) {
    options.push(
      fc
        .constantFrom(...fields)
        .chain((field) => bad[field]!.map((value) => replaceIn(base, field, value))),
    );
  }
  if (required.length > 0) {
    options.push(
      fc.constantFrom(...required).map((field) => {
        const copy = { ...base };
        delete copy[field];
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
}

// Not a Date or typed array either: zod reads those as objects (a Date has no keys, so
// it would pass as the empty request of app.info).
const notAnObject: Arb = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 3 }),
);

const account = VALID_REQUESTS['mail.saveAccount'].account as Record<string, unknown>;
const attachment = { filename: 'a.pdf', contentBase64: PDF_BASE64, contentType: 'application/pdf' };
const batchFile = { name: 'a.pdf', pdfBase64: PDF_BASE64 };

// Backups: names that would leave the folder or are not the app's own, ids the service never
// gave out, counts and offsets out of range.
const badBackupFileName: Arb = fc.oneof(
  fc
    .tuple(fc.string({ maxLength: 30 }), unsafePart, fc.string({ maxLength: 30 }))
    .map(([a, bad, b]) => `${a}${bad}${b}.invoicer-backup`),
  fc.constantFrom('backup.json', 'backup.invoicer-backup.exe', '.invoicer-backup', 'x'),
  badFileName,
);
const badAutomaticName: Arb = fc.oneof(
  fc.constantFrom(
    '../invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup',
    'invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup/../../etc/passwd',
    'invoicer-2026-03-16T12-00-00-000Z-manual.invoicer-backup',
    'invoicer-2026-13-16T12-00-00-000Z-daily.invoicer-backup',
    '/etc/passwd',
    'Invoicer backup.invoicer-backup',
  ),
  fc.string({ maxLength: 60 }),
  notText,
);
const badUploadId: Arb = fc.oneof(
  fc.constantFrom('', '0123456789abcdef', '0123456789ABCDEF01234567', '../0123456789abcdef0123'),
  fc.string({ maxLength: 30 }).filter((text) => !/^[0-9a-f]{24}$/.test(text)),
  notText,
);

function brokenRequests(name: ContractName): Arb {
  const base = VALID_REQUESTS[name] as Record<string, unknown>;
  switch (name) {
    case 'app.info':
    case 'printers.list':
    case 'mail.listAccounts':
    case 'backups.list':
      return broken(base, {}, []);
    case 'backups.beginFile':
      return broken(base, { suggestedName: badBackupFileName }, ['suggestedName']);
    case 'backups.beginAutomatic':
      return broken(
        base,
        { reason: fc.oneof(fc.constantFrom('manual', 'Daily', '', 'daily '), notText) },
        ['reason'],
      );
    case 'backups.append':
      return broken(
        base,
        {
          uploadId: badUploadId,
          text: fc.oneof(fc.constant(''), fc.constant('x'.repeat(BACKUP_CHUNK_CHARS + 1)), notText),
        },
        ['uploadId', 'text'],
      );
    case 'backups.finish':
    case 'backups.abort':
      return broken(base, { uploadId: badUploadId }, ['uploadId']);
    case 'backups.read':
      return broken(
        base,
        {
          name: badAutomaticName,
          offset: fc.oneof(
            fc.integer({ max: -1 }),
            fc.constant(MAX_BACKUP_BYTES + 1),
            fc.constant(0.5),
            notNumber,
          ),
        },
        ['name', 'offset'],
      );
    case 'backups.setKeepLast':
      return broken(
        base,
        {
          keepLast: fc.oneof(
            fc.integer({ max: 0 }),
            fc.integer({ min: 366 }),
            fc.constant(2.5),
            notNumber,
          ),
        },
        ['keepLast'],
      );
    case 'files.exportPdf':
      return broken(
        base,
        {
          suggestedName: badFileName,
          pdfBase64: badPdf,
          documentId: fc.oneof(fc.constant(''), withControl, tooLong(100), notText),
        },
        ['suggestedName', 'pdfBase64', 'documentId'],
      );
    case 'files.exportBatch':
      return fc.oneof(
        broken(
          base,
          {
            folderHint: fc.oneof(fc.constant(''), withControl, tooLong(4096), defined(notText)),
            files: notList,
          },
          ['files'],
        ),
        fc.constant({ files: [] }),
        fc.constant({
          files: Array.from({ length: 201 }, (_, i) => ({ ...batchFile, name: `${i}.pdf` })),
        }),
        fc
          .tuple(
            broken(batchFile, { name: badFileName, pdfBase64: badPdf }, ['name', 'pdfBase64']),
            fc.nat(3),
          )
          .map(([file, at]) => ({
            files: ([batchFile, batchFile, batchFile] as unknown[]).toSpliced(at, 0, file),
          })),
      );
    case 'files.exportText':
      return fc.oneof(
        broken(
          base,
          {
            suggestedName: badFileName,
            kind: fc.oneof(fc.constantFrom('pdf', 'CSV', 'txt', 'exe', ''), notText),
            content: fc.oneof(fc.constant('x'.repeat(MAX_TEXT_EXPORT_CHARS + 1)), notText),
          },
          ['suggestedName', 'kind', 'content'],
        ),
        // A safe name, but not of the kind: a CSV export must not become a .pdf or a .exe.
        fc
          .constantFrom('report.pdf', 'report.exe', 'report.csv.lnk', 'report', 'csv')
          .map((suggestedName) => ({ ...base, suggestedName })),
      );
    case 'files.showInFolder':
      return broken(
        base,
        { path: fc.oneof(fc.constant(''), withControl, tooLong(4096), notText) },
        ['path'],
      );
    case 'print.pdf':
      return broken(
        base,
        {
          printer: badPrinter,
          pdfBase64: badPdf,
          copies: badCopies,
          paperSize: fc.oneof(fc.constantFrom('A3', 'a4', 'letter', ''), notText),
          title: fc.oneof(tooLong(1000), notText),
        },
        ['printer', 'pdfBase64', 'copies', 'paperSize', 'title'],
      );
    case 'print.jobStatus':
      return broken(
        base,
        {
          jobId: fc.oneof(
            fc.constantFrom('', 'Office', 'Office-', '-42', 'a b-1', 'x-12345678901'),
            withControl,
            tooLong(140),
            notText,
          ),
        },
        ['jobId'],
      );
    case 'mail.saveAccount':
      return fc.oneof(
        broken(
          base,
          { password: fc.oneof(tooLong(1000), defined(notText)), account: notAnObject },
          ['account'],
        ),
        broken(
          account,
          {
            id: badId,
            host: fc.oneof(
              fc.constantFrom(
                '',
                'smtp example.com',
                '-smtp.example.com',
                'smtp..x',
                'a_b.example.com',
              ),
              notText,
            ),
            port: fc.oneof(
              fc.integer({ max: 0 }),
              fc.integer({ min: 65536 }),
              fc.constant(1.5),
              notNumber,
            ),
            security: fc.oneof(fc.constantFrom('ssl', 'STARTTLS', ''), notText),
            fromAddress: bogusEmail,
            fromName: fc.oneof(
              fc.constant(''),
              withControl.filter((t) => CONTROL.test(t.trim())),
              notText,
            ),
          },
          ['id', 'label', 'host', 'port', 'security', 'fromName', 'fromAddress'],
        ).map((broke) => ({ account: broke })),
      );
    case 'mail.deleteAccount':
      return broken(base, { id: badId }, ['id']);
    case 'mail.sendTest':
      return broken(base, { accountId: badId, to: bogusEmail }, ['accountId', 'to']);
    case 'mail.send':
      return fc.oneof(
        broken(
          base,
          {
            accountId: badId,
            to: fc.oneof(
              fc.constant([]),
              fc.array(bogusEmail, { minLength: 1, maxLength: 3 }),
              notList,
            ),
            cc: fc.oneof(fc.array(bogusEmail, { minLength: 1, maxLength: 3 }), defined(notList)),
            subject: fc.oneof(fc.constantFrom('', 'a\nBcc: x@y.z', 'a\rb'), tooLong(998), notText),
            text: fc.oneof(
              withControl.filter((t) => CONTROL.test(t.replace(/[\r\n\t]/g, ''))),
              notText,
            ),
            attachments: fc.oneof(
              defined(notList),
              fc.constant(Array.from({ length: 11 }, () => attachment)),
            ),
          },
          ['accountId', 'to', 'subject', 'text'],
        ),
        broken(
          attachment,
          {
            filename: fc.oneof(fc.constantFrom('', '../x.pdf', 'a/b', 'a\\b', 'a\u0000b'), notText),
            contentBase64: fc.oneof(
              badPdf.filter(
                (v) =>
                  typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0,
              ),
              notText,
            ),
            contentType: fc.oneof(
              fc.constantFrom('', 'pdf', 'application/pdf; x=y', 'a/b c'),
              notText,
            ),
          },
          ['filename', 'contentBase64', 'contentType'],
        ).map((file) => ({ ...base, attachments: [file] })),
        fc.constant({ ...base, to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`) }),
      );
  }
}

/** Requests of `name` the contract must refuse, and values that are no request at all. */
export function invalidRequests(name: ContractName): Arb {
  // The generic breakages (genericInvalid.ts) reach every call, also one without a row yet.
  const generic = genericInvalid(VALID_REQUESTS[name]);
  return fc.oneof(
    { weight: 4, arbitrary: brokenRequests(name) },
    ...(generic ? [{ weight: 2, arbitrary: generic }] : []),
    { weight: 1, arbitrary: notAnObject },
  );
}
