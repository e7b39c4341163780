import { homedir } from 'node:os';
import path from 'node:path';
import {
  automaticBackupName,
  BACKUP_FILE_EXTENSION,
  MAX_BACKUP_BYTES,
  type AutomaticBackup,
  type AutomaticBackupReason,
} from '../../../shared/contract/backupsContract';
import { err, ok, type Result } from '../../../shared/result';
import { pathInside } from '../files/atomicWrite';
import { cancelled, invalidFileRequest, mapWriteError, type FileError } from '../files/fileErrors';
import type { SettingsStore } from '../settings/settingsStore';
import {
  keepLastOf,
  listAutomaticBackups,
  readAutomaticBackup,
  rotateAutomaticBackups,
  type BackupSettings,
} from './automaticFolder';
import { nodeBackupFs, type BackupFs, type OpenFile } from './backupFs';
import { finishedPath, type NameMode } from './finishedName';

export type BackupServiceSettings = BackupSettings & {
  /** The folder of the last backup saved through the dialog, where the next one opens. */
  'backups.lastFolder': string;
};

export type BackupServiceOptions = {
  /** The automatic backups' folder: <user data>/backups. */
  automaticDir: string;
  /** Where "Back up now" writes without a dialog (the browser preview). */
  exportDir?: string;
  /** The save dialog: the chosen path, or null when the person cancelled. */
  chooseSavePath?: (defaultPath: string) => Promise<string | null>;
  /** Where the first dialog opens (the Documents folder). */
  defaultDir?: string;
  store: SettingsStore<BackupServiceSettings>;
  fs?: BackupFs;
  now?: () => Date;
  /** Told when an automatic backup was written or given up (the app waits for 'quit'). */
  onAutomaticSettled?: (reason: AutomaticBackupReason, outcome: 'written' | 'failed') => void;
  log?: (message: string, error?: unknown) => void;
};

export type BackupError = FileError | { code: 'SETTINGS_FAILED'; message: string };
type Reply<T> = Promise<Result<T, BackupError>>;

type Upload = {
  file: OpenFile;
  temp: string;
  folder: string;
  /** The name asked for; the final one may differ ("name (2)", a later instant). */
  name: string;
  mode: NameMode;
  bytes: number;
  lastUsed: number;
};

/** At most this many backups are written at once; the oldest is dropped for a new one. */
const MAX_UPLOADS = 4;
/** A backup no piece arrived for in this long was abandoned (a closed window). */
const STALE_MS = 15 * 60 * 1000;

export type BackupService = ReturnType<typeof createBackupService>;

/**
 * Writes backups the renderer sends in pieces, atomically (a temporary file in the target
 * folder, flushed, renamed into place), into a file the person picked or into the automatic
 * folder, rotated to the last N; lists and reads the automatic ones by name, never a path.
 */
export function createBackupService(options: BackupServiceOptions) {
  const fs = options.fs ?? nodeBackupFs;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const automaticDir = path.resolve(options.automaticDir);
  const exportDir = options.exportDir === undefined ? null : path.resolve(options.exportDir);
  const uploads = new Map<string, Upload>();

  function settle(upload: Upload, outcome: 'written' | 'failed'): void {
    if (upload.mode.kind === 'automatic') options.onAutomaticSettled?.(upload.mode.reason, outcome);
  }

  async function drop(id: string, outcome: 'failed'): Promise<void> {
    const upload = uploads.get(id);
    if (upload === undefined) return;
    uploads.delete(id);
    await upload.file.close().catch(() => undefined);
    await fs.unlink(upload.temp).catch(() => undefined);
    settle(upload, outcome);
  }

  async function dropStale(): Promise<void> {
    const byAge = [...uploads].sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [id, upload] of byAge) {
      if (now().getTime() - upload.lastUsed > STALE_MS || uploads.size >= MAX_UPLOADS) {
        await drop(id, 'failed');
      }
    }
  }

  async function start(folder: string, name: string, mode: Upload['mode']) {
    await dropStale();
    const id = fs.randomId();
    const temp = path.join(folder, `.invoicer-${fs.randomId()}.tmp`);
    try {
      await fs.mkdirp(folder);
      const file = await fs.create(temp);
      uploads.set(id, { file, temp, folder, name, mode, bytes: 0, lastUsed: now().getTime() });
      return ok({ uploadId: id, name });
    } catch (error) {
      if (mode.kind === 'automatic') options.onAutomaticSettled?.(mode.reason, 'failed');
      return err(mapWriteError(error, path.join(folder, name)));
    }
  }

  function lastFolder(): string | undefined {
    try {
      const stored = options.store.get('backups.lastFolder');
      return typeof stored === 'string' && path.isAbsolute(stored) ? stored : undefined;
    } catch {
      return undefined;
    }
  }

  async function beginFile(suggestedName: string): Reply<{ uploadId: string; name: string }> {
    if (exportDir !== null) {
      if (pathInside(exportDir, suggestedName) === null) {
        return err(invalidFileRequest('Choose a plain file name for the backup.'));
      }
      return start(exportDir, suggestedName, { kind: 'keep' });
    }
    if (options.chooseSavePath === undefined) {
      return err({
        code: 'NOT_AVAILABLE',
        message: 'Saving files is not set up in this version of Invoicer.',
      });
    }
    const startDir = lastFolder() ?? options.defaultDir ?? homedir();
    const chosen = await options.chooseSavePath(path.join(startDir, suggestedName));
    if (chosen === null) return err(cancelled());
    if (!path.isAbsolute(chosen))
      return err(invalidFileRequest('Choose a folder and a file name.'));
    // Restore looks for this extension; a name typed without it gets it.
    const askedAbout = chosen.toLowerCase().endsWith(BACKUP_FILE_EXTENSION);
    const target = askedAbout
      ? path.resolve(chosen)
      : `${path.resolve(chosen)}${BACKUP_FILE_EXTENSION}`;
    try {
      options.store.set('backups.lastFolder', path.dirname(target));
    } catch (error) {
      log('backups: the last folder could not be saved', error);
    }
    // The system's dialog asked before replacing the path it returned, so that file may be
    // replaced. With the extension added, the file is one the dialog never asked about: an
    // existing backup of that name is kept and the new one numbered ("name (2)").
    return start(path.dirname(target), path.basename(target), {
      kind: askedAbout ? 'replace' : 'keep',
    });
  }

  function beginAutomatic(reason: AutomaticBackupReason) {
    return start(automaticDir, automaticBackupName(now().toISOString(), reason), {
      kind: 'automatic',
      reason,
    });
  }

  function unknownUpload(): Result<never, BackupError> {
    return err(
      invalidFileRequest(
        'This backup is no longer being written (it took too long or was cancelled). Back up again.',
      ),
    );
  }

  async function append(uploadId: string, text: string): Reply<Record<string, never>> {
    const upload = uploads.get(uploadId);
    if (upload === undefined) return unknownUpload();
    const bytes = Buffer.from(text, 'utf8');
    if (upload.bytes + bytes.length > MAX_BACKUP_BYTES) {
      await drop(uploadId, 'failed');
      return err({
        code: 'FILE_FAILED',
        message: 'The backup is larger than Invoicer can write (2 GB).',
      });
    }
    try {
      await upload.file.append(bytes);
      upload.bytes += bytes.length;
      upload.lastUsed = now().getTime();
      return ok({});
    } catch (error) {
      await drop(uploadId, 'failed');
      return err(mapWriteError(error, path.join(upload.folder, upload.name)));
    }
  }

  async function finish(
    uploadId: string,
  ): Reply<{ name: string; path: string; size: number; deleted: string[] }> {
    const upload = uploads.get(uploadId);
    if (upload === undefined) return unknownUpload();
    uploads.delete(uploadId);
    try {
      await upload.file.complete();
      const target = await finishedPath(upload.folder, upload.name, upload.mode, (file) =>
        fs.exists(file),
      );
      await fs.rename(upload.temp, target);
      const deleted =
        upload.mode.kind === 'automatic'
          ? await rotateAutomaticBackups(fs, automaticDir, keepLastOf(options.store), log)
          : [];
      settle(upload, 'written');
      return ok({ name: path.basename(target), path: target, size: upload.bytes, deleted });
    } catch (error) {
      await upload.file.close().catch(() => undefined);
      await fs.unlink(upload.temp).catch(() => undefined);
      settle(upload, 'failed');
      return err(mapWriteError(error, path.join(upload.folder, upload.name)));
    }
  }

  async function abort(uploadId: string): Reply<Record<string, never>> {
    await drop(uploadId, 'failed');
    return ok({});
  }

  async function list(): Reply<{ folder: string; keepLast: number; backups: AutomaticBackup[] }> {
    try {
      const backups = await listAutomaticBackups(fs, automaticDir);
      return ok({ folder: automaticDir, keepLast: keepLastOf(options.store), backups });
    } catch (error) {
      log('backups: the folder could not be listed', error);
      return err({
        code: 'FILE_FAILED',
        message: `The backups in ${automaticDir} could not be listed.`,
      });
    }
  }

  function read(name: string, offset: number) {
    return readAutomaticBackup(fs, automaticDir, name, offset);
  }

  async function setKeepLast(keepLast: number): Reply<{ keepLast: number; deleted: string[] }> {
    try {
      options.store.set('backups.keepLast', keepLast);
    } catch (error) {
      log('backups: the setting could not be saved', error);
      return err({
        code: 'SETTINGS_FAILED',
        message: 'The number of backups to keep could not be saved.',
      });
    }
    const deleted = await rotateAutomaticBackups(fs, automaticDir, keepLast, log);
    return ok({ keepLast, deleted });
  }

  return { beginFile, beginAutomatic, append, finish, abort, list, read, setKeepLast };
}
