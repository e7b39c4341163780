import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { MENU_CHANNEL } from '../shared/contract/menuCommands';
import { createHandlerTable } from './handlers/handlerTable';
import { applicationMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedExternalUrl, resolveAppPath } from './security';
import { createFileService } from './services/files/fileService';
import type { FileSettings } from './services/files/fileSettings';
import { createMailService } from './services/mail/mailService';
import { createPrintService } from './services/print/printService';
import { createWindowsPrintService } from './services/print/windowsPrintService';
import type { AppSettings } from './services/settings/appSettings';
import type { SecretBox, SettingsStore } from './services/settings/settingsStore';
import { registerIpcTransport } from './transport/ipcTransport';
import { parseWindowState, restoreWindowState, type WindowSettings } from './windowState';

// Thin glue only: everything worth testing lives in plain modules (security.ts, handlers,
// transport, services, menu.ts, windowState.ts).

type MainSettings = AppSettings & FileSettings & WindowSettings;

const rendererRoot = path.join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | null = null;

// Must run before 'ready'. `standard` + `secure` give app:// a real, stable origin with
// IndexedDB and fetch, like https would.
// A separate profile (settings, IndexedDB) for automated tests, so they never touch a real
// user's data; set before the app is ready, as Electron requires.
if (process.env.INVOICER_USER_DATA) app.setPath('userData', process.env.INVOICER_USER_DATA);

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

app.enableSandbox();

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
}

function openExternallyIfAllowed(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Passwords through the OS keychain. Linux without one falls back to a fixed key: refused. */
const keychainSecretBox: SecretBox = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
  decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
};

async function chooseSavePath(defaultPath: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    defaultPath,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function chooseFolder(defaultPath: string): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    defaultPath,
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function openSettings(): Promise<SettingsStore<MainSettings>> {
  // electron-store needs the running app; imported only here, so tests never load it.
  const { createElectronStoreSettings } = await import('./services/settings/electronStoreSettings');
  return createElectronStoreSettings<MainSettings>(app.getPath('userData'));
}

function registerServices(store: SettingsStore<MainSettings>): void {
  const log = (message: string, error?: unknown) => console.error(message, error ?? '');
  const table = createHandlerTable({
    app: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      mode: 'desktop',
    },
    files: createFileService({
      chooseSavePath,
      chooseFolder,
      defaultDir: app.getPath('documents'),
      store,
      opener: (file) => shell.showItemInFolder(file),
      log,
    }),
    print:
      process.platform === 'win32'
        ? createWindowsPrintService({
            load: () => import('pdf-to-printer'),
            tmpDir: app.getPath('temp'),
            sumatraPdfPath: unpackedSumatraPdf(),
          })
        : createPrintService({ platform: process.platform, tmpDir: app.getPath('temp') }),
    mail: createMailService({ store, secrets: keychainSecretBox }),
  });
  registerIpcTransport(ipcMain, table, { log });
}

/**
 * pdf-to-printer's SumatraPDF, as electron-builder unpacks it next to the asar archive
 * (electron-builder.yml asarUnpack): a program inside the archive cannot be started.
 */
function unpackedSumatraPdf(): string | undefined {
  try {
    const dist = path.dirname(require.resolve('pdf-to-printer'));
    const exe = readdirSync(dist).find((name) => /^SumatraPDF.*\.exe$/i.test(name));
    return exe
      ? path.join(dist, exe).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`)
      : undefined;
  } catch {
    return undefined; // the package finds its own copy
  }
}

function installMenu(): void {
  const template = applicationMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    devTools: !app.isPackaged,
    send: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createMainWindow(store: SettingsStore<MainSettings>): void {
  let saved = null;
  try {
    saved = parseWindowState(store.get('window.state'));
  } catch {
    // An unreadable settings file: open at the default place.
  }
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const state = restoreWindowState(saved, workAreas);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 800,
    minHeight: 560,
    title: 'Invoicer',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      store.set('window.state', {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    } catch {
      // Losing the window's place is not worth an error dialog on quit.
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}

// Every web contents, present and future: no navigation away, no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openExternallyIfAllowed(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternallyIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  );
  serveRenderer();
  const store = await openSettings();
  registerServices(store);
  installMenu();
  createMainWindow(store);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(store);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
