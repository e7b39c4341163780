// The application menu sends commands to the renderer over one channel; the preload hands
// the renderer only commands of this list.

/**
 * What the application menu asks the renderer to do; and 'backupBeforeQuit', which the main
 * process sends when the app is about to quit (issue 6: the automatic backup at quit).
 */
export const MENU_COMMANDS = [
  'newInvoice',
  'exportPdf',
  'print',
  'settings',
  'backupBeforeQuit',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel of menu commands, main process → renderer. */
export const MENU_CHANNEL = 'invoicer:menu';

const COMMANDS: ReadonlySet<string> = new Set(MENU_COMMANDS);

/** True for a command of the menu. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && COMMANDS.has(value);
}
