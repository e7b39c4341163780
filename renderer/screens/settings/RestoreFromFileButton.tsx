import Button from '@mui/material/Button';
import { useRef } from 'react';
import { BACKUP_FILE_EXTENSION } from '../../../shared/contract/backupsContract';
import type { BackupSource } from './useBackupRestore';

/**
 * Opens the system's file dialog for a backup file and hands over its text. A file input
 * works alike in the app (Electron shows the system dialog) and in the browser preview, and
 * gives the renderer the file's content without it ever learning a path.
 */
export function RestoreFromFileButton({
  label,
  disabled,
  onFile,
}: {
  label: string;
  disabled?: boolean;
  onFile: (read: () => Promise<BackupSource>) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant="outlined" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={BACKUP_FILE_EXTENSION}
        hidden
        aria-label={label}
        data-testid="restore-backup-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing something) fires again.
          event.target.value = '';
          if (file) onFile(async () => ({ ok: true, text: await file.text() }));
        }}
      />
    </>
  );
}
