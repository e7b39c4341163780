import type { AutomaticBackupReason } from '../../../shared/contract/backupsContract';

export type QuitBackupGateOptions = {
  /**
   * Asks the renderer to write its automatic 'quit' backup; false when there is no window
   * to ask (then the app quits at once).
   */
  ask: () => boolean;
  /** How long quitting waits for the backup before it goes ahead without it. */
  timeoutMs: number;
};

export type QuitBackupGate = ReturnType<typeof createQuitBackupGate>;

/**
 * The automatic backup at quit (issue 6). Only the renderer can read the database, so the
 * main process holds the quit (before-quit, or the last window's close), asks the renderer,
 * and lets the quit go on once the backup service reports the 'quit' backup written or given
 * up, or after `timeoutMs`: a renderer that hangs must never keep the app from quitting.
 * Asked once per run; a second quit while waiting waits for the same answer.
 */
export function createQuitBackupGate(options: QuitBackupGateOptions) {
  let passed = false;
  let waiting: Promise<void> | null = null;
  let release: (() => void) | null = null;

  return {
    /** True once the quit backup is behind us: quitting and closing need not wait. */
    passed: (): boolean => passed,

    /** Resolves when the quit may go on. */
    wait(): Promise<void> {
      if (passed) return Promise.resolve();
      waiting ??= new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          passed = true;
          release = null;
          resolve();
        };
        const timer = setTimeout(done, options.timeoutMs);
        release = done;
        if (!options.ask()) done();
      });
      return waiting;
    },

    /** The backup service's report (BackupServiceOptions.onAutomaticSettled). */
    settled(reason: AutomaticBackupReason): void {
      if (reason === 'quit') release?.();
    },
  };
}
