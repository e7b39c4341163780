import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automaticBackupName, BACKUP_READ_BYTES } from '../../../shared/contract/backupsContract';
import { namesIn, value, writeAutomatic, useBackupDisk } from './backupServiceSetup';

// The backup service on a real disk (a temporary folder): automatic backups into the
// user-data folder with rotation, listing with date and size, reading back by name.

const disk = useBackupDisk();

describe('automatic backups', () => {
  it('are written whole, from their pieces, under a name with the instant and the reason', async () => {
    const { backups, settled } = disk.service();
    const written = await writeAutomatic(backups, 'daily', ['{"a":"Ελλάδα"}\n', '{"b":2}']);
    const name = automaticBackupName('2026-03-16T12:00:00.000Z', 'daily');
    expect(written).toEqual({
      name,
      path: path.join(disk.folders.automaticDir, name),
      size: Buffer.byteLength('{"a":"Ελλάδα"}\n{"b":2}'),
      deleted: [],
    });
    expect(await readFile(written.path, 'utf8')).toBe('{"a":"Ελλάδα"}\n{"b":2}');
    expect(await namesIn(disk.folders.automaticDir)).toEqual([name]);
    expect(settled).toEqual(['daily:written']);
  });

  it('are listed newest first with their date, reason and size', async () => {
    const { backups } = disk.service();
    await writeAutomatic(backups, 'quit', ['x'.repeat(10)]);
    disk.clock += 86_400_000;
    await writeAutomatic(backups, 'daily', ['y'.repeat(20)]);
    await writeFile(path.join(disk.folders.automaticDir, 'notes.txt'), 'mine');
    const listed = value(await backups.list());
    expect(listed).toEqual({
      folder: disk.folders.automaticDir,
      keepLast: 14,
      backups: [
        {
          name: automaticBackupName('2026-03-17T12:00:00.000Z', 'daily'),
          createdAt: '2026-03-17T12:00:00.000Z',
          reason: 'daily',
          size: 20,
        },
        {
          name: automaticBackupName('2026-03-16T12:00:00.000Z', 'quit'),
          createdAt: '2026-03-16T12:00:00.000Z',
          reason: 'quit',
          size: 10,
        },
      ],
    });
  });

  it('keep the last N: older ones are deleted, files of others never', async () => {
    const { backups } = disk.service();
    value(await backups.setKeepLast(3));
    await mkdir(disk.folders.automaticDir, { recursive: true });
    await writeFile(path.join(disk.folders.automaticDir, 'my copy.invoicer-backup'), 'keep me');
    const names: string[] = [];
    for (let day = 0; day < 5; day += 1) {
      const written = await writeAutomatic(backups, 'daily', [`day ${day}`]);
      names.push(written.name);
      disk.clock += 86_400_000;
    }
    expect(await namesIn(disk.folders.automaticDir)).toEqual(
      ['my copy.invoicer-backup', ...names.slice(2)].sort(),
    );
    expect(value(await backups.setKeepLast(1)).deleted.sort()).toEqual(names.slice(2, 4).sort());
    expect(await namesIn(disk.folders.automaticDir)).toEqual(
      ['my copy.invoicer-backup', names[4]!].sort(),
    );
  });

  it('the backups made before a restore or an erase are kept apart from the last N', async () => {
    const { backups } = disk.service();
    value(await backups.setKeepLast(2));
    const safety: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const reason = index % 2 === 0 ? 'beforeRestore' : 'beforeErase';
      safety.push((await writeAutomatic(backups, reason, [`safety ${index}`])).name);
      disk.clock += 60_000;
    }
    // The safety backups beyond the newest five go; none of them is taken by "keep the last 2".
    expect(await namesIn(disk.folders.automaticDir)).toEqual(safety.slice(2).sort());
    const routine: string[] = [];
    for (let day = 0; day < 4; day += 1) {
      const reason = day % 2 === 0 ? 'daily' : 'quit';
      routine.push((await writeAutomatic(backups, reason, [`day ${day}`])).name);
      disk.clock += 86_400_000;
    }
    // Days of daily and at-quit backups rotate only among themselves.
    expect(await namesIn(disk.folders.automaticDir)).toEqual(
      [...safety.slice(2), ...routine.slice(2)].sort(),
    );
    expect(value(await backups.setKeepLast(1)).deleted).toEqual([routine[2]]);
    expect(await namesIn(disk.folders.automaticDir)).toEqual(
      [...safety.slice(2), routine[3]!].sort(),
    );
  });

  it('two in the same millisecond get two names', async () => {
    const { backups } = disk.service();
    const first = await writeAutomatic(backups, 'beforeRestore', ['1']);
    const second = await writeAutomatic(backups, 'beforeRestore', ['2']);
    expect(second.name).not.toBe(first.name);
    expect(value(await backups.list()).backups.map((backup) => backup.name)).toEqual([
      second.name,
      first.name,
    ]);
  });

  it('are read back by name in pieces of at most BACKUP_READ_BYTES', async () => {
    const { backups } = disk.service();
    const text = `${'é'.repeat(BACKUP_READ_BYTES / 2)}tail`;
    const written = await writeAutomatic(backups, 'daily', [text]);
    const first = value(await backups.read(written.name, 0));
    expect(Buffer.from(first.dataBase64, 'base64').length).toBe(BACKUP_READ_BYTES);
    expect(first.size).toBe(Buffer.byteLength(text));
    const rest = value(await backups.read(written.name, BACKUP_READ_BYTES));
    const bytes = Buffer.concat([
      Buffer.from(first.dataBase64, 'base64'),
      Buffer.from(rest.dataBase64, 'base64'),
    ]);
    expect(bytes.toString('utf8')).toBe(text);
    expect(value(await backups.read(written.name, first.size + 10)).dataBase64).toBe('');
  });

  it('only names of automatic backups are read, never a path', async () => {
    const { backups } = disk.service();
    await writeFile(path.join(disk.folders.root, 'secret.txt'), 'secret');
    for (const name of [
      '../secret.txt',
      '../../etc/passwd',
      'my copy.invoicer-backup',
      `../${automaticBackupName('2026-03-16T12:00:00.000Z', 'daily')}`,
    ]) {
      expect(await backups.read(name, 0)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    const missing = await backups.read(automaticBackupName('2026-01-01T00:00:00.000Z', 'daily'), 0);
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'FILE_FAILED', message: expect.stringMatching(/no longer there/) },
    });
  });
});
