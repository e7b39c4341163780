import type { ContractName, Handlers } from '../../shared/contract/contract';
import { CONTRACT_NAMES, ipcChannel } from '../../shared/contract/contractNames';
import type { IpcError } from '../../shared/contract/ipcError';
import { err } from '../../shared/result';
import { dispatch, type DispatchOptions } from '../handlers/dispatch';
import { isTrustedSender } from '../security';

/** The parts of Electron's frame of an IPC message the transport reads. */
export type SenderFrame = { url: string; parent: unknown } | null;

/** What the transport needs of Electron's ipcMain (which fits this shape). */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrame }, ...args: unknown[]) => unknown,
  ): void;
  removeHandler(channel: string): void;
};

const FORBIDDEN: IpcError = {
  code: 'FORBIDDEN',
  message: 'Only the Invoicer window itself may ask for this.',
};

/** True for a message from the app's own page in its main frame (not an iframe). */
export function isTrustedFrame(readFrame: () => SenderFrame): boolean {
  try {
    const frame = readFrame();
    // Electron throws when the frame has gone (navigated away, closed) meanwhile.
    return frame !== null && frame.parent === null && isTrustedSender(frame.url);
  } catch {
    return false;
  }
}

/**
 * Registers every call of the contract with ipcMain.handle on its own channel. Each message
 * is answered only for the app's own main frame, and always with a reply (dispatch never
 * throws, so the renderer's invoke never rejects with an Electron error text). Returns the
 * function that removes the handlers again.
 */
export function registerIpcTransport(
  ipcMain: IpcMainLike,
  table: Handlers,
  options: DispatchOptions = {},
): () => void {
  const log = options.log ?? ((message, error) => console.error(message, error));
  for (const name of CONTRACT_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, request) => {
      if (!isTrustedFrame(() => event.senderFrame)) {
        log(`invoicer: refused ${name} from a frame that is not the app's own`);
        return err(FORBIDDEN);
      }
      return dispatch(table, name satisfies ContractName, request, { ...options, log });
    });
  }
  return () => {
    for (const name of CONTRACT_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}
