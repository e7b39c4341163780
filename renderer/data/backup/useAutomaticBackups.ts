import { useEffect } from 'react';
import { notify } from '../../app/notifications';
import { t } from '../../i18n/t';
import { getDb } from '../database';

/**
 * Runs the automatic backups (daily, at quit) for as long as the app is open. The backup
 * code (dexie-export-import) is loaded after the first screen, not with it.
 */
export function useAutomaticBackups(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let stopped = false;
    void import('./automaticSchedule').then(({ startAutomaticBackups }) => {
      if (stopped) return;
      stop = startAutomaticBackups(getDb(), {
        onFailure: (reason) => notify(t('settings.backup.autoFailed', { reason }), 'error'),
      });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);
}
