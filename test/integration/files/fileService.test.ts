import { mkdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeExportFs } from '../../../electron/services/files/exportFs';
import { filesBelow, fileServiceIn, fsError, fsWith, pdf, tempRoot } from './fileServiceSetup';

let root: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ root, cleanup } = await tempRoot());
});

afterEach(async () => {
  await cleanup();
});

describe('exporting into the export folder (browser preview)', () => {
  it('writes the PDF under its name, byte for byte, and leaves no temporary file', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    const bytes = pdf('INV-2026-0007');
    const saved = await service.exportPdf({ name: 'INV-2026-0007 Acme Ltd.pdf', bytes });
    expect(saved).toEqual({
      ok: true,
      value: { path: path.join(exportDir, 'INV-2026-0007 Acme Ltd.pdf') },
    });
    expect(
      new Uint8Array(await readFile(path.join(exportDir, 'INV-2026-0007 Acme Ltd.pdf'))),
    ).toEqual(bytes);
    expect(await filesBelow(root)).toEqual(
      ['exports/INV-2026-0007 Acme Ltd.pdf'].map(path.normalize),
    );
  });

  it('never overwrites: a second file of the same name gets a number', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('first') });
    const second = await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('second') });
    const third = await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('third') });
    expect(second).toEqual({ ok: true, value: { path: path.join(exportDir, 'INV-1 (2).pdf') } });
    expect(third).toEqual({ ok: true, value: { path: path.join(exportDir, 'INV-1 (3).pdf') } });
    expect(await readFile(path.join(exportDir, 'INV-1.pdf'), 'utf8')).toContain('first');
  });

  it('numbers a name before its whole suffix, and keeps the dots of the name itself', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    for (const [name, second] of [
      ['INV-1 Acme.factur-x.pdf', 'INV-1 Acme (2).factur-x.pdf'],
      ['INV-2 Acme Ltd..pdf', 'INV-2 Acme Ltd. (2).pdf'],
      ['INV-3 2026.01.pdf', 'INV-3 2026.01 (2).pdf'],
      ['INV-4.PDF', 'INV-4 (2).PDF'],
      ['INV-5', 'INV-5 (2)'],
    ]) {
      await service.exportPdf({ name: name!, bytes: pdf('first') });
      const again = await service.exportPdf({ name: name!, bytes: pdf('second') });
      expect(again).toEqual({ ok: true, value: { path: path.join(exportDir, second!) } });
    }
  });

  it('does not follow a symbolic link that has the name: the file it points to stays as it was', async () => {
    const exportDir = path.join(root, 'exports');
    await mkdir(exportDir);
    const outside = path.join(root, 'outside.txt');
    await writeFile(outside, 'precious');
    await symlink(outside, path.join(exportDir, 'INV-1.pdf'));
    const { service } = fileServiceIn(root, { exportDir });
    const saved = await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('x') });
    expect(saved).toEqual({ ok: true, value: { path: path.join(exportDir, 'INV-1 (2).pdf') } });
    expect(await readFile(outside, 'utf8')).toBe('precious');
  });

  it.each([
    '../escaped.pdf',
    '../../escaped.pdf',
    '..\\escaped.pdf',
    '/tmp/escaped.pdf',
    'sub/escaped.pdf',
    '..',
    'nul\u0000.pdf',
    'line\nbreak.pdf',
    '.hidden.pdf',
  ])('refuses the name %j and writes nothing anywhere', async (name) => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    const saved = await service.exportPdf({ name, bytes: pdf('x') });
    expect(saved).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await filesBelow(root)).toEqual([]);
  });

  it('reports a disk that is full as DISK_FULL and leaves nothing behind', async () => {
    const exportDir = path.join(root, 'exports');
    const fs = fsWith({
      async writeNew(file, data) {
        // Half the file reaches the disk, then it is full.
        await nodeExportFs.writeNew(file, data.subarray(0, 4));
        await unlink(file);
        throw fsError('ENOSPC');
      },
    });
    const { service } = fileServiceIn(root, { exportDir, fs });
    const saved = await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('x') });
    expect(saved).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(saved.ok || saved.error.message).toMatch(/disk is full.*INV-1\.pdf/);
    expect(await filesBelow(root)).toEqual([]);
  });

  it.each(['EACCES', 'EPERM', 'EROFS'])(
    'reports %s while creating the export folder as FILE_NOT_WRITABLE',
    async (code) => {
      const fs = fsWith({ mkdirp: () => Promise.reject(fsError(code)) });
      const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports'), fs });
      expect(await service.exportPdf({ name: 'a.pdf', bytes: pdf('x') })).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_WRITABLE' },
      });
    },
  );

  it('removes the temporary file when the final rename is refused', async () => {
    const exportDir = path.join(root, 'exports');
    const fs = fsWith({ rename: () => Promise.reject(fsError('EACCES')) });
    const { service } = fileServiceIn(root, { exportDir, fs });
    const saved = await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('x') });
    expect(saved).toMatchObject({ ok: false, error: { code: 'FILE_NOT_WRITABLE' } });
    expect(await filesBelow(root)).toEqual([]);
  });

  it('says FILE_FAILED when the export folder is a file', async () => {
    const exportDir = path.join(root, 'exports');
    await writeFile(exportDir, 'not a folder');
    const { service } = fileServiceIn(root, { exportDir });
    expect(await service.exportPdf({ name: 'a.pdf', bytes: pdf('x') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_FAILED' },
    });
  });

  it('reports the export folder, so the preview can say where files go', () => {
    const exportDir = path.join(root, 'exports');
    expect(fileServiceIn(root, { exportDir }).service.exportFolder()).toBe(exportDir);
    expect(
      fileServiceIn(root, { chooseSavePath: async () => null }).service.exportFolder(),
    ).toBeNull();
  });
});

describe('exporting with a save dialog (desktop app)', () => {
  it('opens the dialog with the suggested name in the default folder, then in the last folder', async () => {
    const documents = path.join(root, 'Documents');
    const chosenDir = path.join(root, 'Invoices 2026');
    await mkdir(chosenDir);
    const chooseSavePath = vi.fn(async (defaultPath: string) =>
      path.join(chosenDir, path.basename(defaultPath)),
    );
    const { service, store } = fileServiceIn(root, { chooseSavePath, defaultDir: documents });

    const first = await service.exportPdf({ name: 'INV-1 Acme.pdf', bytes: pdf('1') });
    expect(chooseSavePath).toHaveBeenLastCalledWith(path.join(documents, 'INV-1 Acme.pdf'));
    expect(first).toEqual({ ok: true, value: { path: path.join(chosenDir, 'INV-1 Acme.pdf') } });
    expect(store.get('files.lastExportFolder')).toBe(chosenDir);

    await service.exportPdf({ name: 'INV-2 Acme.pdf', bytes: pdf('2') });
    expect(chooseSavePath).toHaveBeenLastCalledWith(path.join(chosenDir, 'INV-2 Acme.pdf'));
  });

  it('remembers the last folder across restarts (in the settings store)', async () => {
    const chosenDir = path.join(root, 'chosen');
    await mkdir(chosenDir);
    const first = fileServiceIn(root, {
      chooseSavePath: async () => path.join(chosenDir, 'a.pdf'),
    });
    await first.service.exportPdf({ name: 'a.pdf', bytes: pdf('a') });
    const chooseSavePath = vi.fn(async () => null);
    await fileServiceIn(root, { chooseSavePath }).service.exportPdf({
      name: 'b.pdf',
      bytes: pdf('b'),
    });
    expect(chooseSavePath).toHaveBeenCalledWith(path.join(chosenDir, 'b.pdf'));
  });

  it('replaces a file the person chose to overwrite, atomically', async () => {
    const target = path.join(root, 'INV-1.pdf');
    await writeFile(target, 'old');
    const { service } = fileServiceIn(root, { chooseSavePath: async () => target });
    expect(await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('new') })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(await readFile(target, 'utf8')).toContain('new');
    expect(await filesBelow(root)).toEqual(['INV-1.pdf']);
  });

  it('keeps the old file whole when the disk is full while replacing it', async () => {
    const target = path.join(root, 'INV-1.pdf');
    await writeFile(target, 'old');
    const fs = fsWith({ writeNew: () => Promise.reject(fsError('ENOSPC')) });
    const { service } = fileServiceIn(root, { chooseSavePath: async () => target, fs });
    expect(await service.exportPdf({ name: 'INV-1.pdf', bytes: pdf('new') })).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('answers CANCELLED when the dialog is closed, writing and remembering nothing', async () => {
    const { service, store } = fileServiceIn(root, { chooseSavePath: async () => null });
    expect(await service.exportPdf({ name: 'a.pdf', bytes: pdf('x') })).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
    expect(await filesBelow(root)).toEqual([]);
    expect(store.get('files.lastExportFolder')).toBeUndefined();
  });

  it('keeps the export when the last folder cannot be remembered', async () => {
    const log = vi.fn();
    const { service, store } = fileServiceIn(root, {
      chooseSavePath: async () => path.join(root, 'a.pdf'),
      log,
    });
    store.set = () => {
      throw fsError('ENOSPC');
    };
    expect(await service.exportPdf({ name: 'a.pdf', bytes: pdf('x') })).toMatchObject({ ok: true });
    expect(log).toHaveBeenCalledWith(
      'files: the last export folder could not be saved',
      expect.any(Error),
    );
  });

  it('says NOT_AVAILABLE without a dialog or an export folder', async () => {
    const { service } = fileServiceIn(root);
    expect(await service.exportPdf({ name: 'a.pdf', bytes: pdf('x') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AVAILABLE' },
    });
  });
});
