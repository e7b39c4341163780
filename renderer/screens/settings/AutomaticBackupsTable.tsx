import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AutomaticBackup } from '../../../shared/contract/backupsContract';
import { t } from '../../i18n/t';
import { backupTime } from './useBackupRestore';

/** "12.5 MB", "340 kB" in the person's locale. */
export function backupSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024));
}

/** The automatic backups, newest first, each with date, reason, size and Restore. */
export function AutomaticBackupsTable({
  backups,
  locale,
  disabled,
  onRestore,
}: {
  backups: readonly AutomaticBackup[];
  locale: string;
  disabled: boolean;
  onRestore: (backup: AutomaticBackup) => void;
}) {
  if (backups.length === 0) {
    return <Typography color="text.secondary">{t('settings.backup.noAutomatic')}</Typography>;
  }
  return (
    <Table size="small" aria-label={t('settings.backup.automatic')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('settings.backup.col.date')}</TableCell>
          <TableCell>{t('settings.backup.col.reason')}</TableCell>
          <TableCell align="right">{t('settings.backup.col.size')}</TableCell>
          <TableCell align="right">{t('settings.backup.col.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {backups.map((backup) => {
          const date = backupTime(backup.createdAt, locale);
          return (
            <TableRow key={backup.name}>
              <TableCell>{date}</TableCell>
              <TableCell>{t(`settings.backup.reason.${backup.reason}`)}</TableCell>
              <TableCell align="right">{backupSize(backup.size, locale)}</TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  disabled={disabled}
                  onClick={() => onRestore(backup)}
                  aria-label={t('settings.backup.restoreNamed', { date })}
                >
                  {t('action.restore')}
                </Button>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
