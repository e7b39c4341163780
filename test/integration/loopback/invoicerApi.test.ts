import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import { createFileService } from '../../../electron/services/files/fileService';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import {
  startLoopbackServer,
  type LoopbackServer,
} from '../../../electron/transport/loopbackServer';
import { exportInChunks } from '../../../renderer/platform/batchExport';
import { call, onMenuCommand, platformMode } from '../../../renderer/platform/invoicerApi';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';
import { VALID_REQUESTS } from '../../unit/shared/contract/contractSamples';

// The renderer's client in Node: `location`, `document` and `invoicer` are stubbed as a
// page of the preview (or of the desktop app) would have them; fetch is Node's own.

let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer({ table: createHandlerTable(fakeServices().services) });
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function previewPage(token: string | null): void {
  vi.stubGlobal('location', new URL(`${server.origin}/index.html`));
  vi.stubGlobal('document', {
    querySelector: (selector: string) =>
      selector === 'meta[name="invoicer-api-token"]' && token !== null ? { content: token } : null,
  });
}

describe('the renderer API client in the browser preview', () => {
  it('calls the loopback API with the token from the page', async () => {
    previewPage(server.token);
    expect(platformMode()).toBe('preview');
    expect(await call('print.pdf', VALID_REQUESTS['print.pdf'])).toEqual({
      ok: true,
      value: { jobId: 'Office_Laser-42' },
    });
  });

  it('passes refusals on as replies', async () => {
    previewPage(server.token);
    expect(await call('print.pdf', { ...VALID_REQUESTS['print.pdf'], copies: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    previewPage('x'.repeat(43));
    expect(await call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });

  it('answers NOT_AVAILABLE where neither the app nor the preview serves the page', async () => {
    previewPage(null);
    expect(platformMode()).toBe('none');
    expect(await call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_AVAILABLE' },
    });
  });

  it('answers TRANSPORT_FAILED when the server is gone, instead of throwing', async () => {
    const gone = await startLoopbackServer({ table: createHandlerTable(fakeServices().services) });
    await gone.close();
    vi.stubGlobal('location', new URL(`${gone.origin}/`));
    vi.stubGlobal('document', { querySelector: () => ({ content: gone.token }) });
    expect(await call('app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT_FAILED' },
    });
  });
});

describe('the renderer API client in the desktop app', () => {
  it('uses the preload bridge when there is one', async () => {
    const bridge = {
      call: vi.fn(async () => ({ ok: true, value: { jobId: 'Office_Laser-1' } })),
      onMenuCommand: vi.fn(() => () => undefined),
    };
    vi.stubGlobal('invoicer', bridge);
    expect(platformMode()).toBe('desktop');
    expect(await call('print.pdf', VALID_REQUESTS['print.pdf'])).toEqual({
      ok: true,
      value: { jobId: 'Office_Laser-1' },
    });
    expect(bridge.call).toHaveBeenCalledWith('print.pdf', VALID_REQUESTS['print.pdf']);
  });

  it('turns a reply that does not match the contract into TRANSPORT_FAILED', async () => {
    vi.stubGlobal('invoicer', {
      call: async () => ({ ok: true, value: { jobId: 42 } }),
      onMenuCommand: () => () => undefined,
    });
    expect(await call('print.pdf', VALID_REQUESTS['print.pdf'])).toMatchObject({
      ok: false,
      error: { code: 'TRANSPORT_FAILED' },
    });
  });

  it('passes menu commands of the list to the listener', () => {
    let forward: (command: unknown) => void = () => undefined;
    vi.stubGlobal('invoicer', {
      call: async () => undefined,
      onMenuCommand: (listener: (command: unknown) => void) => {
        forward = listener;
        return () => undefined;
      },
    });
    const received: string[] = [];
    onMenuCommand((command) => received.push(command));
    forward('print');
    forward('format-disk');
    expect(received).toEqual(['print']);
  });
});

describe('batch export from the renderer', () => {
  it('sends 205 PDFs in two chunks into one folder, reporting progress after each', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'invoicer-batch-'));
    const exportDir = path.join(dir, 'exports');
    const files = createFileService({ exportDir, store: createConfSettingsStore(dir) });
    const batchServer = await startLoopbackServer({
      table: createHandlerTable({ ...fakeServices().services, files }),
    });
    try {
      vi.stubGlobal('location', new URL(`${batchServer.origin}/`));
      vi.stubGlobal('document', { querySelector: () => ({ content: batchServer.token }) });
      const pdfs = Array.from({ length: 205 }, (_, index) => ({
        name: `INV-${String(index + 1).padStart(4, '0')}.pdf`,
        bytes: new TextEncoder().encode(`%PDF-1.4\n% ${index}\n`),
      }));
      const progress: number[] = [];
      const outcome = await exportInChunks(pdfs, ({ written }) => progress.push(written));
      expect(outcome).toMatchObject({ ok: true, value: { folder: exportDir } });
      expect(progress).toEqual([200, 205]);
      expect((await readdir(exportDir)).length).toBe(205);
    } finally {
      await batchServer.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
