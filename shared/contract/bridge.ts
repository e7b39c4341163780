import type { ContractName } from './contractNames';
import type { MenuCommand } from './menuCommands';

/**
 * The one object the desktop app's preload puts on `window.invoicer`. Everything is
 * checked on the other side: `call` is typed by renderer/platform/invoicerApi.ts, and the
 * main process validates every request against the contract.
 */
export type InvoicerBridge = {
  call(name: ContractName, request: unknown): Promise<unknown>;
  /** Listens for application-menu commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The path prefix of the loopback API: POST /api/<call name>. */
export const LOOPBACK_API_PREFIX = '/api/';

/** The <meta> name under which the preview server writes its API token into index.html. */
export const LOOPBACK_TOKEN_META = 'invoicer-api-token';

/**
 * The largest request body the loopback API reads: a batch of MAX_BATCH_BYTES of PDFs as
 * base64, with room for the JSON around it.
 */
export const MAX_LOOPBACK_BODY_BYTES = 64 * 1024 * 1024;
