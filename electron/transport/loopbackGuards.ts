import { createHash, timingSafeEqual } from 'node:crypto';

// The pure checks of the loopback API. It serves only the page it served itself: a web
// page of any other origin, or one that reached 127.0.0.1 through DNS rebinding, must get
// nothing, not even the page that carries the token.

/** The loopback server's only origin. */
export function loopbackOrigin(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/**
 * True when the Host header names this server as 127.0.0.1:port. DNS rebinding sends the
 * attacker's own host name here, so every request (static files too) is checked.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}`;
}

/**
 * True when a request may use the API as far as its origin goes: the page's own origin, or
 * no Origin at all (a program, not a browser page; it still needs the token). `null` (a
 * sandboxed frame, a file: page) and every other origin are refused.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === loopbackOrigin(port);
}

/** True unless the browser says the request comes from another site (Sec-Fetch-Site). */
export function isSameSiteFetch(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Compares a given token with the expected one in constant time: both are hashed first, so
 * neither their contents nor their lengths show in the time taken.
 */
export function tokenMatches(given: string | null, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const same = timingSafeEqual(digest(given ?? ''), digest(expected));
  return given !== null && same;
}
