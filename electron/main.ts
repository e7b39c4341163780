import { readdirSync } from 'node:fs';
import path from 'node:path';
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
import { serveAppRequest } from './appProtocol';
import { createHandlerTable } from './handlers/handlerTable';
import { applicationMenuTemplate } from './menu';
import { guardWebContents } from './navigationGuards';
import { APP_ENTRY_URL, APP_SCHEME } from './security';
import { createBackupService, type BackupServiceSettings } from './services/backups/backupService';
import { createQuitBackupGate } from './services/backups/quitBackupGate';
import { createFileService } from './services/files/fileService';
import type { FileSettings } from './services/files/fileSettings';
import { createMailService } from './services/mail/mailService';
import { createPrintService } from './services/print/printService';
import { createWindowsPrintService } from './services/print/windowsPrintService';
import type { AppSettings } from './services/settings/appSettings';
import type { SecretBox, SettingsStore } from './services/settings/settingsStore';
import { registerIpcTransport } from './transport/ipcTransport';
import { mainWindowOptions } from './windowOptions';
import { parseWindowState, restoreWindowState, type WindowSettings } from './windowState';
import type { SaveFilter } from './services/files/textFile';

// Thin glue only: everything worth testing lives in plain modules (security.ts,
// appProtocol.ts, navigationGuards.ts, windowOptions.ts, handlers, transport, services,
// menu.ts, windowState.ts).

type MainSettings = AppSettings & FileSettings & WindowSettings & BackupServiceSettings;

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
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(rendererRoot, request.url, (fileUrl) => net.fetch(fileUrl)),
  );
}

/** Passwords through the OS keychain. Linux without one falls back to a fixed key: refused. */
const keychainSecretBox: SecretBox = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
  decrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher, 'base64')),
};

async function chooseSavePath(defaultPath: string, filter?: SaveFilter): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    defaultPath,
    filters: [filter ?? { name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

// The automatic backup at quit (issue 6): quitting and the last window's close wait until
// the renderer has written it (services/backups/quitBackupGate.ts), at most 30 seconds.
const quitBackup = createQuitBackupGate({
  timeoutMs: 30_000,
  ask: () => {
    const contents = mainWindow?.webContents;
    if (!contents || contents.isDestroyed()) return false;
    contents.send(MENU_CHANNEL, 'backupBeforeQuit');
    return true;
  },
});

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
    backups: createBackupService({
      automaticDir: path.join(app.getPath('userData'), 'backups'),
      chooseSavePath: (defaultPath) =>
        chooseSavePath(defaultPath, { name: 'Invoicer backup', extensions: ['invoicer-backup'] }),
      defaultDir: app.getPath('documents'),
      store,
      onAutomaticSettled: (reason) => quitBackup.settled(reason),
      log,
    }),
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
  const preload = path.join(__dirname, 'preload.cjs');
  const window = new BrowserWindow(mainWindowOptions(state.bounds, preload));
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event) => {
    if (quitBackup.passed()) return;
    event.preventDefault();
    void quitBackup.wait().then(() => {
      if (!window.isDestroyed()) window.close();
    });
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
// Links go to the system browser only if http(s) (navigationGuards.ts decides).
app.on('web-contents-created', (_event, contents) => {
  guardWebContents(contents, (url) => void shell.openExternal(url));
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

app.on('before-quit', (event) => {
  if (quitBackup.passed()) return;
  event.preventDefault();
  void quitBackup.wait().then(() => app.quit());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
