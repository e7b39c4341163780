import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import { nodeExportFs, type ExportFs } from '../../../electron/services/files/exportFs';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';
import { PROPERTY_RUNS } from '../../unit/propertyRuns';
import { filesBelow, fileServiceIn, fsError, fsWith, tempRoot } from './fileServiceSetup';

// files.exportText (CSV exports of the journal and the reports) with the same safety as a
// PDF: atomic, never outside the chosen folder, the same error codes, the same last folder.

let root: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ root, cleanup } = await tempRoot());
});

afterEach(async () => {
  await cleanup();
});

const CSV = 'customer,total\r\nMüller & Söhne,-12.50\r\n東京商事,1234.00\r\n';
const BOM = [0xef, 0xbb, 0xbf];

describe('exporting a CSV into the export folder (browser preview)', () => {
  it('writes UTF-8 with a byte order mark, the text byte for byte after it, and no temporary file', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    const saved = await service.exportText({ name: 'VAT report.csv', kind: 'csv', content: CSV });
    const file = path.join(exportDir, 'VAT report.csv');
    expect(saved).toEqual({ ok: true, value: { path: file } });
    const bytes = new Uint8Array(await readFile(file));
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))).toBe(CSV);
    expect(await filesBelow(root)).toEqual([path.normalize('exports/VAT report.csv')]);
  });

  it('does not double a byte order mark the text already starts with', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    await service.exportText({ name: 'a.csv', kind: 'csv', content: `\ufeff${CSV}` });
    const bytes = new Uint8Array(await readFile(path.join(exportDir, 'a.csv')));
    expect([...bytes.subarray(0, 6)]).toEqual([...BOM, ...new TextEncoder().encode('cus')]);
  });

  it('never overwrites: a second export of the same name gets a number', async () => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    await service.exportText({ name: 'Journal.csv', kind: 'csv', content: 'first\r\n' });
    const second = await service.exportText({ name: 'Journal.csv', kind: 'csv', content: 'x' });
    expect(second).toEqual({ ok: true, value: { path: path.join(exportDir, 'Journal (2).csv') } });
    expect(await readFile(path.join(exportDir, 'Journal.csv'), 'utf8')).toContain('first');
  });

  it.each([
    '../escaped.csv',
    '..\\escaped.csv',
    '/tmp/escaped.csv',
    'sub/escaped.csv',
    'nul\u0000.csv',
    '.hidden.csv',
    'report.pdf',
    'report.exe',
    'report',
  ])('refuses the name %j and writes nothing anywhere', async (name) => {
    const exportDir = path.join(root, 'exports');
    const { service } = fileServiceIn(root, { exportDir });
    const saved = await service.exportText({ name, kind: 'csv', content: CSV });
    expect(saved).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await filesBelow(root)).toEqual([]);
  });

  it('reports a full disk as DISK_FULL and leaves nothing behind', async () => {
    const exportDir = path.join(root, 'exports');
    const fs = fsWith({ writeNew: () => Promise.reject(fsError('ENOSPC')) });
    const { service } = fileServiceIn(root, { exportDir, fs });
    const saved = await service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV });
    expect(saved).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(saved.ok || saved.error.message).toMatch(/disk is full.*Journal\.csv/);
    expect(await filesBelow(root)).toEqual([]);
  });

  it('removes the temporary file when the final rename is refused', async () => {
    const exportDir = path.join(root, 'exports');
    const fs = fsWith({ rename: () => Promise.reject(fsError('EACCES')) });
    const { service } = fileServiceIn(root, { exportDir, fs });
    const saved = await service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV });
    expect(saved).toMatchObject({ ok: false, error: { code: 'FILE_NOT_WRITABLE' } });
    expect(await filesBelow(root)).toEqual([]);
  });
});

describe('exporting a CSV with a save dialog (desktop app)', () => {
  it('offers the CSV file type, starts in the last folder and remembers the folder chosen', async () => {
    const documents = path.join(root, 'Documents');
    const chosenDir = path.join(root, 'Tax 2026');
    await mkdir(chosenDir);
    const chooseSavePath = vi.fn(async (defaultPath: string) =>
      path.join(chosenDir, path.basename(defaultPath)),
    );
    const { service, store } = fileServiceIn(root, { chooseSavePath, defaultDir: documents });

    const first = await service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV });
    expect(chooseSavePath).toHaveBeenLastCalledWith(path.join(documents, 'Journal.csv'), {
      name: 'CSV (comma-separated values)',
      extensions: ['csv'],
    });
    expect(first).toEqual({ ok: true, value: { path: path.join(chosenDir, 'Journal.csv') } });
    expect(store.get('files.lastExportFolder')).toBe(chosenDir);

    await service.exportText({ name: 'VAT report.csv', kind: 'csv', content: CSV });
    expect(chooseSavePath.mock.lastCall?.[0]).toBe(path.join(chosenDir, 'VAT report.csv'));
  });

  it('replaces a file the person chose to overwrite, and the old one stays whole if the disk is full', async () => {
    const target = path.join(root, 'Journal.csv');
    await writeFile(target, 'old');
    const full = fsWith({ writeNew: () => Promise.reject(fsError('ENOSPC')) });
    const failing = fileServiceIn(root, { chooseSavePath: async () => target, fs: full });
    expect(
      await failing.service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV }),
    ).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(await readFile(target, 'utf8')).toBe('old');

    const { service } = fileServiceIn(root, { chooseSavePath: async () => target });
    expect(await service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect((await readFile(target, 'utf8')).replace(/^\ufeff/, '')).toBe(CSV);
  });

  it('answers CANCELLED when the dialog is closed, writing and remembering nothing', async () => {
    const { service, store } = fileServiceIn(root, { chooseSavePath: async () => null });
    expect(await service.exportText({ name: 'a.csv', kind: 'csv', content: CSV })).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
    expect(await filesBelow(root)).toEqual([]);
    expect(store.get('files.lastExportFolder')).toBeUndefined();
  });

  it('answers NOT_AVAILABLE when there is neither a dialog nor an export folder', async () => {
    const { service } = fileServiceIn(root);
    expect(await service.exportText({ name: 'a.csv', kind: 'csv', content: CSV })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AVAILABLE' },
    });
  });

  it('lets the file be shown in its folder, as it was written this session', async () => {
    const opener = vi.fn();
    const target = path.join(root, 'Journal.csv');
    const { service } = fileServiceIn(root, { chooseSavePath: async () => target, opener });
    await service.exportText({ name: 'Journal.csv', kind: 'csv', content: CSV });
    expect(await service.showInFolder(target)).toEqual({ ok: true, value: {} });
    expect(opener).toHaveBeenCalledWith(target);
  });
});

describe('files.exportText through the handler table', () => {
  it('writes the request’s text into the export folder, and refuses a name that leaves it', async () => {
    const exportDir = path.join(root, 'exports');
    const { service: files } = fileServiceIn(root, { exportDir });
    const table = createHandlerTable({ ...fakeServices().services, files });
    const options = { checkReply: true, log: () => undefined };

    const reply = await dispatch(
      table,
      'files.exportText',
      { suggestedName: 'Sales 2026.csv', kind: 'csv', content: CSV },
      options,
    );
    expect(reply).toEqual({ ok: true, value: { path: path.join(exportDir, 'Sales 2026.csv') } });

    for (const suggestedName of ['../Sales.csv', 'Sales.pdf', 'Sales.csv.exe']) {
      const refused = await dispatch(
        table,
        'files.exportText',
        { suggestedName, kind: 'csv', content: CSV },
        options,
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await filesBelow(root)).toEqual([path.normalize('exports/Sales 2026.csv')]);
  });
});

const fragments = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '../',
  '..\\',
  ':',
  'C:',
  '~',
  '\u0000',
  '\n',
  '\u202e',
  'CON',
  'a',
  'Ä',
  ' ',
  '.csv',
  'Journal',
  '😀',
);
const names = fc.oneof(
  fc.array(fragments, { minLength: 1, maxLength: 12 }).map((parts) => `${parts.join('')}.csv`),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => `${text}.csv`),
  fc.constantFrom('../../../../tmp/evil.csv', '/tmp/evil.csv', '..\\..\\evil.csv'),
);

describe('files.exportText with generated names', () => {
  it('writes nothing outside the export folder', async () => {
    const exportDir = path.join(root, 'exports');
    const touched: string[] = [];
    const fs: ExportFs = {
      ...nodeExportFs,
      writeNew: (file, data) => {
        touched.push(file);
        return nodeExportFs.writeNew(file, data);
      },
      rename: (from, to) => {
        touched.push(from, to);
        return nodeExportFs.rename(from, to);
      },
    };
    const { service: files } = fileServiceIn(root, { exportDir, fs });
    const table = createHandlerTable({ ...fakeServices().services, files });
    await fc.assert(
      fc.asyncProperty(names, async (suggestedName) => {
        const reply = await dispatch(
          table,
          'files.exportText',
          { suggestedName, kind: 'csv', content: 'a,b\r\n' },
          { checkReply: true },
        );
        if (!reply.ok) expect(reply.error.code).toBe('INVALID_REQUEST');
      }),
      { numRuns: PROPERTY_RUNS },
    );
    expect(touched.length).toBeGreaterThan(0);
    for (const file of touched) expect(path.dirname(file)).toBe(exportDir);
    expect((await readdir(root)).sort()).toEqual(['exports']);
    const entries = await readdir(exportDir, { withFileTypes: true });
    expect(entries.every((entry) => entry.isFile() && !entry.name.endsWith('.tmp'))).toBe(true);
  });
});
