import path from 'node:path';

// The renderer is served from one fixed origin, app://invoicer, so IndexedDB stays the same
// database across runs and updates (DESIGN §8). These helpers are pure so they can be
// tested without Electron; electron/main.ts wires them in.

export const APP_SCHEME = 'app';
export const APP_HOST = 'invoicer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Maps the path of a request (still percent-encoded, as it arrived) to a file under `root`,
 * or null when it would escape `root` or is suspicious: a '..' or '.' segment (plain or
 * encoded as %2e%2e), an encoded separator, a backslash, a NUL byte, malformed encoding.
 * '/' is index.html. Shared by the app:// protocol and the browser preview's server.
 */
export function resolveServedPath(root: string, encodedPath: string): string | null {
  if (!encodedPath.startsWith('/')) return null;
  const segments = encodedPath.split('/').slice(1);
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null; // malformed percent-encoding
    }
    if (name === '..' || name === '.' || /[/\\\0]/.test(name)) return null;
    decoded.push(name);
  }
  let relativePath = decoded.join('/');
  if (relativePath === '') relativePath = 'index.html';

  const base = path.resolve(root);
  const file = path.resolve(base, relativePath);
  const inside = path.relative(base, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/**
 * Maps an app:// request to a file under `root`, or null when the URL is foreign, malformed
 * or would escape `root` (../, encoded %2e%2e or %2f, NUL bytes, absolute paths).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveServedPath(root, url.pathname === '' ? '/' : url.pathname);
}

/**
 * True when an IPC message comes from the app's own page: a frame whose URL is on the
 * app:// origin (no user, password or port). The transport also requires the main frame.
 */
export function isTrustedSender(frameUrl: unknown): boolean {
  if (typeof frameUrl !== 'string') return false;
  const url = parseUrl(frameUrl);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/** True for the only URLs the app may hand to the system browser: http and https. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
