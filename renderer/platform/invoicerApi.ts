import {
  LOOPBACK_API_PREFIX,
  LOOPBACK_TOKEN_META,
  type InvoicerBridge,
} from '../../shared/contract/bridge';
import {
  contract,
  type ContractName,
  type ReplyEnvelope,
  type RequestInputOf,
} from '../../shared/contract/contract';
import {
  replyEnvelopeSchema,
  transportFailed,
  type IpcError,
} from '../../shared/contract/ipcError';
import { isMenuCommand, type MenuCommand } from '../../shared/contract/menuCommands';
import { err } from '../../shared/result';

// The renderer's one way to the main process. In the desktop app that is the preload's
// `window.invoicer`; in the browser preview the same calls go to the loopback API of the
// server that served the page, with the token it wrote into index.html.

/** Where calls go: the desktop app's bridge, the preview's API, or nowhere (vite dev). */
export type PlatformMode = 'desktop' | 'preview' | 'none';

function bridge(): InvoicerBridge | null {
  const candidate = (globalThis as { invoicer?: Partial<InvoicerBridge> }).invoicer;
  return typeof candidate?.call === 'function' ? (candidate as InvoicerBridge) : null;
}

function loopbackToken(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${LOOPBACK_TOKEN_META}"]`);
  const token = meta?.content ?? '';
  return token === '' ? null : token;
}

/** How this page reaches the main process. */
export function platformMode(): PlatformMode {
  if (bridge() !== null) return 'desktop';
  return loopbackToken() === null ? 'none' : 'preview';
}

const NO_SERVICES: IpcError = {
  code: 'NOT_AVAILABLE',
  message:
    'Exporting, printing and e-mail need the Invoicer app, or the browser preview started with npm run preview.',
};

async function overLoopback(name: ContractName, request: unknown, token: string) {
  const url = new URL(`${LOOPBACK_API_PREFIX}${name}`, globalThis.location.origin);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
    credentials: 'omit',
    cache: 'no-store',
  });
  // Refusals (401, 403, 413 …) carry an error reply as JSON too.
  return (await response.json()) as unknown;
}

/**
 * Makes one call of the contract and resolves to its reply; never rejects. A reply that
 * does not match the contract (or no reply at all) becomes TRANSPORT_FAILED.
 */
export async function call<K extends ContractName>(
  name: K,
  request: RequestInputOf<K>,
): Promise<ReplyEnvelope<K>> {
  let raw: unknown;
  try {
    const desktop = bridge();
    const token = desktop === null ? loopbackToken() : null;
    if (desktop === null && token === null) return err(NO_SERVICES);
    raw =
      desktop !== null
        ? await desktop.call(name, request)
        : await overLoopback(name, request, token ?? '');
  } catch (error) {
    return err(transportFailed(error instanceof Error ? error.message : 'no answer'));
  }
  const reply = replyEnvelopeSchema(contract[name].reply).safeParse(raw);
  return reply.success
    ? (reply.data as ReplyEnvelope<K>)
    : err(transportFailed('the answer does not match what the app expects'));
}

/**
 * Runs `listener` for each application-menu command (desktop app only); returns the
 * function that stops listening.
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const desktop = bridge();
  if (desktop === null || typeof desktop.onMenuCommand !== 'function') return () => undefined;
  return desktop.onMenuCommand((command) => {
    if (isMenuCommand(command)) listener(command);
  });
}
