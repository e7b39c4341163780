import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  isAllowedOrigin,
  isOwnHost,
  isSameSiteFetch,
  loopbackOrigin,
  tokenMatches,
} from '../../../../electron/transport/loopbackGuards';

describe('the loopback guards', () => {
  it('accept only the server itself as Host', () => {
    expect(isOwnHost('127.0.0.1:4173', 4173)).toBe(true);
    for (const host of [
      'localhost:4173',
      '127.0.0.1:4174',
      '127.0.0.1',
      'evil.example:4173',
      undefined,
    ]) {
      expect(isOwnHost(host, 4173)).toBe(false);
    }
  });

  it('accept the own origin or none, and refuse every other one', () => {
    expect(loopbackOrigin(4173)).toBe('http://127.0.0.1:4173');
    expect(isAllowedOrigin('http://127.0.0.1:4173', 4173)).toBe(true);
    expect(isAllowedOrigin(undefined, 4173)).toBe(true);
    for (const origin of [
      'null',
      'http://localhost:4173',
      'https://127.0.0.1:4173',
      'http://127.0.0.1:4174',
      'http://evil.example',
      'app://invoicer',
    ]) {
      expect(isAllowedOrigin(origin, 4173)).toBe(false);
    }
  });

  it('refuse fetches the browser marks as cross-site', () => {
    expect(isSameSiteFetch('same-origin')).toBe(true);
    expect(isSameSiteFetch(undefined)).toBe(true);
    expect(isSameSiteFetch('same-site')).toBe(false);
    expect(isSameSiteFetch('cross-site')).toBe(false);
  });

  it('read a bearer token and nothing else', () => {
    expect(bearerToken('Bearer abc_DEF-123')).toBe('abc_DEF-123');
    for (const header of [
      'bearer abc',
      'Basic abc',
      'Bearer ',
      'Bearer a b',
      'Bearer a\nb',
      undefined,
    ]) {
      expect(bearerToken(header)).toBeNull();
    }
  });

  it('match only the very token', () => {
    expect(tokenMatches('secret-token', 'secret-token')).toBe(true);
    expect(tokenMatches('secret-tokeN', 'secret-token')).toBe(false);
    expect(tokenMatches('secret', 'secret-token')).toBe(false);
    expect(tokenMatches('', '')).toBe(true);
    expect(tokenMatches(null, '')).toBe(false);
  });
});
