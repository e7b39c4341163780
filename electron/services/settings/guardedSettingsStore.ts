import { renameSync } from 'node:fs';
import path from 'node:path';
import type { SettingsStore } from './settingsStore';

/** The settings file's name without extension: settings.json in its folder. */
export const SETTINGS_FILE_NAME = 'settings';

/** What conf and electron-store (a subclass of conf) both offer. */
export type ConfLike = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
};

/**
 * A SettingsStore over conf or electron-store, opened on first use. A settings file that
 * is not JSON (a bad hand edit, a disk fault) makes conf throw when it is opened and on
 * every read; instead it is renamed to settings.json.damaged-<time> and the store starts
 * empty: the app keeps working, and the old file is there to rescue. Other errors (a full
 * disk, no permission) reach the caller, which turns them into a Result.
 */
export function guardedSettingsStore<S extends Record<string, unknown>>(
  dir: string,
  open: () => ConfLike,
  now: () => Date = () => new Date(),
): SettingsStore<S> {
  const file = path.join(dir, `${SETTINGS_FILE_NAME}.json`);
  let backend: ConfLike | undefined;

  function guarded<T>(operation: (store: ConfLike) => T): T {
    try {
      backend ??= open();
      return operation(backend);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const stamp = now().toISOString().replace(/[:.]/g, '-');
      renameSync(file, `${file}.damaged-${stamp}`);
      backend ??= open();
      return operation(backend);
    }
  }

  return {
    get: (key) => guarded((store) => store.get(key)) as never,
    set: (key, value) => guarded((store) => store.set(key, value)),
    delete: (key) => guarded((store) => store.delete(key)),
  };
}
