// The names alone, without zod: the preload imports this file and stays small.

/** Every call the renderer may make of the main process (the keys of `contract`). */
export const CONTRACT_NAMES = [
  'app.info',
  'files.exportPdf',
  'files.exportBatch',
  'files.exportText',
  'files.showInFolder',
  'printers.list',
  'print.pdf',
  'print.jobStatus',
  'mail.listAccounts',
  'mail.saveAccount',
  'mail.deleteAccount',
  'mail.sendTest',
  'mail.send',
  'backups.beginFile',
  'backups.beginAutomatic',
  'backups.append',
  'backups.finish',
  'backups.abort',
  'backups.list',
  'backups.read',
  'backups.setKeepLast',
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(CONTRACT_NAMES);

/** True for the name of a call of the contract. */
export function isContractName(value: unknown): value is ContractName {
  return typeof value === 'string' && NAMES.has(value);
}

/** The IPC channel of a call: its name in the app's own namespace. */
export function ipcChannel(name: ContractName): string {
  return `invoicer:${name}`;
}
