import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { nodeBackupFs, type BackupFs } from '../../../electron/services/backups/backupFs';
import { namesIn, value, writeAutomatic, useBackupDisk } from './backupServiceSetup';

// The backup service on a real disk (a temporary folder): atomic writes, nothing left
// behind when a backup is aborted or the disk fills up, automatic backups private.

const disk = useBackupDisk();

describe('writing safely', () => {
  it('an aborted backup leaves nothing behind and is reported as given up', async () => {
    const { backups, settled } = disk.service();
    const { uploadId } = value(await backups.beginAutomatic('quit'));
    value(await backups.append(uploadId, 'half'));
    value(await backups.abort(uploadId));
    expect(await namesIn(disk.folders.automaticDir)).toEqual([]);
    expect(settled).toEqual(['quit:failed']);
    expect(await backups.append(uploadId, 'more')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('a disk that fills up half-way refuses with DISK_FULL, keeps the old backups and leaves no part', async () => {
    const { backups: good } = disk.service();
    const old = await writeAutomatic(good, 'daily', ['old']);
    let appended = 0;
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      async create(file) {
        const real = await nodeBackupFs.create(file);
        return {
          ...real,
          async append(data) {
            appended += 1;
            if (appended > 1) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
            await real.append(data);
          },
        };
      },
    };
    disk.clock += 1000;
    const { backups, settled } = disk.service({ fs: fullDisk });
    const { uploadId } = value(await backups.beginAutomatic('quit'));
    value(await backups.append(uploadId, 'first piece'));
    expect(await backups.append(uploadId, 'second piece')).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
    expect(await namesIn(disk.folders.automaticDir)).toEqual([old.name]);
    expect(await readFile(old.path, 'utf8')).toBe('old');
    expect(settled).toEqual(['quit:failed']);
  });

  it('the file is not there under its name until it is finished', async () => {
    const { backups } = disk.service();
    const { uploadId, name } = value(await backups.beginAutomatic('daily'));
    value(await backups.append(uploadId, 'data'));
    expect(await namesIn(disk.folders.automaticDir)).not.toContain(name);
    expect(value(await backups.list()).backups).toEqual([]);
    value(await backups.finish(uploadId));
    expect(await namesIn(disk.folders.automaticDir)).toEqual([name]);
  });

  it('automatic backups are readable by their owner only', async () => {
    const { backups } = disk.service();
    const written = await writeAutomatic(backups, 'daily', ['x']);
    expect((await stat(written.path)).mode & 0o077).toBe(0);
  });
});
