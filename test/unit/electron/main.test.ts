import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACT_NAMES, ipcChannel } from '../../../shared/contract/contractNames';
import { APP_RESPONSE_CSP } from '../../../electron/contentSecurityPolicy';
import { APP_ENTRY_URL, APP_SCHEME } from '../../../electron/security';
import { SECURE_WEB_PREFERENCES } from '../../../electron/windowOptions';

// electron/main.ts is glue: it hands Electron the pieces the other tests check. Here it runs
// against a recording stand-in for Electron (the binary cannot run in these tests), to see
// that it really does hand them over: the sandbox, the privileged scheme, the protocol
// handler, the window's preferences, the guards of every web contents, the permission
// handler and the IPC transport.

const electronDir = path.resolve(fileURLToPath(new URL('../../../electron', import.meta.url)));

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const record = {
    appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
    calls: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    fetched: [] as string[],
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    permissionHandler: null as null | ((...args: unknown[]) => unknown),
    openedExternally: [] as string[],
    userData: '',
  };
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  return { record, whenReady, ready: () => ready() };
});

vi.mock('electron', async () => {
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath: toPath } = await import('node:url');
  const { record, whenReady } = fake;
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  class BrowserWindow {
    static getAllWindows = () => record.windows;
    readonly entry: { options: Record<string, unknown>; loaded: string[] };
    webContents = { send: () => undefined };
    constructor(options: Record<string, unknown>) {
      this.entry = { options, loaded: [] };
      record.windows.push(this.entry);
    }
    once() {}
    on() {}
    show() {}
    maximize() {}
    isMaximized = () => false;
    getNormalBounds = () => workArea;
    loadURL(url: string) {
      this.entry.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      setPath: (_name: string, value: string) => (record.userData = value),
      getPath: () => record.userData || tmpdir(),
      getName: () => 'Invoicer',
      getVersion: () => '0.1.0',
      isPackaged: false,
      enableSandbox: () => record.calls.push('enableSandbox'),
      whenReady: () => whenReady,
      quit: () => undefined,
      on: (event: string, listener: (...args: unknown[]) => unknown) => {
        record.appListeners.set(event, [...(record.appListeners.get(event) ?? []), listener]);
      },
    },
    BrowserWindow,
    dialog: {},
    ipcMain: {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) =>
        record.ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => record.ipcHandlers.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => {} },
    net: {
      fetch: async (url: string) => {
        record.fetched.push(url);
        return new Response(await readFile(toPath(url)), { status: 200 });
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => record.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        record.protocolHandlers.set(scheme, handler),
    },
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => {
          record.permissionHandler = handler;
        },
      },
    },
    shell: {
      openExternal: (url: string) => {
        record.openedExternally.push(url);
        return Promise.resolve();
      },
      showItemInFolder: () => undefined,
    },
  };
});

// electron-store needs the running app; the same store over a folder of its own instead.
vi.mock('../../../electron/services/settings/electronStoreSettings', async () => {
  const { createConfSettingsStore } =
    await import('../../../electron/services/settings/confSettingsStore');
  return {
    createElectronStoreSettings: (dir: string) =>
      createConfSettingsStore(path.join(dir, 'settings')),
  };
});

const { record } = fake;
let profile: string;

beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), 'invoicer-main-'));
  vi.stubEnv('INVOICER_USER_DATA', profile);
  await import('../../../electron/main');
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(profile, { recursive: true, force: true });
});

async function whenStarted(): Promise<void> {
  fake.ready();
  await vi.waitFor(() => expect(record.windows).toHaveLength(1), { timeout: 10_000 });
}

describe('electron/main.ts before the app is ready', () => {
  it('switches on the sandbox for every renderer', () => {
    expect(record.calls).toContain('enableSandbox');
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(record.schemes).toEqual([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('keeps the test profile apart from a real user', () => {
    expect(record.userData).toBe(profile);
  });

  it('guards every web contents: no navigation, no windows, no webviews', () => {
    const created = record.appListeners.get('web-contents-created') ?? [];
    expect(created).toHaveLength(1);
    const listeners = new Map<string, Listener>();
    let windowOpen: Listener = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (windowOpen = handler),
    };
    created[0]!({}, contents);

    const navigate = (url: string) => {
      const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
      listeners.get('will-navigate')?.(event);
      return event.prevented;
    };
    expect(navigate('https://example.com/terms')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(windowOpen({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.prevented).toBe(true);
    // Only the http(s) links reached the system browser.
    expect(record.openedExternally).toEqual([
      'https://example.com/terms',
      'https://example.com/help',
    ]);
  });
});

describe('electron/main.ts once the app is ready', () => {
  beforeAll(whenStarted);

  it('opens one window with the secure preferences and the preload, on the app:// page', () => {
    const [window] = record.windows;
    expect(window?.options.webPreferences).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(electronDir, 'preload.cjs'),
    });
    expect(window?.loaded).toEqual([APP_ENTRY_URL]);
  });

  it('refuses every permission a page asks for', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      record.permissionHandler?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
  });

  it('serves app:// with the CSP header and refuses traversal without reading', async () => {
    const handler = record.protocolHandlers.get(APP_SCHEME);
    expect(handler).toBeDefined();
    record.fetched.length = 0;
    const refused = await handler!({ url: 'app://invoicer/..%2F..%2Fpackage.json' });
    expect(refused.status).toBe(404);
    expect(record.fetched).toEqual([]);

    const page = await handler!({ url: APP_ENTRY_URL });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(APP_RESPONSE_CSP);
    const served = record.fetched.map((url) => fileURLToPath(url));
    expect(served).toHaveLength(1);
    expect(await page.text()).toBe(readFileSync(served[0]!, 'utf8'));
  });

  it('answers every call of the contract over IPC, and only to the app page', async () => {
    for (const name of CONTRACT_NAMES) expect(record.ipcHandlers.has(ipcChannel(name))).toBe(true);
    const handler = record.ipcHandlers.get(ipcChannel('app.info'))!;
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await handler(foreign, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const own = { senderFrame: { url: APP_ENTRY_URL, parent: null } };
    expect(await handler(own, {})).toMatchObject({ ok: true, value: { name: 'Invoicer' } });
  });
});
