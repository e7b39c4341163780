import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { InvoicerBridge } from '../../../shared/contract/bridge';

// The preload runs only inside Electron; here 'electron' is replaced by recording fakes, so
// what the renderer gets through contextBridge can be checked without the binary.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn((_channel: string, _request: unknown): Promise<unknown> =>
      Promise.resolve({ ok: true, value: {} }),
    ),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
    },
  },
}));

let bridge: InvoicerBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = electron.exposed.get('invoicer') as InvoicerBridge;
});

describe('the preload bridge', () => {
  it('exposes one frozen object, invoicer, with call and onMenuCommand only', () => {
    expect([...electron.exposed.keys()]).toEqual(['invoicer']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuCommand']);
  });

  it('sends a call on the channel of its name', async () => {
    electron.invoke.mockClear();
    await expect(bridge.call('printers.list', {})).resolves.toEqual({ ok: true, value: {} });
    expect(electron.invoke).toHaveBeenCalledWith('invoicer:printers.list', {});
  });

  it('refuses names outside the contract without touching IPC', async () => {
    electron.invoke.mockClear();
    for (const name of ['ELECTRON_BROWSER_REQUIRE', 'invoicer:menu', '__proto__', 42]) {
      await expect(bridge.call(name as never, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke into TRANSPORT_FAILED instead of rejecting', async () => {
    electron.invoke.mockRejectedValueOnce(new Error("No handler registered for 'x'"));
    await expect(bridge.call('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT_FAILED' },
    });
  });

  it('passes on menu commands of the list only, until the listener is removed', () => {
    const received: unknown[] = [];
    const stop = bridge.onMenuCommand((command) => received.push(command));
    const emit = (command: unknown) => {
      for (const listener of electron.listeners.get('invoicer:menu') ?? []) listener({}, command);
    };
    emit('newInvoice');
    emit('rm -rf /');
    emit({ toString: () => 'print' });
    emit('print');
    stop();
    emit('settings');
    expect(received).toEqual(['newInvoice', 'print']);
  });
});
