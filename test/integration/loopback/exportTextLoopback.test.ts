import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_EXPORT_CHARS } from '../../../shared/contract/filesContract';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import {
  startLoopbackServer,
  type LoopbackServer,
} from '../../../electron/transport/loopbackServer';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';
import { filesBelow, fileServiceIn, tempRoot } from '../files/fileServiceSetup';
import { callApi } from './httpClient';

// files.exportText as the browser preview reaches it: JSON over the loopback API into the
// real file service, which writes into the export folder and nowhere else.

let root: string;
let cleanup: () => Promise<void>;
let server: LoopbackServer;

beforeAll(async () => {
  ({ root, cleanup } = await tempRoot());
  const { service: files } = fileServiceIn(root, { exportDir: path.join(root, 'exports') });
  server = await startLoopbackServer({
    table: createHandlerTable({ ...fakeServices().services, files }),
    checkReply: true,
    log: () => undefined,
  });
});

afterAll(async () => {
  await server?.close();
  await cleanup();
});

const call = (body: unknown) =>
  callApi(server.origin, 'files.exportText', body, { Authorization: `Bearer ${server.token}` });

describe('files.exportText over the loopback API', () => {
  it('writes the CSV into the export folder as UTF-8 with a byte order mark', async () => {
    const content = 'customer,total\r\nAndreas Ανδρέου,"1,234.50"\r\n';
    const { status, reply } = await call({
      suggestedName: 'Sales by customer 2026-Q1.csv',
      kind: 'csv',
      content,
    });
    const file = path.join(root, 'exports', 'Sales by customer 2026-Q1.csv');
    expect(status).toBe(200);
    expect(reply).toEqual({ ok: true, value: { path: file } });
    expect(await readFile(file, 'utf8')).toBe(`\ufeff${content}`);
  });

  it('refuses a traversal, another extension and too much text, writing nothing more', async () => {
    const before = await filesBelow(root);
    const refused = [
      { suggestedName: '../../evil.csv', kind: 'csv', content: 'x' },
      { suggestedName: 'evil.exe', kind: 'csv', content: 'x' },
      { suggestedName: 'evil.csv', kind: 'exe', content: 'x' },
      { suggestedName: 'big.csv', kind: 'csv', content: 'x'.repeat(MAX_TEXT_EXPORT_CHARS + 1) },
    ];
    for (const body of refused) {
      const { reply } = await call(body);
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await filesBelow(root)).toEqual(before);
  });
});
