import { homedir } from 'node:os';
import path from 'node:path';
import { err, ok, type Result } from '../../../shared/result';
import type { SettingsStore } from '../settings/settingsStore';
import { pathInside, writeAtomically } from './atomicWrite';
import { cancelled, invalidFileRequest, mapWriteError, type FileError } from './fileErrors';
import type { FileSettings } from './fileSettings';
import { nodeExportFs, type ExportFs } from './exportFs';
import { TEXT_SAVE_FILTERS, textFileBytes, type SaveFilter } from './textFile';
import type { TextExportKind } from '../../../shared/contract/filesContract';

export type FileServiceOptions = {
  /** The folder every export goes to, without dialogs (the browser preview). */
  exportDir?: string;
  /**
   * The save dialog: the path the person chose, or null when they cancelled. `filter` is
   * the file type to offer; without one the dialog offers PDF.
   */
  chooseSavePath?: (defaultPath: string, filter?: SaveFilter) => Promise<string | null>;
  /** The folder dialog: the folder the person chose, or null when they cancelled. */
  chooseFolder?: (defaultPath: string) => Promise<string | null>;
  /** Where dialogs open before anything was exported (the Documents folder). */
  defaultDir?: string;
  store: SettingsStore<FileSettings>;
  /** Shows a file in the system's file manager. */
  opener?: (file: string) => void;
  fs?: ExportFs;
  log?: (message: string, error?: unknown) => void;
};

/** A PDF to write: a file name (no folders) and its bytes. */
export type PdfFile = { name: string; bytes: Uint8Array };

/** A text file to write: a file name (no folders), its kind and its text. */
export type TextFile = { name: string; kind: TextExportKind; content: string };

export type FileService = ReturnType<typeof createFileService>;

/** True for a name that stays inside any folder it is joined to. */
function isPlainName(name: string): boolean {
  return pathInside(path.resolve('/'), name) !== null;
}

const NOT_AVAILABLE: FileError = {
  code: 'NOT_AVAILABLE',
  message: 'Saving files is not set up in this version of Invoicer.',
};

/**
 * Exports PDFs and text files (CSV) where the person chose (dialogs in the app) or into one
 * export folder (the browser preview), atomically and never outside that place. Remembers
 * the last folder and the files written this session; only those can be shown in the file
 * manager. Every method resolves to a Result.
 */
export function createFileService(options: FileServiceOptions) {
  const fs = options.fs ?? nodeExportFs;
  const log = options.log ?? (() => undefined);
  const exportDir = options.exportDir === undefined ? null : path.resolve(options.exportDir);
  const written = new Set<string>();
  // Folders the person picked in a dialog this session: later chunks of a batch write there
  // without asking again, and nothing else the renderer names is trusted as a folder.
  const chosenFolders = new Set<string>();

  function lastFolder(): string | undefined {
    try {
      const stored = options.store.get('files.lastExportFolder');
      return typeof stored === 'string' && path.isAbsolute(stored) ? stored : undefined;
    } catch (error) {
      log('files: the last export folder could not be read', error);
      return undefined;
    }
  }

  function rememberFolder(folder: string): void {
    try {
      options.store.set('files.lastExportFolder', folder);
    } catch (error) {
      // The file is saved; only the convenience of the next dialog is lost.
      log('files: the last export folder could not be saved', error);
    }
  }

  function startFolder(): string {
    return lastFolder() ?? options.defaultDir ?? exportDir ?? homedir();
  }

  function badName(name: string): FileError {
    return invalidFileRequest(`"${name.slice(0, 100)}" cannot be used as a file name.`);
  }

  /** Writes to `target`, an absolute path whose folder the person chose. */
  async function writeTo(
    target: string,
    bytes: Uint8Array,
    existing: 'replace' | 'keep',
  ): Promise<Result<string, FileError>> {
    try {
      const final = await writeAtomically(
        fs,
        path.dirname(target),
        path.basename(target),
        bytes,
        existing,
      );
      written.add(final);
      return ok(final);
    } catch (error) {
      return err(mapWriteError(error, target));
    }
  }

  /** Writes a name the renderer gave into `folder`, refusing names that would leave it. */
  function writeInside(folder: string, name: string, bytes: Uint8Array) {
    const target = pathInside(folder, name);
    return target === null ? Promise.resolve(err(badName(name))) : writeTo(target, bytes, 'keep');
  }

  async function ensureExportDir(dir: string): Promise<Result<string, FileError>> {
    try {
      await fs.mkdirp(dir);
      return ok(dir);
    } catch (error) {
      return err(mapWriteError(error, dir));
    }
  }

  /** Saves one file: into the export folder, or where the person chose in the save dialog. */
  async function saveOne(
    name: string,
    bytes: Uint8Array,
    filter?: SaveFilter,
  ): Promise<Result<{ path: string }, FileError>> {
    if (!isPlainName(name)) return err(badName(name));
    if (exportDir !== null) {
      const dir = await ensureExportDir(exportDir);
      if (!dir.ok) return dir;
      const saved = await writeInside(exportDir, name, bytes);
      return saved.ok ? ok({ path: saved.value }) : saved;
    }
    if (options.chooseSavePath === undefined) return err(NOT_AVAILABLE);
    const defaultPath = path.join(startFolder(), name);
    // A PDF keeps the dialog's own default filter, as before text exports existed.
    const chosen = await (filter === undefined
      ? options.chooseSavePath(defaultPath)
      : options.chooseSavePath(defaultPath, filter));
    if (chosen === null) return err(cancelled());
    if (!path.isAbsolute(chosen))
      return err(invalidFileRequest('Choose a folder and a file name.'));
    // The person typed this path in the system's dialog and confirmed any overwrite there.
    const saved = await writeTo(path.resolve(chosen), bytes, 'replace');
    if (!saved.ok) return saved;
    rememberFolder(path.dirname(saved.value));
    return ok({ path: saved.value });
  }

  function exportPdf(file: PdfFile): Promise<Result<{ path: string }, FileError>> {
    return saveOne(file.name, file.bytes);
  }

  /** Saves a text export (CSV) like a PDF, encoded as its kind's file format. */
  function exportText(file: TextFile): Promise<Result<{ path: string }, FileError>> {
    if (!file.name.toLowerCase().endsWith(`.${file.kind}`)) {
      return Promise.resolve(err(badName(file.name)));
    }
    return saveOne(file.name, textFileBytes(file.kind, file.content), TEXT_SAVE_FILTERS[file.kind]);
  }

  async function batchFolder(hint: string | undefined): Promise<Result<string, FileError>> {
    if (exportDir !== null) return ensureExportDir(exportDir);
    if (hint !== undefined && chosenFolders.has(path.resolve(hint))) return ok(path.resolve(hint));
    if (options.chooseFolder === undefined) return err(NOT_AVAILABLE);
    const chosen = await options.chooseFolder(hint ?? startFolder());
    if (chosen === null) return err(cancelled());
    if (!path.isAbsolute(chosen) || !(await fs.isFolder(chosen))) {
      return err(invalidFileRequest('Choose a folder to export to.'));
    }
    const folder = path.resolve(chosen);
    chosenFolders.add(folder);
    rememberFolder(folder);
    return ok(folder);
  }

  async function exportBatch(request: {
    folderHint?: string;
    files: readonly PdfFile[];
  }): Promise<Result<{ folder: string; written: { name: string; path: string }[] }, FileError>> {
    // Every name is checked before the first file is written: a bad one refuses the batch.
    const bad = request.files.find((file) => !isPlainName(file.name));
    if (bad !== undefined) return err(badName(bad.name));
    const folder = await batchFolder(request.folderHint);
    if (!folder.ok) return folder;
    const done: { name: string; path: string }[] = [];
    for (const file of request.files) {
      const saved = await writeInside(folder.value, file.name, file.bytes);
      if (!saved.ok) {
        const before =
          done.length === 0
            ? ''
            : ` ${done.length} of ${request.files.length} files of this batch were saved before.`;
        return err({ ...saved.error, message: `${saved.error.message}${before}` });
      }
      done.push({ name: path.basename(saved.value), path: saved.value });
    }
    return ok({ folder: folder.value, written: done });
  }

  async function showInFolder(file: string): Promise<Result<Record<string, never>, FileError>> {
    const resolved = path.resolve(file);
    if (!written.has(resolved)) {
      return err({
        code: 'PATH_NOT_ALLOWED',
        message: 'Invoicer shows only files it saved since it was started.',
      });
    }
    if (options.opener === undefined) {
      return err({
        code: 'NOT_AVAILABLE',
        message: `Showing files works in the desktop app. The file is at ${resolved}.`,
      });
    }
    if (!(await fs.exists(resolved))) {
      return err({
        code: 'FILE_FAILED',
        message: `${resolved} is no longer there; it was moved or deleted.`,
      });
    }
    options.opener(resolved);
    return ok({});
  }

  return {
    exportPdf,
    exportText,
    exportBatch,
    showInFolder,
    /** Where exports go without a dialog, or null when the app asks. */
    exportFolder: (): string | null => exportDir,
  };
}
