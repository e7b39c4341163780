import Conf from 'conf';
import { guardedSettingsStore, SETTINGS_FILE_NAME } from './guardedSettingsStore';
import type { SettingsStore } from './settingsStore';

/**
 * The settings store of Node processes and tests: settings.json in `dir`, written atomically
 * by conf and readable by this user only (it holds encrypted passwords). Keys are literal:
 * 'mail.accounts' is one key, not a path. electronStoreSettings.ts is the app's twin.
 */
export function createConfSettingsStore<S extends Record<string, unknown>>(
  dir: string,
): SettingsStore<S> {
  return guardedSettingsStore<S>(
    dir,
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: SETTINGS_FILE_NAME,
        accessPropertiesByDotNotation: false,
        configFileMode: 0o600,
        watch: false,
      }),
  );
}
