import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract/menuCommands';

export type MenuOptions = {
  platform: NodeJS.Platform;
  appName: string;
  /** Sends a command to the renderer (over MENU_CHANNEL). */
  send: (command: MenuCommand) => void;
  /** Developer tools in the View menu: for unpackaged builds only. */
  devTools: boolean;
};

/**
 * The application menu: the app's own commands (New invoice, Export PDF, Print, Settings)
 * go to the renderer as menu commands; Quit and the Edit, View and Window items are
 * Electron's roles. On macOS the app menu holds Settings and Quit, as people expect there.
 */
export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (
    label: string,
    name: MenuCommand,
    accelerator: string,
  ): MenuItemConstructorOptions => ({ label, accelerator, click: () => options.send(name) });
  const settings = command(mac ? 'Settings…' : 'Settings', 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New invoice', 'newInvoice', 'CmdOrCtrl+N'),
      { type: 'separator' },
      command('Export PDF…', 'exportPdf', 'CmdOrCtrl+E'),
      command('Print…', 'print', 'CmdOrCtrl+P'),
      ...(mac ? [] : [{ type: 'separator' } as const, settings]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  return [...appMenu, file, { role: 'editMenu', label: '&Edit' }, view, { role: 'windowMenu' }];
}
