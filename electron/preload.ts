import { contextBridge, ipcRenderer } from 'electron';
import type { InvoicerBridge } from '../shared/contract/bridge';
import { ipcChannel, isContractName } from '../shared/contract/contractNames';
import type { IpcError } from '../shared/contract/ipcError';
import { isMenuCommand, MENU_CHANNEL } from '../shared/contract/menuCommands';

// The one object the renderer sees of the main process (DESIGN §2): `call` for the calls of
// the contract, `onMenuCommand` for the application menu. The renderer never gets
// ipcRenderer, and can reach no channel but the contract's. Only the zod-free parts of the
// contract are imported: the main process validates every request anyway.

function failure(error: IpcError) {
  return { ok: false as const, error };
}

const invoicer: InvoicerBridge = Object.freeze({
  call(name: unknown, request: unknown): Promise<unknown> {
    if (!isContractName(name)) {
      return Promise.resolve(
        failure({ code: 'INVALID_REQUEST', message: 'Invoicer does not know this request.' }),
      );
    }
    return ipcRenderer.invoke(ipcChannel(name), request).catch(() =>
      failure({
        code: 'TRANSPORT_FAILED',
        message: 'Invoicer could not reach its background service. Restart the app and try again.',
      }),
    );
  },

  onMenuCommand(listener: unknown): () => void {
    if (typeof listener !== 'function') return () => undefined;
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) (listener as (command: unknown) => void)(command);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld('invoicer', invoicer);
