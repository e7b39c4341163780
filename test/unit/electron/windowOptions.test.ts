import { describe, expect, it } from 'vitest';
import { mainWindowOptions, SECURE_WEB_PREFERENCES } from '../../../electron/windowOptions';
import { MIN_WINDOW_SIZE } from '../../../electron/windowState';

const bounds = { x: 10, y: 20, width: 1280, height: 800 };
const preload = '/opt/invoicer/resources/app.asar/dist/electron/preload.cjs';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(bounds, preload);
  const prefs = options.webPreferences ?? {};

  it('isolates the page from the preload and runs it in the OS sandbox', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives the page, its workers and its frames no Node', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the same-origin policy and refuses insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('turns off webviews, experimental features, drag-and-drop navigation and middle-click windows', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures?.split(',')).toContain('Auxclick');
  });

  it('has no spellchecker that would download dictionaries', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('names no feature to switch on and no extra argument for the renderer', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('loads the preload given, at the bounds given, hidden until it is ready', () => {
    expect(prefs.preload).toBe(preload);
    expect(options).toMatchObject({ ...bounds, show: false, title: 'Invoicer' });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });

  it('hands out a fresh copy: a caller cannot weaken the next window', () => {
    const first = mainWindowOptions(bounds, preload);
    first.webPreferences!.sandbox = false;
    expect(mainWindowOptions(bounds, preload).webPreferences?.sandbox).toBe(true);
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});
