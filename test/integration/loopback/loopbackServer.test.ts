import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerTable } from '../../../electron/handlers/handlerTable';
import {
  startLoopbackServer,
  type LoopbackServer,
} from '../../../electron/transport/loopbackServer';
import { fakeServices } from '../../unit/electron/handlers/fakeServices';
import { VALID_REQUESTS } from '../../unit/shared/contract/contractSamples';
import { callApi, http } from './httpClient';

const MAX_BODY = 64 * 1024;
let server: LoopbackServer;
let calls: ReturnType<typeof fakeServices>['calls'];

beforeAll(async () => {
  const fakes = fakeServices();
  calls = fakes.calls;
  server = await startLoopbackServer({
    table: createHandlerTable(fakes.services),
    maxBodyBytes: MAX_BODY,
    checkReply: true,
    log: () => undefined,
  });
});

afterAll(async () => {
  await server?.close();
});

const auth = () => ({ Authorization: `Bearer ${server.token}` });

describe('the loopback API', () => {
  it('listens on 127.0.0.1 with a random port and a fresh 32-byte token', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('answers a valid call with the handler reply', async () => {
    const { status, reply } = await callApi(server.origin, 'app.info', {}, auth());
    expect(status).toBe(200);
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Invoicer',
        version: '0.1.0',
        platform: 'linux',
        mode: 'preview',
        exportFolder: '/tmp/exports',
      },
    });
  });

  it('accepts the page itself as Origin', async () => {
    const { status } = await callApi(
      server.origin,
      'printers.list',
      {},
      { ...auth(), Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(status).toBe(200);
  });

  it('answers an invalid request with INVALID_REQUEST and calls no service', async () => {
    calls.length = 0;
    const { status, reply } = await callApi(
      server.origin,
      'print.pdf',
      { ...VALID_REQUESTS['print.pdf'], copies: 0 },
      auth(),
    );
    expect(status).toBe(200);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(calls).toEqual([]);
  });

  it('refuses a call without the token with 401', async () => {
    const { status, reply } = await callApi(server.origin, 'mail.listAccounts', {}, {});
    expect(status).toBe(401);
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it.each([
    ['a wrong token', () => `Bearer ${'A'.repeat(43)}`],
    [
      'the token with a character changed',
      () => `Bearer ${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`,
    ],
    ['the token cut short', () => `Bearer ${server.token.slice(0, 20)}`],
    ['the token as Basic', () => `Basic ${server.token}`],
  ])('refuses %s with 401', async (_case, header) => {
    const { status } = await callApi(
      server.origin,
      'mail.listAccounts',
      {},
      { Authorization: header() },
    );
    expect(status).toBe(401);
  });

  it.each([
    ['another web site', { Origin: 'https://evil.example' }],
    ['a sandboxed or file: page', { Origin: 'null' }],
    ['localhost instead of 127.0.0.1', { Origin: `http://localhost:${4173}` }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s with 403, even with the token', async (_case, headers) => {
    const { status, reply } = await callApi(
      server.origin,
      'mail.listAccounts',
      {},
      { ...auth(), ...headers },
    );
    expect(status).toBe(403);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses requests for another Host name (DNS rebinding) with 403', async () => {
    const reply = await http(`${server.origin}/api/app.info`, {
      method: 'POST',
      headers: {
        Host: `evil.example:${server.port}`,
        'Content-Type': 'application/json',
        ...auth(),
      },
      body: '{}',
    });
    expect(reply.status).toBe(403);
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const body = JSON.stringify({ path: 'x'.repeat(MAX_BODY) });
    const { status, reply } = await callApi(
      server.origin,
      'files.showInFolder',
      JSON.parse(body),
      auth(),
    );
    expect(status).toBe(413);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const reply = await http(`${server.origin}/api/files.showInFolder`, {
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        'Content-Type': 'application/json',
        'Transfer-Encoding': 'chunked',
        ...auth(),
      },
      body: `{"path":"${'x'.repeat(MAX_BODY)}"}`,
    });
    expect(reply.status).toBe(413);
  });

  it.each([
    ['GET', 405, 'app.info', { method: 'GET' }],
    ['text instead of JSON', 415, 'app.info', { method: 'POST', contentType: 'text/plain' }],
    ['broken JSON', 400, 'app.info', { method: 'POST', body: '{"a":' }],
    ['an unknown call', 404, 'files.deleteAll', { method: 'POST' }],
    ['an inherited name', 404, 'constructor', { method: 'POST' }],
  ])('answers %s with %s', async (_case, status, name, options) => {
    const reply = await http(`${server.origin}/api/${name}`, {
      method: options.method,
      headers: {
        Host: `127.0.0.1:${server.port}`,
        'Content-Type': 'contentType' in options ? String(options.contentType) : 'application/json',
        ...auth(),
      },
      body: options.method === 'GET' ? undefined : 'body' in options ? String(options.body) : '{}',
    });
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers with JSON that is never cached or sniffed', async () => {
    const reply = await http(`${server.origin}/api/app.info`, {
      method: 'POST',
      headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', ...auth() },
      body: '{}',
    });
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 outside /api/ when it serves no files', async () => {
    const reply = await http(`${server.origin}/index.html`, {
      headers: { Host: `127.0.0.1:${server.port}` },
    });
    expect(reply.status).toBe(404);
  });
});

describe('closing the loopback server', () => {
  it('stops listening, also with a connection kept alive', async () => {
    const other = await startLoopbackServer({ table: createHandlerTable(fakeServices().services) });
    const agentReply = await callApi(
      other.origin,
      'app.info',
      {},
      { Authorization: `Bearer ${other.token}`, Connection: 'keep-alive' },
    );
    expect(agentReply.status).toBe(200);
    await other.close();
    await expect(callApi(other.origin, 'app.info', {}, {})).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses a token too short to be secret', async () => {
    await expect(
      startLoopbackServer({ table: createHandlerTable(fakeServices().services), token: 'short' }),
    ).rejects.toThrow(/token/);
  });
});
