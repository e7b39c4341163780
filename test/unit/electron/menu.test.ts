import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/menu';
import { MENU_COMMANDS } from '../../../shared/contract/menuCommands';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function build(platform: NodeJS.Platform, devTools = false) {
  const send = vi.fn();
  const template = applicationMenuTemplate({ platform, appName: 'Invoicer', send, devTools });
  return { template, all: items(template), send };
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'sends each app command to the renderer on %s',
    (platform) => {
      const { all, send } = build(platform);
      const byLabel = (label: string) => all.find((item) => item.label === label);
      click(byLabel('New invoice'));
      click(byLabel('Export PDF…'));
      click(byLabel('Print…'));
      click(byLabel(platform === 'darwin' ? 'Settings…' : 'Settings'));
      expect(send.mock.calls.map(([command]) => command)).toEqual([
        'newInvoice',
        'exportPdf',
        'print',
        'settings',
      ]);
      // 'backupBeforeQuit' is sent at quit by the main process, not by a menu item.
      expect([...MENU_COMMANDS].sort()).toEqual([
        'backupBeforeQuit',
        'exportPdf',
        'newInvoice',
        'print',
        'settings',
      ]);
    },
  );

  it('gives the commands their usual shortcuts', () => {
    const { all } = build('linux');
    const shortcut = (label: string) => all.find((item) => item.label === label)?.accelerator;
    expect(shortcut('New invoice')).toBe('CmdOrCtrl+N');
    expect(shortcut('Export PDF…')).toBe('CmdOrCtrl+E');
    expect(shortcut('Print…')).toBe('CmdOrCtrl+P');
    expect(shortcut('Settings')).toBe('CmdOrCtrl+,');
  });

  it('has Quit in the File menu on Windows and Linux, in the app menu on macOS', () => {
    const linux = build('linux').template;
    expect(linux[0]?.label).toBe('&File');
    expect(items([linux[0]!]).some((item) => item.role === 'quit')).toBe(true);
    const mac = build('darwin').template;
    expect(mac[0]?.label).toBe('Invoicer');
    expect(items([mac[0]!]).some((item) => item.role === 'quit')).toBe(true);
  });

  it('has the usual Edit, View and Window items', () => {
    const roles = build('linux').all.map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['editMenu', 'windowMenu', 'reload', 'zoomIn', 'togglefullscreen']),
    );
  });

  it('offers the developer tools only when asked to', () => {
    const has = (devTools: boolean) =>
      build('linux', devTools).all.some((item) => item.role === 'toggleDevTools');
    expect(has(false)).toBe(false);
    expect(has(true)).toBe(true);
  });
});
