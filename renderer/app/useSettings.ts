import { useLiveQuery } from 'dexie-react-hooks';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { getDb } from '../data/database';
import { getSettings } from '../data/settingsRepository';

/**
 * The business settings, live: undefined while loading, null before the first-run setup.
 * Every screen that formats money or dates reads the locale from here.
 */
export function useSettings(): BusinessSettings | null | undefined {
  return useLiveQuery(() => getSettings(getDb()), [], undefined);
}
