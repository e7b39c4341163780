import 'fake-indexeddb/auto';
import '../../unit/renderer/data/backup/browserGlobals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import { createBackupService } from '../../../electron/services/backups/backupService';
import { createQuitBackupGate } from '../../../electron/services/backups/quitBackupGate';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import { startAutomaticBackups } from '../../../renderer/data/backup/automaticSchedule';
import {
  backUpToFile,
  readAutomaticBackup,
  writeAutomaticBackup,
} from '../../../renderer/data/backup/backupTransfer';
import { restoreBackup } from '../../../renderer/data/backup/restoreBackup';
import { call } from '../../../renderer/platform/invoicerApi';
import type { AutomaticBackupReason } from '../../../shared/contract/backupsContract';
import { freshDb } from '../../unit/renderer/data/testDatabase';
import { everything, seedBooks } from '../../unit/renderer/data/backup/backupFixtures';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';

// The renderer's side of backups against the main process's real handler table and backup
// service (a temporary folder), through a bridge that does what the preload and the IPC
// transport do: every request validated by the contract, every reply checked. Only Electron
// itself is missing: the quit is the gate of electron/main.ts, asked over the menu channel.

let root: string;
let forwardCommand: (command: unknown) => void = () => undefined;
let onSettled: (reason: AutomaticBackupReason) => void = () => undefined;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'invoicer-backup-transfer-'));
  const backups = createBackupService({
    automaticDir: path.join(root, 'backups'),
    exportDir: path.join(root, 'exports'),
    store: createConfSettingsStore(path.join(root, 'settings')),
    onAutomaticSettled: (reason) => onSettled(reason),
  });
  const table = createHandlerTable({ ...fakeServices().services, backups });
  vi.stubGlobal('invoicer', {
    call: (name: unknown, request: unknown) => dispatch(table, name, request, { checkReply: true }),
    onMenuCommand: (listener: (command: unknown) => void) => {
      forwardCommand = listener;
      return () => undefined;
    },
  });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await rm(root, { recursive: true, force: true });
});

async function automaticNames(): Promise<string[]> {
  const listed = await call('backups.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.backups.map((backup) => backup.name);
}

describe('backups between the renderer and the main process', () => {
  it('Back up now writes the file; restoring it gives the same records', async () => {
    const db = freshDb();
    await seedBooks(db);
    const written = await backUpToFile(db, 'Invoicer backup.invoicer-backup');
    expect(written.ok && written.value.path).toBe(
      path.join(root, 'exports', 'Invoicer backup.invoicer-backup'),
    );
    const text = await readFile(
      path.join(root, 'exports', 'Invoicer backup.invoicer-backup'),
      'utf8',
    );
    const target = freshDb();
    expect((await restoreBackup(target, text)).ok).toBe(true);
    expect(JSON.stringify(await everything(target))).toBe(JSON.stringify(await everything(db)));
  });

  it('an automatic backup is read back by name and restores the same records', async () => {
    const db = freshDb();
    await seedBooks(db);
    const written = await writeAutomaticBackup(db, 'daily');
    expect(written.ok && written.value.kind).toBe('written');
    const [name] = await automaticNames();
    const text = await readAutomaticBackup(name!);
    expect(text.ok).toBe(true);
    const target = freshDb();
    expect((await restoreBackup(target, text.ok ? text.value : '')).ok).toBe(true);
    expect(JSON.stringify(await everything(target))).toBe(JSON.stringify(await everything(db)));
  });

  it('is skipped when nothing changed since the newest automatic backup, or nothing is there', async () => {
    const empty = freshDb();
    expect(await writeAutomaticBackup(empty, 'daily')).toEqual({
      ok: true,
      value: { kind: 'skipped' },
    });
    const db = freshDb();
    await seedBooks(db);
    expect((await writeAutomaticBackup(db, 'daily')).ok).toBe(true);
    expect(await writeAutomaticBackup(db, 'quit')).toEqual({
      ok: true,
      value: { kind: 'skipped' },
    });
    await db.customers.update((await db.customers.toArray())[0]!.id, { notes: 'changed' });
    expect(await writeAutomaticBackup(db, 'quit')).toMatchObject({
      ok: true,
      value: { kind: 'written' },
    });
    expect(await automaticNames()).toHaveLength(2);
    expect(await readdir(path.join(root, 'backups'))).toHaveLength(2);
  });

  it('at quit: the app asks, the renderer writes the quit backup, then the quit goes on', async () => {
    const db = freshDb();
    await seedBooks(db);
    const stop = startAutomaticBackups(db, { onFailure: (message) => expect.fail(message) });
    try {
      const gate = createQuitBackupGate({
        timeoutMs: 60_000,
        ask: () => {
          forwardCommand('backupBeforeQuit');
          return true;
        },
      });
      onSettled = gate.settled;
      await gate.wait();
      const names = await automaticNames();
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/-quit\.invoicer-backup$/);

      // Nothing changed: the second quit writes nothing and still does not wait for the timeout.
      const again = createQuitBackupGate({
        timeoutMs: 60_000,
        ask: () => {
          forwardCommand('backupBeforeQuit');
          return true;
        },
      });
      onSettled = again.settled;
      await again.wait();
      expect(await automaticNames()).toEqual(names);
    } finally {
      stop();
    }
  });
});
