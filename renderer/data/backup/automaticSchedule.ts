import { onMenuCommand, call } from '../../platform/invoicerApi';
import type { InvoicerDb } from '../db';
import { writeAutomaticBackup, type AutomaticOutcome } from './backupTransfer';

// When automatic backups happen (issue 6): at quit, when the main process asks; and once a
// day while the app runs. "Once a day" is judged from the backups on disk, not from a timer
// alone, so a person who opens the app for an hour each morning still gets a daily backup,
// and one who keeps it open for a week gets seven.

/** How often the app looks whether a daily backup is due. */
export const DAILY_CHECK_MS = 60 * 60 * 1000;
/** A daily backup is due when the newest automatic backup is older than this. */
export const DAILY_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The first look, a little after start-up, so it does not slow the first screen. */
const FIRST_CHECK_MS = 60 * 1000;

/**
 * True when a daily backup is due at `now`: no automatic backup at all, or the newest (of
 * any reason) older than a day, and no check in the last day found nothing to back up.
 */
export function dailyBackupDue(
  newestBackupAt: string | null,
  lastSkippedAt: number | null,
  now: number,
): boolean {
  if (lastSkippedAt !== null && now - lastSkippedAt < DAILY_INTERVAL_MS) return false;
  if (newestBackupAt === null) return true;
  const newest = Date.parse(newestBackupAt);
  return Number.isNaN(newest) || now - newest >= DAILY_INTERVAL_MS;
}

export type ScheduleOptions = {
  /** Told of each automatic backup that failed, to show the person. */
  onFailure: (message: string) => void;
  now?: () => number;
};

/**
 * Starts the automatic backups of `db`; returns the function that stops them. Does nothing
 * where there is no main process to write files (vite dev server).
 */
export function startAutomaticBackups(db: InvoicerDb, options: ScheduleOptions): () => void {
  const now = options.now ?? (() => Date.now());
  let lastSkippedAt: number | null = null;
  let running = false;

  const report = (
    result: Awaited<ReturnType<typeof writeAutomaticBackup>>,
  ): AutomaticOutcome | null => {
    if (result.ok) return result.value;
    if (result.error.code !== 'NOT_AVAILABLE') options.onFailure(result.error.message);
    return null;
  };

  const checkDaily = async () => {
    if (running) return;
    running = true;
    try {
      const listed = await call('backups.list', {});
      if (!listed.ok) return;
      const newest = listed.value.backups[0]?.createdAt ?? null;
      if (!dailyBackupDue(newest, lastSkippedAt, now())) return;
      const outcome = report(await writeAutomaticBackup(db, 'daily'));
      lastSkippedAt = outcome?.kind === 'skipped' ? now() : null;
    } finally {
      running = false;
    }
  };

  const first = setTimeout(() => void checkDaily(), FIRST_CHECK_MS);
  const hourly = setInterval(() => void checkDaily(), DAILY_CHECK_MS);
  const stopListening = onMenuCommand((command) => {
    if (command === 'backupBeforeQuit') void writeAutomaticBackup(db, 'quit').then(report);
  });
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
    stopListening();
  };
}
