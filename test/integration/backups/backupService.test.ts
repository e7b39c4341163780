import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeBackupFs, type BackupFs } from '../../../electron/services/backups/backupFs';
import {
  createBackupService,
  type BackupServiceOptions,
  type BackupServiceSettings,
} from '../../../electron/services/backups/backupService';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import {
  automaticBackupName,
  BACKUP_READ_BYTES,
  type AutomaticBackupReason,
} from '../../../shared/contract/backupsContract';

// The backup service on a real disk (a temporary folder): automatic backups into the
// user-data folder with rotation, manual ones into the export folder or a chosen path,
// atomic writes, listing with date and size, reading back by name, nothing outside.

let root: string;
let automaticDir: string;
let exportDir: string;
let clock: number;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'invoicer-backups-'));
  automaticDir = path.join(root, 'user-data', 'backups');
  exportDir = path.join(root, 'exports');
  clock = Date.parse('2026-03-16T12:00:00.000Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function service(options: Partial<BackupServiceOptions> = {}) {
  const store = createConfSettingsStore<BackupServiceSettings>(path.join(root, 'settings'));
  const settled: string[] = [];
  const backups = createBackupService({
    automaticDir,
    exportDir,
    store,
    now: () => new Date(clock),
    onAutomaticSettled: (reason, outcome) => settled.push(`${reason}:${outcome}`),
    ...options,
  });
  return { backups, store, settled };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

type Service = ReturnType<typeof service>['backups'];

async function writeAutomatic(backups: Service, reason: AutomaticBackupReason, pieces: string[]) {
  const { uploadId } = value(await backups.beginAutomatic(reason));
  for (const piece of pieces) value(await backups.append(uploadId, piece));
  return value(await backups.finish(uploadId));
}

async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('automatic backups', () => {
  it('are written whole, from their pieces, under a name with the instant and the reason', async () => {
    const { backups, settled } = service();
    const written = await writeAutomatic(backups, 'daily', ['{"a":"Ελλάδα"}\n', '{"b":2}']);
    const name = automaticBackupName('2026-03-16T12:00:00.000Z', 'daily');
    expect(written).toEqual({
      name,
      path: path.join(automaticDir, name),
      size: Buffer.byteLength('{"a":"Ελλάδα"}\n{"b":2}'),
      deleted: [],
    });
    expect(await readFile(written.path, 'utf8')).toBe('{"a":"Ελλάδα"}\n{"b":2}');
    expect(await namesIn(automaticDir)).toEqual([name]);
    expect(settled).toEqual(['daily:written']);
  });

  it('are listed newest first with their date, reason and size', async () => {
    const { backups } = service();
    await writeAutomatic(backups, 'quit', ['x'.repeat(10)]);
    clock += 86_400_000;
    await writeAutomatic(backups, 'daily', ['y'.repeat(20)]);
    await writeFile(path.join(automaticDir, 'notes.txt'), 'mine');
    const listed = value(await backups.list());
    expect(listed).toEqual({
      folder: automaticDir,
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
    const { backups } = service();
    value(await backups.setKeepLast(3));
    await mkdir(automaticDir, { recursive: true });
    await writeFile(path.join(automaticDir, 'my copy.invoicer-backup'), 'keep me');
    const names: string[] = [];
    for (let day = 0; day < 5; day += 1) {
      const written = await writeAutomatic(backups, 'daily', [`day ${day}`]);
      names.push(written.name);
      clock += 86_400_000;
    }
    expect(await namesIn(automaticDir)).toEqual(
      ['my copy.invoicer-backup', ...names.slice(2)].sort(),
    );
    expect(value(await backups.setKeepLast(1)).deleted.sort()).toEqual(names.slice(2, 4).sort());
    expect(await namesIn(automaticDir)).toEqual(['my copy.invoicer-backup', names[4]!].sort());
  });

  it('the backups made before a restore or an erase are kept apart from the last N', async () => {
    const { backups } = service();
    value(await backups.setKeepLast(2));
    const safety: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const reason = index % 2 === 0 ? 'beforeRestore' : 'beforeErase';
      safety.push((await writeAutomatic(backups, reason, [`safety ${index}`])).name);
      clock += 60_000;
    }
    // The safety backups beyond the newest five go; none of them is taken by "keep the last 2".
    expect(await namesIn(automaticDir)).toEqual(safety.slice(2).sort());
    const routine: string[] = [];
    for (let day = 0; day < 4; day += 1) {
      const reason = day % 2 === 0 ? 'daily' : 'quit';
      routine.push((await writeAutomatic(backups, reason, [`day ${day}`])).name);
      clock += 86_400_000;
    }
    // Days of daily and at-quit backups rotate only among themselves.
    expect(await namesIn(automaticDir)).toEqual([...safety.slice(2), ...routine.slice(2)].sort());
    expect(value(await backups.setKeepLast(1)).deleted).toEqual([routine[2]]);
    expect(await namesIn(automaticDir)).toEqual([...safety.slice(2), routine[3]!].sort());
  });

  it('two in the same millisecond get two names', async () => {
    const { backups } = service();
    const first = await writeAutomatic(backups, 'beforeRestore', ['1']);
    const second = await writeAutomatic(backups, 'beforeRestore', ['2']);
    expect(second.name).not.toBe(first.name);
    expect(value(await backups.list()).backups.map((backup) => backup.name)).toEqual([
      second.name,
      first.name,
    ]);
  });

  it('are read back by name in pieces of at most BACKUP_READ_BYTES', async () => {
    const { backups } = service();
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
    const { backups } = service();
    await writeFile(path.join(root, 'secret.txt'), 'secret');
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

describe('writing safely', () => {
  it('an aborted backup leaves nothing behind and is reported as given up', async () => {
    const { backups, settled } = service();
    const { uploadId } = value(await backups.beginAutomatic('quit'));
    value(await backups.append(uploadId, 'half'));
    value(await backups.abort(uploadId));
    expect(await namesIn(automaticDir)).toEqual([]);
    expect(settled).toEqual(['quit:failed']);
    expect(await backups.append(uploadId, 'more')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('a disk that fills up half-way refuses with DISK_FULL, keeps the old backups and leaves no part', async () => {
    const { backups: good } = service();
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
    clock += 1000;
    const { backups, settled } = service({ fs: fullDisk });
    const { uploadId } = value(await backups.beginAutomatic('quit'));
    value(await backups.append(uploadId, 'first piece'));
    expect(await backups.append(uploadId, 'second piece')).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
    expect(await namesIn(automaticDir)).toEqual([old.name]);
    expect(await readFile(old.path, 'utf8')).toBe('old');
    expect(settled).toEqual(['quit:failed']);
  });

  it('the file is not there under its name until it is finished', async () => {
    const { backups } = service();
    const { uploadId, name } = value(await backups.beginAutomatic('daily'));
    value(await backups.append(uploadId, 'data'));
    expect(await namesIn(automaticDir)).not.toContain(name);
    expect(value(await backups.list()).backups).toEqual([]);
    value(await backups.finish(uploadId));
    expect(await namesIn(automaticDir)).toEqual([name]);
  });

  it('automatic backups are readable by their owner only', async () => {
    const { backups } = service();
    const written = await writeAutomatic(backups, 'daily', ['x']);
    expect((await stat(written.path)).mode & 0o077).toBe(0);
  });
});

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
