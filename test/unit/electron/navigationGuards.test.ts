import { describe, expect, it } from 'vitest';
import {
  guardWebContents,
  openExternallyIfAllowed,
  refuseNavigation,
  refuseWindowOpen,
  type GuardedContents,
  type WindowOpenAnswer,
  type WindowOpenDetails,
} from '../../../electron/navigationGuards';

// The guards with a stand-in for shell.openExternal that records what it would have
// opened, and a stand-in web contents that records what was installed on it.

function opener() {
  const opened: string[] = [];
  return { opened, open: (url: string) => void opened.push(url) };
}

function navigation(url: string) {
  const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

const ALLOWED = ['https://example.com/terms', 'http://example.com/', 'HTTPS://EXAMPLE.COM/x'];
const REFUSED = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://invoicer/index.html',
  'app://evil/index.html',
  'mailto:someone@example.com',
  'smb://server/share',
  'ms-settings:privacy',
  'vbscript:msgbox',
  '\\\\server\\share\\x.exe',
  'about:blank',
  '',
];

describe('refuseNavigation', () => {
  it.each(ALLOWED)('keeps the page and opens %s in the system browser', (url) => {
    const { opened, open } = opener();
    const event = navigation(url);
    refuseNavigation(event, open);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual([url]);
  });

  it.each(REFUSED)('keeps the page and opens nothing for %s', (url) => {
    const { opened, open } = opener();
    const event = navigation(url);
    refuseNavigation(event, open);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it("refuses navigation within the app's own origin too (the app routes by #hash)", () => {
    const { opened, open } = opener();
    const event = navigation('app://invoicer/index.html?reload');
    refuseNavigation(event, open);
    expect(event.prevented).toBe(true);
    expect(opened).toEqual([]);
  });
});

describe('refuseWindowOpen', () => {
  it.each(ALLOWED)('opens no window, and %s in the system browser', (url) => {
    const { opened, open } = opener();
    expect(refuseWindowOpen({ url }, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual([url]);
  });

  it.each(REFUSED)('opens no window and nothing else for %s', (url) => {
    const { opened, open } = opener();
    expect(refuseWindowOpen({ url }, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });
});

describe('openExternallyIfAllowed', () => {
  it('says whether it opened the URL', () => {
    const { opened, open } = opener();
    expect(openExternallyIfAllowed('https://example.com', open)).toBe(true);
    expect(openExternallyIfAllowed('file:///etc/passwd', open)).toBe(false);
    expect(opened).toEqual(['https://example.com']);
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, ((event: never) => void)[]>();
    let windowOpenHandler: ((details: WindowOpenDetails) => WindowOpenAnswer) | null = null;
    const contents = {
      on(event: string, listener: (event: never) => void) {
        listeners.set(event, [...(listeners.get(event) ?? []), listener]);
        return contents;
      },
      setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenAnswer) {
        windowOpenHandler = handler;
      },
    };
    const emit = (name: string, event: unknown) => {
      for (const listener of listeners.get(name) ?? []) listener(event as never);
    };
    return {
      contents: contents as GuardedContents,
      listeners,
      emit,
      openWindow: (url: string) => windowOpenHandler?.({ url }),
    };
  }

  it('refuses navigation, new windows and webviews on the contents', () => {
    const { opened, open } = opener();
    const fake = fakeContents();
    guardWebContents(fake.contents, open);

    const away = navigation('https://example.org/page');
    fake.emit('will-navigate', away);
    expect(away.prevented).toBe(true);

    const local = navigation('file:///etc/passwd');
    fake.emit('will-navigate', local);
    expect(local.prevented).toBe(true);

    expect(fake.openWindow('https://example.com/help')).toEqual({ action: 'deny' });
    expect(fake.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });

    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    fake.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    expect(opened).toEqual(['https://example.org/page', 'https://example.com/help']);
  });

  it('installs exactly one listener per event', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents, () => undefined);
    expect([...fake.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate']);
    expect(fake.listeners.get('will-navigate')).toHaveLength(1);
    expect(fake.openWindow('about:blank')).toEqual({ action: 'deny' });
  });
});
