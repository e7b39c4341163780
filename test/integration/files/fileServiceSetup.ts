import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createFileService,
  type FileServiceOptions,
} from '../../../electron/services/files/fileService';
import type { FileSettings } from '../../../electron/services/files/fileSettings';
import { nodeExportFs, type ExportFs } from '../../../electron/services/files/exportFs';
import { createConfSettingsStore } from '../../../electron/services/settings/confSettingsStore';

/** A temporary folder with `settings/` for the store; everything is removed by `cleanup`. */
export async function tempRoot() {
  const root = await mkdtemp(path.join(tmpdir(), 'invoicer-files-'));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A file service over a real settings store in `root/settings`. */
export function fileServiceIn(root: string, options: Omit<FileServiceOptions, 'store'> = {}) {
  const store = createConfSettingsStore<FileSettings>(path.join(root, 'settings'));
  return { store, service: createFileService({ store, ...options }) };
}

/** Every file below `dir`, relative, sorted (settings files left out). */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`settings${path.sep}`))
    .sort();
}

/** A file system error with its code, as Node makes them. */
export function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system with some operations replaced. */
export function fsWith(overrides: Partial<ExportFs>): ExportFs {
  return { ...nodeExportFs, ...overrides };
}

/** Bytes that start like a PDF, different for each label. */
export function pdf(label: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${label}\n%%EOF\n`);
}
