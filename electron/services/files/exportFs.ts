import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';

/**
 * The few file-system operations exporting needs. The file service receives them, so tests
 * can make a disk that is full or read-only on demand (as root, a real read-only folder is
 * writable all the same).
 */
export type ExportFs = {
  /**
   * Creates `file`, failing if it exists (no symlink is followed), writes and flushes it.
   * A file it created and could not fill is removed again.
   */
  writeNew(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** True when something (a file, a folder, a link) has this name. */
  exists(file: string): Promise<boolean>;
  /** True when `dir` is a folder. */
  isFolder(dir: string): Promise<boolean>;
  mkdirp(dir: string): Promise<void>;
  /** A random suffix for temporary names. */
  randomSuffix(): string;
};

/** The real file system. */
export const nodeExportFs: ExportFs = {
  async writeNew(file, data) {
    const handle = await open(file, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      // On disk before the rename makes it visible: a crash leaves the old file or the new
      // one, never half of one.
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await unlink(file).catch(() => undefined);
      throw error;
    }
    await handle.close();
  },
  rename: (from, to) => rename(from, to),
  unlink: (file) => unlink(file),
  async exists(file) {
    try {
      await lstat(file);
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return false;
      throw error;
    }
  },
  async isFolder(dir) {
    try {
      return (await stat(dir)).isDirectory();
    } catch {
      return false;
    }
  },
  mkdirp: async (dir) => {
    await mkdir(dir, { recursive: true });
  },
  randomSuffix: () => randomBytes(6).toString('hex'),
};
