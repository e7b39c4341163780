import { describe, expect, it } from 'vitest';
import { mapWriteError } from '../../../../../electron/services/files/fileErrors';

const target = '/home/trader/Invoices/INV-1.pdf';
const failure = (code: string) => Object.assign(new Error(code), { code });

describe('mapWriteError', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /disk is full/],
    ['EDQUOT', 'DISK_FULL', /disk is full/],
    ['EACCES', 'FILE_NOT_WRITABLE', /may not write/],
    ['EPERM', 'FILE_NOT_WRITABLE', /may not write/],
    ['EROFS', 'FILE_NOT_WRITABLE', /read-only/],
    ['EISDIR', 'FILE_NOT_WRITABLE', /is a folder/],
    ['ENOENT', 'FILE_FAILED', /does not exist/],
    ['ENAMETOOLONG', 'FILE_FAILED', /too long/],
    ['EEXIST', 'FILE_FAILED', /numbered copies/],
    ['EIO', 'FILE_FAILED', /\(EIO\)/],
  ])('maps %s to %s', (code, expected, message) => {
    const error = mapWriteError(failure(code), target);
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(target);
  });

  it('maps something that is not an error at all to FILE_FAILED', () => {
    expect(mapWriteError('weird', target).code).toBe('FILE_FAILED');
    expect(mapWriteError(null, target).code).toBe('FILE_FAILED');
  });
});
