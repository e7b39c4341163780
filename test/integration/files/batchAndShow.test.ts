import { mkdir, readFile, unlink } from 'node:fs/promises';
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

const files = (...names: string[]) => names.map((name) => ({ name, bytes: pdf(name) }));

describe('batch export', () => {
  it('asks for the folder once, then writes the later chunks there without asking', async () => {
    const folder = path.join(root, 'Batch');
    await mkdir(folder);
    const chooseFolder = vi.fn(async () => folder);
    const { service, store } = fileServiceIn(root, { chooseFolder, defaultDir: root });

    const first = await service.exportBatch({ files: files('INV-1.pdf', 'INV-2.pdf') });
    expect(first).toEqual({
      ok: true,
      value: {
        folder,
        written: [
          { name: 'INV-1.pdf', path: path.join(folder, 'INV-1.pdf') },
          { name: 'INV-2.pdf', path: path.join(folder, 'INV-2.pdf') },
        ],
      },
    });
    expect(chooseFolder).toHaveBeenCalledWith(root);
    expect(store.get('files.lastExportFolder')).toBe(folder);

    const second = await service.exportBatch({ folderHint: folder, files: files('INV-3.pdf') });
    expect(second).toMatchObject({ ok: true, value: { folder } });
    expect(chooseFolder).toHaveBeenCalledTimes(1);
    expect(await filesBelow(folder)).toEqual(['INV-1.pdf', 'INV-2.pdf', 'INV-3.pdf']);
  });

  it('asks again when the folder hint is a folder the person did not choose', async () => {
    const chooseFolder = vi.fn(async () => null);
    const { service } = fileServiceIn(root, { chooseFolder });
    const reply = await service.exportBatch({ folderHint: '/etc', files: files('x.pdf') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(chooseFolder).toHaveBeenCalledWith('/etc');
  });

  it('numbers names that repeat in a batch or exist already', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    await service.exportPdf({ name: 'Acme.pdf', bytes: pdf('existing') });
    const reply = await service.exportBatch({ files: files('Acme.pdf', 'Acme.pdf') });
    expect(reply.ok && reply.value.written.map((file) => file.name)).toEqual([
      'Acme (2).pdf',
      'Acme (3).pdf',
    ]);
    expect(await readFile(path.join(exportDir, 'Acme.pdf'), 'utf8')).toContain('existing');
  });

  it('refuses the whole batch, before writing anything, when one name would leave the folder', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    const reply = await service.exportBatch({ files: files('ok.pdf', '../../evil.pdf') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await filesBelow(root)).toEqual([]);
  });

  it('says how many files were saved when the disk fills up in the middle', async () => {
    let writes = 0;
    const fs = fsWith({
      writeNew: (file, data) =>
        (writes += 1) > 2 ? Promise.reject(fsError('ENOSPC')) : nodeExportFs.writeNew(file, data),
    });
    const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports'), fs });
    const reply = await service.exportBatch({ files: files('1.pdf', '2.pdf', '3.pdf', '4.pdf') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(reply.ok || reply.error.message).toMatch(
      /2 of 4 files of this batch were saved before\.$/,
    );
    expect(await filesBelow(path.join(root, 'exports'))).toEqual(['1.pdf', '2.pdf']);
  });

  it('refuses a chosen "folder" that is a file', async () => {
    const file = path.join(root, 'file.txt');
    await (await import('node:fs/promises')).writeFile(file, 'x');
    const { service } = fileServiceIn(root, { chooseFolder: async () => file });
    expect(await service.exportBatch({ files: files('a.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });
});

describe('show in folder', () => {
  it('shows a file this session exported', async () => {
    const opener = vi.fn();
    const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports'), opener });
    const saved = await service.exportPdf({ name: 'a.pdf', bytes: pdf('a') });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await service.showInFolder(saved.value.path)).toEqual({ ok: true, value: {} });
    expect(opener).toHaveBeenCalledWith(saved.value.path);
  });

  it.each(['/etc/passwd', '/bin/sh', 'relative.pdf'])(
    'refuses %s, which it did not export, without opening anything',
    async (file) => {
      const opener = vi.fn();
      const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports'), opener });
      expect(await service.showInFolder(file)).toMatchObject({
        ok: false,
        error: { code: 'PATH_NOT_ALLOWED' },
      });
      expect(opener).not.toHaveBeenCalled();
    },
  );

  it('says where the file is when there is no file manager (the preview)', async () => {
    const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports') });
    const saved = await service.exportPdf({ name: 'a.pdf', bytes: pdf('a') });
    if (!saved.ok) throw new Error(saved.error.message);
    const reply = await service.showInFolder(saved.value.path);
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });
    expect(reply.ok || reply.error.message).toContain(saved.value.path);
  });

  it('says so when the exported file was deleted since', async () => {
    const opener = vi.fn();
    const { service } = fileServiceIn(root, { exportDir: path.join(root, 'exports'), opener });
    const saved = await service.exportPdf({ name: 'a.pdf', bytes: pdf('a') });
    if (!saved.ok) throw new Error(saved.error.message);
    await unlink(saved.value.path);
    expect(await service.showInFolder(saved.value.path)).toMatchObject({
      ok: false,
      error: { code: 'FILE_FAILED' },
    });
    expect(opener).not.toHaveBeenCalled();
  });
});
