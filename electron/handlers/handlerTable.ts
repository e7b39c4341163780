import type { ReplyOf, RequestOf } from '../../shared/contract/contract';
import type { IpcError } from '../../shared/contract/ipcError';
import { ok, type Result } from '../../shared/result';
import type { BackupService } from '../services/backups/backupService';
import type { FileService } from '../services/files/fileService';
import type { MailService } from '../services/mail/mailService';
import type { PrinterInfo } from '../services/print/lpstatOutput';
import type { PrintPdfRequest } from '../services/print/printRequest';
import type { JobState } from '../services/print/printService';
import { createHandlerRegistry } from './handlerRegistry';

/** What app.info reports, fixed at start-up. */
export type AppIdentity = Omit<ReplyOf<'app.info'>, 'exportFolder'>;

/** The services the handlers call. Each is a plain Node service; none imports electron. */
export type HandlerServices = {
  app: AppIdentity;
  files: Pick<
    FileService,
    'exportPdf' | 'exportText' | 'exportBatch' | 'showInFolder' | 'exportFolder'
  >;
  print: PrintBackend;
  backups: BackupService;
  mail: Pick<
    MailService,
    'listAccounts' | 'saveAccount' | 'deleteAccount' | 'sendTestMail' | 'send'
  >;
};

type Reply<T> = Promise<Result<T, IpcError>>;

/** Printing as the handlers use it: the CUPS print service, or a stand-in where there is none. */
export type PrintBackend = {
  listPrinters(): Reply<{ printers: PrinterInfo[] }>;
  printPdf(request: PrintPdfRequest): Reply<{ jobId: string }>;
  jobStatus(jobId: string): Reply<{ state: JobState }>;
};

/** Bytes of base64 text the contract has validated. */
function bytes(base64: string): Uint8Array {
  return Buffer.from(base64, 'base64');
}

/**
 * The handler table of the contract over the services: one named function per call, each
 * turning the validated request into a service call and the service's Result into the reply.
 * Service errors pass through with their codes (the contract's error codes include every
 * code of the mail, print and file services, which the types check here).
 */
export function createHandlerTable(services: HandlerServices) {
  const { app, files, print, mail, backups } = services;
  const registry = createHandlerRegistry();

  async function appInfo(): Reply<ReplyOf<'app.info'>> {
    return ok({ ...app, exportFolder: files.exportFolder() });
  }

  function exportPdf(request: RequestOf<'files.exportPdf'>): Reply<ReplyOf<'files.exportPdf'>> {
    return files.exportPdf({ name: request.suggestedName, bytes: bytes(request.pdfBase64) });
  }

  function exportText(request: RequestOf<'files.exportText'>): Reply<ReplyOf<'files.exportText'>> {
    return files.exportText({
      name: request.suggestedName,
      kind: request.kind,
      content: request.content,
    });
  }

  function exportBatch(
    request: RequestOf<'files.exportBatch'>,
  ): Reply<ReplyOf<'files.exportBatch'>> {
    return files.exportBatch({
      folderHint: request.folderHint,
      files: request.files.map((file) => ({ name: file.name, bytes: bytes(file.pdfBase64) })),
    });
  }

  function showInFolder(
    request: RequestOf<'files.showInFolder'>,
  ): Reply<ReplyOf<'files.showInFolder'>> {
    return files.showInFolder(request.path);
  }

  function listPrinters(): Reply<ReplyOf<'printers.list'>> {
    return print.listPrinters();
  }

  function printPdf(request: RequestOf<'print.pdf'>): Reply<ReplyOf<'print.pdf'>> {
    return print.printPdf({
      printer: request.printer,
      pdf: bytes(request.pdfBase64),
      copies: request.copies,
      paperSize: request.paperSize,
      title: request.title,
    });
  }

  function printJobStatus(
    request: RequestOf<'print.jobStatus'>,
  ): Reply<ReplyOf<'print.jobStatus'>> {
    return print.jobStatus(request.jobId);
  }

  function listMailAccounts(): Reply<ReplyOf<'mail.listAccounts'>> {
    return mail.listAccounts();
  }

  function saveMailAccount(
    request: RequestOf<'mail.saveAccount'>,
  ): Reply<ReplyOf<'mail.saveAccount'>> {
    return mail.saveAccount(request.account, request.password);
  }

  function deleteMailAccount(
    request: RequestOf<'mail.deleteAccount'>,
  ): Reply<ReplyOf<'mail.deleteAccount'>> {
    return mail.deleteAccount(request.id);
  }

  function sendTestMail(request: RequestOf<'mail.sendTest'>): Reply<ReplyOf<'mail.sendTest'>> {
    return mail.sendTestMail(request.accountId, request.to);
  }

  function sendMail(request: RequestOf<'mail.send'>): Reply<ReplyOf<'mail.send'>> {
    return mail.send({
      accountId: request.accountId,
      to: request.to,
      cc: request.cc,
      subject: request.subject,
      text: request.text,
      attachments: request.attachments.map((file) => ({
        filename: file.filename,
        content: bytes(file.contentBase64),
        contentType: file.contentType,
      })),
    });
  }

  // Backups (issue 6): each call is the service's method of the same name.
  registry.register('backups.beginFile', (request) => backups.beginFile(request.suggestedName));
  registry.register('backups.beginAutomatic', (request) => backups.beginAutomatic(request.reason));
  registry.register('backups.append', (request) => backups.append(request.uploadId, request.text));
  registry.register('backups.finish', (request) => backups.finish(request.uploadId));
  registry.register('backups.abort', (request) => backups.abort(request.uploadId));
  registry.register('backups.list', () => backups.list());
  registry.register('backups.read', (request) => backups.read(request.name, request.offset));
  registry.register('backups.setKeepLast', (request) => backups.setKeepLast(request.keepLast));
  registry.register('app.info', appInfo);
  registry.register('files.exportPdf', exportPdf);
  registry.register('files.exportBatch', exportBatch);
  registry.register('files.exportText', exportText);
  registry.register('files.showInFolder', showInFolder);
  registry.register('printers.list', listPrinters);
  registry.register('print.pdf', printPdf);
  registry.register('print.jobStatus', printJobStatus);
  registry.register('mail.listAccounts', listMailAccounts);
  registry.register('mail.saveAccount', saveMailAccount);
  registry.register('mail.deleteAccount', deleteMailAccount);
  registry.register('mail.sendTest', sendTestMail);
  registry.register('mail.send', sendMail);
  return registry.table();
}
