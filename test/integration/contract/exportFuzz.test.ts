import { readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import { nodeExportFs, type ExportFs } from '../../../electron/services/files/exportFs';
import { PROPERTY_RUNS } from '../../unit/propertyRuns';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';
import { PDF_BASE64 } from '../../unit/shared/contract/contractSamples';
import { fileServiceIn, tempRoot } from '../files/fileServiceSetup';

// Issue 6: whatever names the renderer sends, no file is written outside the folder the
// person chose. The real file service writes into a real folder; every path it touches is
// recorded and checked, and afterwards nothing but that folder has appeared.

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ root, cleanup } = await tempRoot());
});

afterAll(async () => {
  await cleanup();
});

const fragments = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '../',
  '..\\',
  '%2e%2e%2f',
  ':',
  'C:',
  '~',
  '$HOME',
  '\u0000',
  '\n',
  '\u202e',
  'CON',
  'a',
  'Ä',
  ' ',
  '.pdf',
  'INV-1',
  '😀',
);
const names = fc.oneof(
  fc.array(fragments, { minLength: 1, maxLength: 12 }).map((parts) => `${parts.join('')}.pdf`),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => `${text}.pdf`),
  fc.constantFrom('../../../../tmp/evil.pdf', '/tmp/evil.pdf', '..\\..\\evil.pdf'),
);

function recordingFs(touched: string[]): ExportFs {
  return {
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
}

describe('exports with generated names', () => {
  it('write nothing outside the export folder', async () => {
    const exportDir = path.join(root, 'exports');
    const touched: string[] = [];
    const { service: files } = fileServiceIn(root, { exportDir, fs: recordingFs(touched) });
    const table = createHandlerTable({ ...fakeServices().services, files });
    await fc.assert(
      fc.asyncProperty(names, fc.boolean(), async (name, batch) => {
        const reply = batch
          ? await dispatch(
              table,
              'files.exportBatch',
              { files: [{ name, pdfBase64: PDF_BASE64 }] },
              { checkReply: true },
            )
          : await dispatch(
              table,
              'files.exportPdf',
              { suggestedName: name, pdfBase64: PDF_BASE64, documentId: 'd' },
              { checkReply: true },
            );
        if (!reply.ok) expect(reply.error.code).toBe('INVALID_REQUEST');
      }),
      { numRuns: PROPERTY_RUNS },
    );
    expect(touched.length).toBeGreaterThan(0);
    for (const file of touched) expect(path.dirname(file)).toBe(exportDir);
    // Nothing else appeared beside the export folder, and it holds no folders.
    expect((await readdir(root)).sort()).toEqual(['exports']);
    const entries = await readdir(exportDir, { withFileTypes: true });
    expect(entries.every((entry) => entry.isFile())).toBe(true);
    expect(entries.some((entry) => entry.name.endsWith('.tmp'))).toBe(false);
  });
});
