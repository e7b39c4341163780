import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_RESPONSE_HEADERS, serveAppRequest } from '../../../electron/appProtocol';
import { APP_RESPONSE_CSP } from '../../../electron/contentSecurityPolicy';
import { PROPERTY_RUNS } from '../propertyRuns';

// The app:// protocol over a real folder: the renderer's files inside it, a secret beside
// it. Electron's net.fetch is stood in for by a reader of file: URLs that records what it
// was asked, so a test sees that a refused URL reads nothing at all.

let base: string;
let root: string;
const SECRET = 'the settings file of someone else';

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'invoicer-app-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Invoicer</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.json'), SECRET);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function recordingFetch() {
  const asked: string[] = [];
  const fetchFile = async (fileUrl: string) => {
    asked.push(fileUrl);
    const bytes = await readFile(fileURLToPath(fileUrl));
    return new Response(bytes, { status: 200, headers: { 'Content-Type': 'text/html' } });
  };
  return { asked, fetchFile };
}

describe('serveAppRequest', () => {
  it('serves a file of the renderer with its body and the security headers', async () => {
    const { asked, fetchFile } = recordingFetch();
    const response = await serveAppRequest(root, 'app://invoicer/assets/app.js', fetchFile);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_RESPONSE_CSP);
    for (const [name, value] of Object.entries(APP_RESPONSE_HEADERS)) {
      expect(response.headers.get(name)).toBe(value);
    }
    expect(asked.map((url) => fileURLToPath(url))).toEqual([path.join(root, 'assets', 'app.js')]);
  });

  it('serves index.html for the bare origin', async () => {
    const { fetchFile } = recordingFetch();
    const response = await serveAppRequest(root, 'app://invoicer/', fetchFile);
    expect(await response.text()).toContain('<title>Invoicer</title>');
  });

  it.each([
    'app://invoicer/..%2Fsecret.json',
    'app://invoicer/%2e%2e%2fsecret.json',
    'app://invoicer/assets/..%2F..%2Fsecret.json',
    'app://invoicer/..%5Csecret.json',
    'app://invoicer/index.html%00.js',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
  ])('answers %s with 404 and reads nothing', async (url) => {
    const { asked, fetchFile } = recordingFetch();
    const response = await serveAppRequest(root, url, fetchFile);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_RESPONSE_CSP);
    expect(asked).toEqual([]);
  });

  it('answers a missing file with 404, without the reason', async () => {
    const { fetchFile } = recordingFetch();
    const response = await serveAppRequest(root, 'app://invoicer/nothing.js', fetchFile);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it('never reads a file outside the renderer folder, whatever the URL', async () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2e',
      '.%2e',
      '%2f',
      '%2F',
      '%5c',
      '\\',
      '%00',
      '%252e%252e',
      'secret.json',
      'assets',
      'index.html',
      '',
    );
    const urls = fc
      .array(fc.array(segment, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 })
      .map((parts) => `app://invoicer/${parts.map((part) => part.join('')).join('/')}`);
    await fc.assert(
      fc.asyncProperty(urls, async (url) => {
        const asked: string[] = [];
        const response = await serveAppRequest(root, url, async (fileUrl) => {
          asked.push(fileURLToPath(fileUrl));
          return new Response(await readFile(fileURLToPath(fileUrl)));
        });
        for (const file of asked) {
          const inside = path.relative(root, file);
          expect(inside.startsWith('..') || path.isAbsolute(inside), file).toBe(false);
        }
        expect(await response.text()).not.toContain(SECRET);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
