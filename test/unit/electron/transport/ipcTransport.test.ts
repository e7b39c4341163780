import { describe, expect, it, vi } from 'vitest';
import { CONTRACT_NAMES, ipcChannel } from '../../../../shared/contract/contractNames';
import { createHandlerTable } from '../../../../electron/handlers/handlerTable';
import {
  isTrustedFrame,
  registerIpcTransport,
  type IpcMainLike,
  type SenderFrame,
} from '../../../../electron/transport/ipcTransport';
import { VALID_REQUESTS } from '../../shared/contract/contractSamples';
import { fakeServices } from '../handlers/fakeServices';

type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const appFrame: SenderFrame = { url: 'app://invoicer/index.html#/invoices', parent: null };

function setUp() {
  const { services, calls } = fakeServices();
  const { ipcMain, handlers } = fakeIpcMain();
  const log = vi.fn();
  const unregister = registerIpcTransport(ipcMain, createHandlerTable(services), { log });
  const invoke = (name: (typeof CONTRACT_NAMES)[number], frame: SenderFrame, ...args: unknown[]) =>
    Promise.resolve(handlers.get(ipcChannel(name))!({ senderFrame: frame }, ...args));
  return { handlers, calls, log, unregister, invoke };
}

describe('the IPC transport', () => {
  it('registers one handler per call of the contract, and removes them again', () => {
    const { handlers, unregister } = setUp();
    expect([...handlers.keys()].sort()).toEqual(CONTRACT_NAMES.map(ipcChannel).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers the app page with the handler reply', async () => {
    const { invoke, calls } = setUp();
    const reply = await invoke('print.pdf', appFrame, VALID_REQUESTS['print.pdf']);
    expect(reply).toEqual({ ok: true, value: { jobId: 'Office_Laser-42' } });
    expect(calls).toHaveLength(1);
  });

  it('validates what the page sends', async () => {
    const { invoke, calls } = setUp();
    const reply = await invoke('files.exportPdf', appFrame, {
      ...VALID_REQUESTS['files.exportPdf'],
      suggestedName: '../../.ssh/authorized_keys.pdf',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['an iframe of the app', { url: 'app://invoicer/index.html', parent: {} }],
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }],
    ['another app:// host', { url: 'app://invoicer.evil/index.html', parent: null }],
    ['a frame that is gone', null],
  ])('refuses %s with FORBIDDEN and calls nothing', async (_case, frame) => {
    const { invoke, calls, log } = setUp();
    const reply = await invoke('mail.listAccounts', frame as SenderFrame, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledWith(
      "invoicer: refused mail.listAccounts from a frame that is not the app's own",
    );
  });
});

describe('isTrustedFrame', () => {
  it('is false when reading the frame throws (Electron: the frame was disposed)', () => {
    expect(
      isTrustedFrame(() => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      }),
    ).toBe(false);
  });
});
