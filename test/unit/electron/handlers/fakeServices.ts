import { ok } from '../../../../shared/result';
import type { HandlerServices } from '../../../../electron/handlers/handlerTable';
import { VALID_REPLIES } from '../../shared/contract/contractSamples';

/** A service call as the fake services saw it. */
export type ServiceCall = { service: string; method: string; args: unknown[] };

/**
 * Services that answer every call with a valid reply and record what they were asked, so a
 * test can check what reached them (and that a refused request reached nothing).
 */
export function fakeServices(): { services: HandlerServices; calls: ServiceCall[] } {
  const calls: ServiceCall[] = [];
  const record =
    <T>(service: string, method: string, reply: T) =>
    (...args: unknown[]) => {
      calls.push({ service, method, args });
      return Promise.resolve(ok(reply));
    };
  const services: HandlerServices = {
    app: { name: 'Invoicer', version: '0.1.0', platform: 'linux', mode: 'preview' },
    files: {
      exportPdf: record('files', 'exportPdf', VALID_REPLIES['files.exportPdf']),
      exportText: record('files', 'exportText', VALID_REPLIES['files.exportText']),
      exportBatch: record('files', 'exportBatch', VALID_REPLIES['files.exportBatch']),
      showInFolder: record('files', 'showInFolder', {}),
      exportFolder: () => '/tmp/exports',
    },
    print: {
      listPrinters: record('print', 'listPrinters', VALID_REPLIES['printers.list']),
      printPdf: record('print', 'printPdf', VALID_REPLIES['print.pdf']),
      jobStatus: record('print', 'jobStatus', VALID_REPLIES['print.jobStatus']),
    },
    backups: {
      beginFile: record('backups', 'beginFile', VALID_REPLIES['backups.beginFile']),
      beginAutomatic: record('backups', 'beginAutomatic', VALID_REPLIES['backups.beginAutomatic']),
      append: record('backups', 'append', {}),
      finish: record('backups', 'finish', VALID_REPLIES['backups.finish']),
      abort: record('backups', 'abort', {}),
      list: record('backups', 'list', VALID_REPLIES['backups.list']),
      read: record('backups', 'read', VALID_REPLIES['backups.read']),
      setKeepLast: record('backups', 'setKeepLast', VALID_REPLIES['backups.setKeepLast']),
    },
    mail: {
      listAccounts: record('mail', 'listAccounts', VALID_REPLIES['mail.listAccounts']),
      saveAccount: record('mail', 'saveAccount', VALID_REPLIES['mail.saveAccount']),
      deleteAccount: record('mail', 'deleteAccount', VALID_REPLIES['mail.deleteAccount']),
      sendTestMail: record('mail', 'sendTestMail', VALID_REPLIES['mail.sendTest']),
      send: record('mail', 'send', VALID_REPLIES['mail.send']),
    },
  };
  return { services, calls };
}
