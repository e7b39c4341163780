import { isAllowedExternalUrl } from './security';

// Every web contents the app creates stays on the app's page (DESIGN §8): it never
// navigates away, never opens a window and never attaches a <webview>. A link the person
// follows opens in the system browser, and only when it is http(s). electron/main.ts calls
// guardWebContents for each new web contents; the parts are plain functions, tested in Node.

/** What Electron's will-navigate passes (its details event). */
export type NavigationEvent = { url: string; preventDefault(): void };

/** An event whose default the handler can stop (will-attach-webview). */
export type PreventableEvent = { preventDefault(): void };

/** What setWindowOpenHandler receives and answers. */
export type WindowOpenDetails = { url: string };
export type WindowOpenAnswer = { action: 'deny' };

/** The parts of Electron's WebContents the guards use (WebContents fits this shape). */
export type GuardedContents = {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenAnswer): void;
};

/** Hands a URL to the system browser (Electron's shell.openExternal in the app). */
export type OpenExternal = (url: string) => void;

/** Opens `url` in the system browser when it is http(s); true when it did. */
export function openExternallyIfAllowed(url: string, openExternal: OpenExternal): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  openExternal(url);
  return true;
}

/** will-navigate: the page stays; an http(s) link opens in the system browser instead. */
export function refuseNavigation(event: NavigationEvent, openExternal: OpenExternal): void {
  event.preventDefault();
  openExternallyIfAllowed(event.url, openExternal);
}

/** window.open and target=_blank: no new window; an http(s) link opens in the browser. */
export function refuseWindowOpen(
  details: WindowOpenDetails,
  openExternal: OpenExternal,
): WindowOpenAnswer {
  openExternallyIfAllowed(details.url, openExternal);
  return { action: 'deny' };
}

/** Installs the guards on a new web contents. */
export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event) => refuseNavigation(event, openExternal));
  contents.setWindowOpenHandler((details) => refuseWindowOpen(details, openExternal));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
