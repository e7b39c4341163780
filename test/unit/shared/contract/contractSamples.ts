import type { ContractName, ReplyOf, RequestInputOf } from '../../../../shared/contract/contract';

/** The base64 of a tiny file that starts like a PDF. */
export const PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n',
  'latin1',
).toString('base64');

const account = {
  id: 'acc-1',
  label: 'Office mail',
  host: 'smtp.example.com',
  port: 587,
  security: 'starttls' as const,
  user: 'trader',
  fromName: 'Müller & Söhne GmbH',
  fromAddress: 'billing@mueller.example',
  replyTo: '',
};

/** An id of a backup being written, as the backup service gives them out. */
export const UPLOAD_ID = '0123456789abcdef01234567';
/** The name of an automatic backup. */
export const AUTOMATIC_BACKUP = 'invoicer-2026-03-16T12-00-00-000Z-daily.invoicer-backup';

/** A valid request of every call. */
export const VALID_REQUESTS: { [K in ContractName]: RequestInputOf<K> } = {
  'app.info': {},
  'files.exportPdf': {
    suggestedName: 'INV-2026-0007 Acme Ltd.pdf',
    pdfBase64: PDF_BASE64,
    documentId: 'doc-7',
  },
  'files.exportBatch': {
    files: [
      { name: 'INV-2026-0007 Acme Ltd.pdf', pdfBase64: PDF_BASE64 },
      { name: 'INV-2026-0008 Ανδρέας.pdf', pdfBase64: PDF_BASE64 },
    ],
  },
  'files.exportText': {
    suggestedName: 'VAT report 2026-Q1.csv',
    kind: 'csv',
    content: 'currency,VAT category,rate %\r\nEUR,Standard rate,19\r\n',
  },
  'files.showInFolder': { path: '/home/trader/Documents/INV-2026-0007 Acme Ltd.pdf' },
  'printers.list': {},
  'print.pdf': {
    printer: 'Office_Laser',
    pdfBase64: PDF_BASE64,
    copies: 2,
    paperSize: 'A4',
    title: 'INV-2026-0007',
  },
  'print.jobStatus': { jobId: 'Office_Laser-42' },
  'mail.listAccounts': {},
  'mail.saveAccount': { account, password: 'correct horse' },
  'mail.deleteAccount': { id: 'acc-1' },
  'mail.sendTest': { accountId: 'acc-1', to: 'me@trader.example' },
  'mail.send': {
    accountId: 'acc-1',
    to: ['anna@customer.example'],
    subject: 'Invoice INV-2026-0007',
    text: 'Dear Anna,\n\nplease find the invoice attached.\n',
    attachments: [
      {
        filename: 'INV-2026-0007 Acme Ltd.pdf',
        contentBase64: PDF_BASE64,
        contentType: 'application/pdf',
      },
    ],
  },
  'backups.beginFile': { suggestedName: 'Invoicer backup 2026-03-16 1200.invoicer-backup' },
  'backups.beginAutomatic': { reason: 'daily' },
  'backups.append': { uploadId: UPLOAD_ID, text: '{"format":"invoicer-backup"}\n' },
  'backups.finish': { uploadId: UPLOAD_ID },
  'backups.abort': { uploadId: UPLOAD_ID },
  'backups.list': {},
  'backups.read': { name: AUTOMATIC_BACKUP, offset: 0 },
  'backups.setKeepLast': { keepLast: 14 },
};

const sent = {
  messageId: '<1@mueller.example>',
  accepted: ['anna@customer.example'],
  rejected: [],
};

/** A valid reply value of every call. */
export const VALID_REPLIES: { [K in ContractName]: ReplyOf<K> } = {
  'app.info': {
    name: 'Invoicer',
    version: '0.1.0',
    platform: 'linux',
    mode: 'preview',
    exportFolder: '/tmp/exports',
  },
  'files.exportPdf': { path: '/tmp/exports/INV-2026-0007 Acme Ltd.pdf' },
  'files.exportBatch': {
    folder: '/tmp/exports',
    written: [{ name: 'a.pdf', path: '/tmp/exports/a.pdf' }],
  },
  'files.exportText': { path: '/tmp/exports/VAT report 2026-Q1.csv' },
  'files.showInFolder': {},
  'printers.list': {
    printers: [{ name: 'Office_Laser', description: 'Laser', isDefault: true, enabled: true }],
  },
  'print.pdf': { jobId: 'Office_Laser-42' },
  'print.jobStatus': { state: 'completed' },
  'mail.listAccounts': { accounts: [{ ...account, hasPassword: true }] },
  'mail.saveAccount': { ...account, hasPassword: true },
  'mail.deleteAccount': { deleted: true },
  'mail.sendTest': sent,
  'mail.send': sent,
  'backups.beginFile': { uploadId: UPLOAD_ID, name: 'Invoicer backup.invoicer-backup' },
  'backups.beginAutomatic': { uploadId: UPLOAD_ID, name: AUTOMATIC_BACKUP },
  'backups.append': {},
  'backups.finish': {
    name: AUTOMATIC_BACKUP,
    path: `/home/trader/.config/Invoicer/backups/${AUTOMATIC_BACKUP}`,
    size: 1234,
    deleted: [],
  },
  'backups.abort': {},
  'backups.list': {
    folder: '/home/trader/.config/Invoicer/backups',
    keepLast: 14,
    backups: [
      {
        name: AUTOMATIC_BACKUP,
        createdAt: '2026-03-16T12:00:00.000Z',
        reason: 'daily',
        size: 1234,
      },
    ],
  },
  'backups.read': { dataBase64: 'eyJmb3JtYXQiOiJpbnZvaWNlci1iYWNrdXAifQo=', size: 29 },
  'backups.setKeepLast': { keepLast: 14, deleted: [] },
};
