import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createBackupService,
  type BackupServiceOptions,
  type BackupServiceSettings,
} from '../../../electron/services/backups/backupService';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';
import type { AutomaticBackupReason } from '../../../shared/contract/backupsContract';

// What the backup service tests (backupAutomatic, backupWriting and backupNow .test.ts) share:
// a temporary folder standing for the user-data and export folders, a service on it with a
// clock of the test's own, and small helpers to write a backup and look at a folder.

export interface BackupFolders {
  root: string;
  automaticDir: string;
  exportDir: string;
}

/** The instant the clock of every test starts at. */
export const START = Date.parse('2026-03-16T12:00:00.000Z');

export async function makeFolders(): Promise<BackupFolders> {
  const root = await mkdtemp(path.join(tmpdir(), 'invoicer-backups-'));
  return {
    root,
    automaticDir: path.join(root, 'user-data', 'backups'),
    exportDir: path.join(root, 'exports'),
  };
}

export async function removeFolders(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** A test's disk: its folders, its clock (ms, moved forward by the test) and its service. */
export type BackupDisk = {
  folders: BackupFolders;
  clock: number;
  service(options?: Partial<BackupServiceOptions>): ReturnType<typeof makeService>;
};

/** Gives each test of the file new folders and a clock at START, removed after it. */
export function useBackupDisk(): BackupDisk {
  const disk: BackupDisk = {
    folders: { root: '', automaticDir: '', exportDir: '' },
    clock: START,
    service: (options = {}) => makeService(disk.folders, () => new Date(disk.clock), options),
  };
  beforeEach(async () => {
    disk.folders = await makeFolders();
    disk.clock = START;
  });
  afterEach(async () => {
    await removeFolders(disk.folders.root);
  });
  return disk;
}

export function makeService(
  { root, automaticDir, exportDir }: BackupFolders,
  now: () => Date,
  options: Partial<BackupServiceOptions> = {},
) {
  const store = createConfSettingsStore<BackupServiceSettings>(path.join(root, 'settings'));
  const settled: string[] = [];
  const backups = createBackupService({
    automaticDir,
    exportDir,
    store,
    now,
    onAutomaticSettled: (reason, outcome) => settled.push(`${reason}:${outcome}`),
    ...options,
  });
  return { backups, store, settled };
}

export function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

type Service = ReturnType<typeof makeService>['backups'];

export async function writeAutomatic(
  backups: Service,
  reason: AutomaticBackupReason,
  pieces: string[],
) {
  const { uploadId } = value(await backups.beginAutomatic(reason));
  for (const piece of pieces) value(await backups.append(uploadId, piece));
  return value(await backups.finish(uploadId));
}

export async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
