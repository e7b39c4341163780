/** What a screen can do about a failed file operation. */
export type FileErrorCode =
  | 'CANCELLED'
  | 'DISK_FULL'
  | 'FILE_NOT_WRITABLE'
  | 'FILE_FAILED'
  | 'PATH_NOT_ALLOWED'
  | 'NOT_AVAILABLE'
  | 'INVALID_REQUEST';

/** A failed file operation: a code to act on and a sentence for the person. */
export type FileError = { code: FileErrorCode; message: string };

/** The person closed the dialog without choosing: nothing was written, nothing to report. */
export function cancelled(): FileError {
  return { code: 'CANCELLED', message: 'Nothing was saved: no file or folder was chosen.' };
}

/** A name or path the service refuses before touching the disk. */
export function invalidFileRequest(message: string): FileError {
  return { code: 'INVALID_REQUEST', message };
}

function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns a Node file-system error while writing `target` into a FileError a person can act
 * on: a full disk, a folder they may not write to, a folder that went away.
 */
export function mapWriteError(error: unknown, target: string): FileError {
  const code = errnoCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'DISK_FULL',
        message: `The disk is full, so ${target} could not be saved. Free some space or choose another folder, and export again.`,
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'FILE_NOT_WRITABLE',
        message: `Invoicer may not write ${target}: the folder is read-only or belongs to someone else. Choose another folder.`,
      };
    case 'EISDIR':
      return {
        code: 'FILE_NOT_WRITABLE',
        message: `${target} is a folder, not a file. Choose another name.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'FILE_FAILED',
        message: `The folder of ${target} does not exist (any more). Choose another folder.`,
      };
    case 'EEXIST':
      return {
        code: 'FILE_FAILED',
        message: `${target} and hundreds of numbered copies of it exist already. Choose another folder.`,
      };
    case 'ENAMETOOLONG':
      return {
        code: 'FILE_FAILED',
        message: `The path ${target} is too long for this system. Choose a shorter name or folder.`,
      };
    default:
      return {
        code: 'FILE_FAILED',
        message: `${target} could not be saved${code === '' ? '' : ` (${code})`}. Try again, or choose another folder.`,
      };
  }
}
