import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW_SIZE, type Bounds } from './windowState';

// The options of every window the app opens (DESIGN §8). Pure, so a test can read them
// without Electron; electron/main.ts passes them to `new BrowserWindow` as they are.

/**
 * The renderer is a web page with no Node: isolated from the preload (contextIsolation),
 * in Chromium's OS sandbox, without Node in the page, its workers or its frames, with the
 * same-origin policy on, and without the features an invoicing form never needs.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Middle-click on a link would otherwise ask for a new window without a click event the
  // page could cancel; setWindowOpenHandler refuses it anyway, this keeps it from starting.
  disableBlinkFeatures: 'Auxclick',
  // Chromium's spellchecker downloads its dictionaries from Google on Windows and Linux;
  // the app makes no connection but the trader's own SMTP server (DESIGN §1).
  spellcheck: false,
} satisfies WebPreferences);

/** The main window: at `bounds`, hidden until its first paint, with the secure preferences. */
export function mainWindowOptions(
  bounds: Bounds,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Invoicer',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}
