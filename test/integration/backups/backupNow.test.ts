import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupServiceOptions } from '../../../electron/services/backups/backupService';
import {
  makeFolders,
  makeService,
  removeFolders,
  START,
  namesIn,
  value,
} from './backupServiceSetup';

// The backup service on a real disk (a temporary folder): manual backups ("Back up now")
// into the export folder or a chosen path, numbered names, nothing outside the folder.

let root: string;
let automaticDir: string;
let exportDir: string;
let clock: number;

beforeEach(async () => {
  ({ root, automaticDir, exportDir } = await makeFolders());
  clock = START;
});

afterEach(async () => {
  await removeFolders(root);
});

function service(options: Partial<BackupServiceOptions> = {}) {
  return makeService({ root, automaticDir, exportDir }, () => new Date(clock), options);
}

describe('Back up now', () => {
  it('writes into the export folder in the preview, numbering a name that exists', async () => {
    const { backups } = service();
    const name = 'Invoicer backup 2026-03-16.invoicer-backup';
    for (const text of ['one', 'two']) {
      const { uploadId } = value(await backups.beginFile(name));
      value(await backups.append(uploadId, text));
      value(await backups.finish(uploadId));
    }
    expect(await namesIn(exportDir)).toEqual([
      'Invoicer backup 2026-03-16 (2).invoicer-backup',
      'Invoicer backup 2026-03-16.invoicer-backup',
    ]);
    expect(await readFile(path.join(exportDir, name), 'utf8')).toBe('one');
  });

  it('in the app, writes where the person chose, adding the extension, and remembers the folder', async () => {
    const chosenDir = path.join(root, 'chosen');
    await mkdir(chosenDir);
    const asked: string[] = [];
    const { backups, store } = service({
      exportDir: undefined,
      defaultDir: root,
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
    expect(asked).toEqual([path.join(root, 'Invoicer backup.invoicer-backup')]);
    expect(store.get('backups.lastFolder')).toBe(chosenDir);
  });

  it('a name typed without the extension never replaces the backup of that name: it is numbered', async () => {
    const chosenDir = path.join(root, 'chosen');
    await mkdir(chosenDir);
    const existing = path.join(chosenDir, 'my backup.invoicer-backup');
    await writeFile(existing, 'last month');
    // The dialog asked about "my backup", which does not exist; it never asked about the file.
    const { backups } = service({
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
    const chosenDir = path.join(root, 'chosen');
    await mkdir(chosenDir);
    const existing = path.join(chosenDir, 'my backup.invoicer-backup');
    await writeFile(existing, 'last month');
    const { backups } = service({ exportDir: undefined, chooseSavePath: async () => existing });
    const { uploadId } = value(await backups.beginFile('Invoicer backup.invoicer-backup'));
    value(await backups.append(uploadId, 'today'));
    const written = value(await backups.finish(uploadId));
    expect(written.path).toBe(existing);
    expect(await readFile(existing, 'utf8')).toBe('today');
    expect(await namesIn(chosenDir)).toEqual(['my backup.invoicer-backup']);
  });

  it('a closed dialog is CANCELLED and writes nothing', async () => {
    const { backups } = service({ exportDir: undefined, chooseSavePath: async () => null });
    expect(await backups.beginFile('x.invoicer-backup')).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
  });

  it('a name that would leave the export folder is refused', async () => {
    const { backups } = service();
    for (const name of ['../x.invoicer-backup', '/tmp/x.invoicer-backup', 'a/b.invoicer-backup']) {
      expect(await backups.beginFile(name)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    expect(await readdir(root)).not.toContain('x.invoicer-backup');
  });
});
