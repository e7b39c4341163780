import { randomBytes } from 'node:crypto';
import {
  lstat,
  mkdir,
  open,
  readdir,
  rename,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';

/** A file being written: appended to piece by piece, then flushed and closed. */
export type OpenFile = {
  append(data: Uint8Array): Promise<void>;
  /** Flushes to disk and closes; the file is complete afterwards. */
  complete(): Promise<void>;
  /** Closes without caring whether it was complete (abort). */
  close(): Promise<void>;
};

/**
 * The file-system operations of backups. The service receives them, so a test can make a
 * disk that fills up half-way through a backup.
 */
export type BackupFs = {
  /** Creates `file` (failing if anything has that name; no link is followed) for writing. */
  create(file: string): Promise<OpenFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  exists(file: string): Promise<boolean>;
  isFolder(dir: string): Promise<boolean>;
  mkdirp(dir: string): Promise<void>;
  /** The names in a folder; an empty list when the folder does not exist (yet). */
  list(dir: string): Promise<string[]>;
  /** The size of a regular file; null when it is missing or not a regular file. */
  size(file: string): Promise<number | null>;
  /** Up to `length` bytes of `file` from `offset`, and the file's size. */
  readRange(
    file: string,
    offset: number,
    length: number,
  ): Promise<{ bytes: Uint8Array; size: number }>;
  /** A random id (upload ids, temporary names). */
  randomId(): string;
};

function fileOf(handle: FileHandle): OpenFile {
  return {
    async append(data) {
      await handle.write(data);
    },
    async complete() {
      // On disk before the rename makes it visible: a crash leaves no half backup in place.
      await handle.sync();
      await handle.close();
    },
    close: () => handle.close(),
  };
}

/** The real file system. */
export const nodeBackupFs: BackupFs = {
  create: async (file) => fileOf(await open(file, 'wx', 0o600)),
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
    // Backups hold the whole business: readable by this user only.
    await mkdir(dir, { recursive: true, mode: 0o700 });
  },
  async list(dir) {
    try {
      return await readdir(dir);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return [];
      throw error;
    }
  },
  async size(file) {
    try {
      const info = await lstat(file);
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  },
  async readRange(file, offset, length) {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const bytes = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let read = 0;
      while (read < bytes.length) {
        const { bytesRead } = await handle.read(bytes, read, bytes.length - read, offset + read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      return { bytes: bytes.subarray(0, read), size };
    } finally {
      await handle.close();
    }
  },
  randomId: () => randomBytes(12).toString('hex'),
};
