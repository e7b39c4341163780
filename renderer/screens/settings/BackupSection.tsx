import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import {
  BACKUP_FILE_EXTENSION,
  MAX_KEEP_BACKUPS,
  MIN_KEEP_BACKUPS,
  type AutomaticBackup,
} from '../../../shared/contract/backupsContract';
import { safeFileName } from '../../../shared/contract/fileNames';
import { notify } from '../../app/notifications';
import { useFormatters } from '../../app/useFormatters';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { backUpToFile, readAutomaticBackup } from '../../data/backup/backupTransfer';
import { eraseWithSafetyBackup } from '../../data/backup/safeReplace';
import { nowIso } from '../../data/clock';
import { getDb } from '../../data/database';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { call } from '../../platform/invoicerApi';
import { AutomaticBackupsTable } from './AutomaticBackupsTable';
import { EraseAllDataDialog } from './EraseAllDataDialog';
import { RestoreFromFileButton } from './RestoreFromFileButton';
import { useBackupRestore } from './useBackupRestore';

type Listing = { folder: string; keepLast: number; backups: AutomaticBackup[] };

/** "Invoicer backup 2026-03-16 1405.invoicer-backup", from the local date and time. */
function suggestedName(): string {
  const now = new Date(nowIso());
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}${pad(now.getMinutes())}`;
  return safeFileName(`${t('settings.backup.fileName', { date })}${BACKUP_FILE_EXTENSION}`);
}

/**
 * Settings → Backups (issue 6): back up now, the automatic backups with date and size and a
 * Restore each, restore from a file, how many automatic backups to keep, and erase all data.
 */
export function BackupSection() {
  const { locale } = useFormatters();
  const [listing, setListing] = useState<Listing | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [keepText, setKeepText] = useState('');
  const [keepError, setKeepError] = useState<string | undefined>(undefined);
  const [erasing, setErasing] = useState(false);
  const [eraseProblem, setEraseProblem] = useState<string | null>(null);

  // Listed again after every change (version): a backup written, restored, or rotated away.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((previous) => previous + 1), []);
  const restore = useBackupRestore(refresh);

  useEffect(() => {
    let current = true;
    void call('backups.list', {}).then((listed) => {
      if (!current) return;
      if (listed.ok) {
        setListing(listed.value);
        setKeepText(String(listed.value.keepLast));
        setListProblem(null);
        return;
      }
      setListProblem(
        listed.error.code === 'NOT_AVAILABLE'
          ? t('settings.backup.notAvailable')
          : t('settings.backup.listFailed', { reason: listed.error.message }),
      );
    });
    return () => {
      current = false;
    };
  }, [version]);

  const backUpNow = async () => {
    setSaving(true);
    setSavedPath(null);
    try {
      const written = await backUpToFile(getDb(), suggestedName());
      if (written.ok) {
        setSavedPath(written.value.path);
        refresh();
        notify(t('settings.backup.saved', { path: written.value.path }));
      } else if (written.error.code !== 'CANCELLED') {
        notify(t('settings.backup.failed', { reason: written.error.message }), 'error');
      }
    } finally {
      setSaving(false);
    }
  };

  const saveKeepLast = async () => {
    const keep = Number(keepText.trim());
    if (!Number.isInteger(keep) || keep < MIN_KEEP_BACKUPS || keep > MAX_KEEP_BACKUPS) {
      setKeepError(t('settings.backup.keepLastInvalid'));
      return;
    }
    const saved = await call('backups.setKeepLast', { keepLast: keep });
    if (!saved.ok) {
      setKeepError(saved.error.message);
      return;
    }
    notify(t('settings.backup.keepLastSaved', { keep }));
    refresh();
  };

  const erase = async () => {
    setEraseProblem(null);
    const erased = await eraseWithSafetyBackup(getDb());
    setErasing(false);
    if (!erased.ok) {
      setEraseProblem(erased.error.message);
      return;
    }
    notify(t('settings.backup.erased'));
    refresh();
    navigate({ screen: 'dashboard' });
  };

  const busy = saving || restore.busyLabel !== null;
  const available = listing !== null;
  return (
    <FormSection title={t('settings.backup.title')} description={t('settings.backup.help')}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void backUpNow()} disabled={busy || !available}>
          {saving ? t('settings.backup.saving') : t('settings.backup.now')}
        </Button>
        <RestoreFromFileButton
          label={t('settings.backup.restoreFile')}
          disabled={busy}
          onFile={(read) => void restore.start(read)}
        />
        {restore.busyLabel && <Typography role="status">{restore.busyLabel}</Typography>}
      </Stack>
      {savedPath && (
        <Typography role="status" data-testid="backup-saved-path">
          {t('settings.backup.saved', { path: savedPath })}
        </Typography>
      )}
      {restore.problem && (
        <Alert severity="error">
          <AlertTitle>{t('settings.backup.refused')}</AlertTitle>
          {restore.problem}
        </Alert>
      )}
      {listProblem && <Alert severity="info">{listProblem}</Alert>}
      {listing && (
        <Box>
          <Typography variant="subtitle1" component="h4">
            {t('settings.backup.automatic')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('settings.backup.automaticHelp', { folder: listing.folder, keep: listing.keepLast })}
          </Typography>
          <AutomaticBackupsTable
            backups={listing.backups}
            locale={locale}
            disabled={busy}
            onRestore={(backup) =>
              void restore.start(async () => {
                const read = await readAutomaticBackup(backup.name);
                return read.ok
                  ? { ok: true, text: read.value }
                  : { ok: false, message: read.error.message };
              })
            }
          />
          <Stack
            direction="row"
            spacing={1}
            sx={{ mt: 2, alignItems: 'flex-start', maxWidth: 480 }}
          >
            <TextInputField
              id="backup-keep-last"
              label={t('settings.backup.keepLast')}
              value={keepText}
              onChange={(value) => {
                setKeepText(value);
                setKeepError(undefined);
              }}
              helperText={t('settings.backup.keepLastHelp')}
              error={keepError}
              size="small"
            />
            <Button
              variant="outlined"
              onClick={() => void saveKeepLast()}
              disabled={busy}
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {t('settings.backup.keepLastSave')}
            </Button>
          </Stack>
        </Box>
      )}
      <Box>
        <Button
          color="error"
          variant="outlined"
          onClick={() => setErasing(true)}
          disabled={busy || !available}
        >
          {t('settings.backup.erase')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {t('settings.backup.eraseHelp')}
        </Typography>
        {eraseProblem && <Alert severity="error">{eraseProblem}</Alert>}
      </Box>
      {restore.dialog}
      <EraseAllDataDialog open={erasing} onErase={erase} onCancel={() => setErasing(false)} />
    </FormSection>
  );
}
