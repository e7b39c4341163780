import { mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePreviewArgs } from '../../../build/preview-server.args';
import {
  startPreviewServer,
  withTokenMeta,
  type PreviewServer,
} from '../../../build/preview-server.services';
import { callApi, http } from './httpClient';

let dir: string;
let server: PreviewServer;
let host: string;

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Invoicer</title>
  </head>
  <body><div id="root"></div><script type="module" src="./assets/index.js"></script></body>
</html>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'invoicer-preview-'));
  const root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), INDEX);
  await writeFile(path.join(root, 'assets', 'index.js'), 'console.log("app");');
  await writeFile(path.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(dir, 'secret.txt'), 'outside the root');
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  server = await startPreviewServer({
    port: 0,
    root,
    exportDir: path.join(dir, 'exports'),
    dataDir: path.join(dir, 'data'),
    version: '0.1.0',
    log: () => undefined,
  });
  host = new URL(server.url).host;
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (requestPath: string, headers: Record<string, string> = {}) =>
  http(server.url, { path: requestPath, headers: { Host: host, ...headers } });

describe('the preview server', () => {
  it('serves index.html with the API token of this run in a meta element', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body).toContain(`<meta name="invoicer-api-token" content="${server.token}" />`);
    expect((await get('/index.html')).body).toContain(server.token);
  });

  it('serves assets with their content types and headers against framing and sniffing', async () => {
    const js = await get('/assets/index.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).not.toContain(server.token);
    expect((await get('/assets/style.css')).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.headers['x-frame-options']).toBe('DENY');
    expect(js.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '//etc/passwd',
    '/assets/link.txt',
    '/index.html%00.js',
    '/assets',
    '/missing.js',
  ])('refuses %s', async (requestPath) => {
    const reply = await get(requestPath);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the root');
    expect(reply.body).not.toContain('root:');
  });

  it('gives nothing, not even the page with the token, to another Host name (DNS rebinding)', async () => {
    const reply = await get('/', { Host: `attacker.example:${new URL(server.url).port}` });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain(server.token);
  });

  it('refuses to change files: only GET and HEAD', async () => {
    const reply = await http(server.url, {
      method: 'PUT',
      path: '/index.html',
      headers: { Host: host },
      body: 'x',
    });
    expect(reply.status).toBe(405);
  });

  it('serves the API on the same origin with the token from the page', async () => {
    const { status, reply } = await callApi(
      server.url.replace(/\/$/, ''),
      'app.info',
      {},
      {
        Authorization: `Bearer ${server.token}`,
        Origin: server.url.replace(/\/$/, ''),
      },
    );
    expect(status).toBe(200);
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Invoicer',
        version: '0.1.0',
        platform: process.platform,
        mode: 'preview',
        exportFolder: server.exportDir,
      },
    });
  });

  it('keeps its settings and password key in a folder of this user only', async () => {
    if (process.platform === 'win32') return;
    const key = await stat(path.join(server.dataDir, 'preview-secret.key'));
    expect(key.mode & 0o777).toBe(0o600);
    expect((await stat(server.dataDir)).mode & 0o077).toBe(0);
  });
});

describe('withTokenMeta', () => {
  it('puts the meta element first in the head, and in front of a page without one', () => {
    expect(withTokenMeta('<html><HEAD lang="x"><title>t</title></HEAD></html>', 'tok')).toBe(
      '<html><HEAD lang="x">\n    <meta name="invoicer-api-token" content="tok" /><title>t</title></HEAD></html>',
    );
    expect(withTokenMeta('<p>x</p>', 'tok')).toBe(
      '<meta name="invoicer-api-token" content="tok" />\n<p>x</p>',
    );
  });
});

describe('parsePreviewArgs', () => {
  it('reads port, folders and help, with defaults', () => {
    const parsed = parsePreviewArgs(['--port', '4180', '--export-dir=out', '--root', 'dist/e2e']);
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        port: 4180,
        exportDir: path.resolve('out'),
        root: path.resolve('dist/e2e'),
        help: false,
      },
    });
    expect(parsePreviewArgs([])).toMatchObject({
      ok: true,
      value: { port: 4173, exportDir: null },
    });
    expect(parsePreviewArgs(['--help'])).toMatchObject({ ok: true, value: { help: true } });
  });

  it.each([
    [['--port', '70000'], /--port must be/],
    [['--port', 'x'], /--port must be/],
    [['--host', '0.0.0.0'], /Unknown option --host/],
    [['--root'], /--root needs a value/],
  ])('refuses %j', (argv, message) => {
    const parsed = parsePreviewArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok || parsed.error).toMatch(message);
  });
});
