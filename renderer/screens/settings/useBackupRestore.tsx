import { useState, type ReactNode } from 'react';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { checkBackup, type CheckedRestore } from '../../data/backup/restoreBackup';
import { restoreWithSafetyBackup } from '../../data/backup/safeReplace';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';

/** What reading a backup file gave: its text, or why there is none (cancelled: null). */
export type BackupSource = { ok: true; text: string } | { ok: false; message: string | null };

type Phase =
  { kind: 'idle' } | { kind: 'busy'; label: string } | { kind: 'confirm'; checked: CheckedRestore };

/** The date and time of a backup in the person's locale, e.g. "16 Mar 2026, 12:00". */
export function backupTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/**
 * The restore of a backup as a person goes through it (issue 6): the file is checked
 * completely first, a refusal is shown and changes nothing; an intact backup is described
 * (date, what it holds) and restored only after confirmation, after an automatic backup of
 * the current data. Returns what the screen shows: the dialog, the state, the last refusal.
 */
export function useBackupRestore(onRestored?: () => void) {
  const { locale } = useFormatters();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);

  const start = async (read: () => Promise<BackupSource>) => {
    setProblem(null);
    setPhase({ kind: 'busy', label: t('settings.backup.checking') });
    try {
      const source = await read();
      if (!source.ok) {
        setProblem(source.message);
        setPhase({ kind: 'idle' });
        return;
      }
      const checked = await checkBackup(source.text);
      if (!checked.ok) {
        setProblem(checked.error.message);
        setPhase({ kind: 'idle' });
        return;
      }
      setPhase({ kind: 'confirm', checked: checked.value });
    } catch (error) {
      setProblem(
        t('common.unexpectedError', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
      setPhase({ kind: 'idle' });
    }
  };

  const restore = async (checked: CheckedRestore) => {
    setPhase({ kind: 'busy', label: t('settings.backup.restoring') });
    const result = await restoreWithSafetyBackup(getDb(), checked);
    setPhase({ kind: 'idle' });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    notify(t('settings.backup.restored', { date: backupTime(checked.header.createdAt, locale) }));
    onRestored?.();
    navigate({ screen: 'dashboard' });
  };

  const checked = phase.kind === 'confirm' ? phase.checked : null;
  const count = (table: string) => checked?.counts[table] ?? 0;
  const dialog: ReactNode = (
    <ConfirmDialog
      open={checked !== null}
      title={t('settings.backup.restoreTitle', {
        date: checked ? backupTime(checked.header.createdAt, locale) : '',
      })}
      message={t('settings.backup.restoreMessage', {
        documents: count('documents'),
        customers: count('customers'),
        products: count('products'),
        payments: count('payments'),
      })}
      confirmLabel={t('settings.backup.restoreConfirm')}
      destructive
      onConfirm={() => (checked ? restore(checked) : undefined)}
      onCancel={() => setPhase({ kind: 'idle' })}
    />
  );

  return {
    start,
    dialog,
    problem,
    busyLabel: phase.kind === 'busy' ? phase.label : null,
  };
}
