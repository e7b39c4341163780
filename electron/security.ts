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
 * Maps an app:// request to a file under `root`, or null when the URL is foreign, malformed
 * or would escape `root` (../, encoded %2e%2e or %2f, NUL bytes, absolute paths).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (relativePath.includes('\0')) return null;
  if (relativePath === '/' || relativePath === '') relativePath = '/index.html';

  const base = path.resolve(root);
  const file = path.resolve(base, `.${relativePath}`);
  const inside = path.relative(base, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/** True for the only URLs the app may hand to the system browser: http and https. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
