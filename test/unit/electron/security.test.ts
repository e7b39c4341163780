import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAllowedExternalUrl,
  isTrustedSender,
  resolveAppPath,
  resolveServedPath,
} from '../../../electron/security';
import { PROPERTY_RUNS } from '../propertyRuns';

const root = path.resolve('/opt/invoicer/dist/renderer');

describe('resolveAppPath', () => {
  it('serves the entry page and assets from inside the renderer folder', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://invoicer/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://invoicer/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://invoicer')).toBe(path.join(root, 'index.html'));
  });

  it('ignores query strings and fragments', () => {
    expect(resolveAppPath(root, 'app://invoicer/index.html?x=1#/invoices')).toBe(
      path.join(root, 'index.html'),
    );
  });

  it('decodes percent-encoded names that stay inside the folder', () => {
    expect(resolveAppPath(root, 'app://invoicer/fonts/Noto%20Sans.ttf')).toBe(
      path.join(root, 'fonts', 'Noto Sans.ttf'),
    );
  });

  it.each([
    'app://invoicer/..%2F..%2Fetc%2Fpasswd',
    'app://invoicer/assets/..%2F..%2F..%2Fsecret',
    'app://invoicer/%2e%2e%2F%2e%2e%2Fsecret',
    'app://invoicer/%2F..%2F..%2Fsecret',
  ])('refuses the traversal %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never lets a backslash escape the folder', () => {
    // A separator on Windows, an ordinary file-name character on POSIX: either way the
    // result is refused or stays inside root.
    const resolved = resolveAppPath(root, 'app://invoicer/..%5C..%5Csecret');
    const escapes = resolved !== null && path.relative(root, resolved).startsWith('..');
    expect(escapes).toBe(false);
  });

  it('keeps plain ../ segments inside the folder (the URL parser folds them at the root)', () => {
    expect(resolveAppPath(root, 'app://invoicer/../../etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
  });

  it.each([
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///opt/invoicer/dist/renderer/index.html'],
    ['a NUL byte', 'app://invoicer/index.html%00.png'],
    ['malformed encoding', 'app://invoicer/%E0%A4%A'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_case, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('resolveAppPath with generated URLs', () => {
  // Pieces of every trick for leaving a folder: dot segments plain and encoded (also
  // double-encoded), separators of both kinds, NUL, drive letters, and plain names.
  const piece = fc.constantFrom(
    '..',
    '.',
    '%2e',
    '%2E',
    '%252e',
    '/',
    '%2f',
    '%2F',
    '\\',
    '%5c',
    '%5C',
    '%00',
    'C:',
    '~',
    'etc',
    'passwd',
    'index.html',
    '%E0%A4',
    ' ',
  );
  const urls = fc
    .array(piece, { minLength: 1, maxLength: 16 })
    .map((pieces) => `app://invoicer/${pieces.join('')}`);

  it('never resolves to a path outside the renderer folder', () => {
    fc.assert(
      fc.property(urls, (url) => {
        const resolved = resolveAppPath(root, url);
        if (resolved === null) return;
        const inside = path.relative(root, resolved);
        expect(inside === '' || inside.startsWith('..') || path.isAbsolute(inside), url).toBe(
          false,
        );
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.com/terms', 'http://example.com', 'HTTPS://EXAMPLE.COM/'])(
    'lets %s open in the system browser',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://invoicer/index.html',
    'mailto:someone@example.com',
    'smb://server/share',
    'ms-settings:privacy',
    '//example.com',
    'not a url',
    '',
  ])('keeps %s inside', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('resolveServedPath', () => {
  it('serves files inside the folder, and index.html for /', () => {
    expect(resolveServedPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveServedPath(root, '/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveServedPath(root, '/fonts/Noto%20Sans.ttf')).toBe(
      path.join(root, 'fonts', 'Noto Sans.ttf'),
    );
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/./index.html',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/..%2Fetc',
    '/..%5Cetc',
    '/assets%2F..%2F..%2Fsecret',
    '/a\\..\\..\\secret',
    '/index.html%00.png',
    '/%E0%A4%A',
    'index.html',
    '//etc/passwd/..',
    '//etc/passwd',
  ])('refuses %s', (requestPath) => {
    expect(resolveServedPath(root, requestPath)).toBeNull();
  });
});

describe('isTrustedSender', () => {
  it.each(['app://invoicer/index.html', 'app://invoicer/', 'app://invoicer/index.html#/x?y=1'])(
    'trusts the app page %s',
    (url) => {
      expect(isTrustedSender(url)).toBe(true);
    },
  );

  it.each([
    'app://invoicer.evil/index.html',
    'app://evil/index.html',
    'app://user@invoicer/index.html',
    'app://invoicer:8080/index.html',
    'https://invoicer/index.html',
    'http://127.0.0.1:4173/',
    'file:///opt/invoicer/dist/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,x',
    '',
    'not a url',
    undefined,
    null,
  ])('does not trust %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});
