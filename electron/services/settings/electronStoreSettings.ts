// Only the Electron glue imports this file, lazily: electron-store needs a running Electron
// (it registers IPC and reads app paths), so Node services and tests use
// createConfSettingsStore instead. Both write the same settings.json.
import ElectronStore from 'electron-store';
import { guardedSettingsStore, SETTINGS_FILE_NAME } from './guardedSettingsStore';
import type { SettingsStore } from './settingsStore';

/** The app's settings store: settings.json in `dir`, normally app.getPath('userData'). */
export function createElectronStoreSettings<S extends Record<string, unknown>>(
  dir: string,
): SettingsStore<S> {
  return guardedSettingsStore<S>(
    dir,
    () =>
      new ElectronStore<Record<string, unknown>>({
        cwd: dir,
        name: SETTINGS_FILE_NAME,
        accessPropertiesByDotNotation: false,
        configFileMode: 0o600,
        watch: false,
      }),
  );
}
