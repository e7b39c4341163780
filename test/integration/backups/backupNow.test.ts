import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesIn, value, useBackupDisk } from './backupServiceSetup';

// The backup service on a real disk (a temporary folder): manual backups ("Back up now")
// into the export folder or a chosen path, numbered names, nothing outside the folder.

const disk = useBackupDisk();

describe('Back up now', () => {
  it('writes into the export folder in the preview, numbering a name that exists', async () => {
    const { backups } = disk.service();
    const name = 'Invoicer backup 2026-03-16.invoicer-backup';
    for (const text of ['one', 'two']) {
      const { uploadId } = value(await backups.beginFile(name));
      value(await backups.append(uploadId, text));
      value(await backups.finish(uploadId));
    }
    expect(await namesIn(disk.folders.exportDir)).toEqual([
      'Invoicer backup 2026-03-16 (2).invoicer-backup',
      'Invoicer backup 2026-03-16.invoicer-backup',
    ]);
    expect(await readFile(path.join(disk.folders.exportDir, name), 'utf8')).toBe('one');
  });

  it('in the app, writes where the person chose, adding the extension, and remembers the folder', async () => {
    const chosenDir = path.join(disk.folders.root, 'chosen');
    await mkdir(chosenDir);
    const asked: string[] = [];
    const { backups, store } = disk.service({
      exportDir: undefined,
      defaultDir: disk.folders.root,
      chooseSavePath: async (defaultPath) => {
        asked.push(defaultPath);
        return path.join(chosenDir, 'my backup');
      },
    });
    const { uploadId } = value(await backups.beginFile('Invoicer backup.invoicer-backup'));
    value(await backups.append(uploadId, 'data'));
    const written = value(await backups.finish(uploadId));
    expect(written.path).toBe(path.join(chosenDir, 'my backup.invoicer-backup'));
    expect(await readFile(written.path, 'utf8')).toBe('data');
    expect(asked).toEqual([path.join(disk.folders.root, 'Invoicer backup.invoicer-backup')]);
    expect(store.get('backups.lastFolder')).toBe(chosenDir);
  });

  it('a name typed without the extension never replaces the backup of that name: it is numbered', async () => {
    const chosenDir = path.join(disk.folders.root, 'chosen');
    await mkdir(chosenDir);
    const existing = path.join(chosenDir, 'my backup.invoicer-backup');
    await writeFile(existing, 'last month');
    // The dialog asked about "my backup", which does not exist; it never asked about the file.
    const { backups } = disk.service({
      exportDir: undefined,
      chooseSavePath: async () => path.join(chosenDir, 'my backup'),
    });
    const { uploadId } = value(await backups.beginFile('Invoicer backup.invoicer-backup'));
    value(await backups.append(uploadId, 'today'));
    const written = value(await backups.finish(uploadId));
    expect(written.path).toBe(path.join(chosenDir, 'my backup (2).invoicer-backup'));
    expect(await readFile(existing, 'utf8')).toBe('last month');
    expect(await readFile(written.path, 'utf8')).toBe('today');
  });

  it('a path chosen with the extension replaces that file: the dialog asked first', async () => {
    const chosenDir = path.join(disk.folders.root, 'chosen');
    await mkdir(chosenDir);
    const existing = path.join(chosenDir, 'my backup.invoicer-backup');
    await writeFile(existing, 'last month');
    const { backups } = disk.service({
      exportDir: undefined,
      chooseSavePath: async () => existing,
    });
    const { uploadId } = value(await backups.beginFile('Invoicer backup.invoicer-backup'));
    value(await backups.append(uploadId, 'today'));
    const written = value(await backups.finish(uploadId));
    expect(written.path).toBe(existing);
    expect(await readFile(existing, 'utf8')).toBe('today');
    expect(await namesIn(chosenDir)).toEqual(['my backup.invoicer-backup']);
  });

  it('a closed dialog is CANCELLED and writes nothing', async () => {
    const { backups } = disk.service({ exportDir: undefined, chooseSavePath: async () => null });
    expect(await backups.beginFile('x.invoicer-backup')).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
  });

  it('a name that would leave the export folder is refused', async () => {
    const { backups } = disk.service();
    for (const name of ['../x.invoicer-backup', '/tmp/x.invoicer-backup', 'a/b.invoicer-backup']) {
      expect(await backups.beginFile(name)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    expect(await readdir(disk.folders.root)).not.toContain('x.invoicer-backup');
  });
});
