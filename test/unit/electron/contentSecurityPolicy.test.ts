import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_RESPONSE_CSP,
  cspString,
  parseCsp,
  RENDERER_CSP,
} from '../../../electron/contentSecurityPolicy';

// The policy the renderer runs under, read from where the browser reads it: the <meta> of
// renderer/index.html (preview, e2e) and the header app:// sends (the desktop app).

function metaPolicyOf(html: string): string[] {
  const metas = html.match(/<meta\b[^>]*>/gis) ?? [];
  return metas
    .filter((meta) => /http-equiv\s*=\s*"Content-Security-Policy"/i.test(meta))
    .map((meta) => /content\s*=\s*"([^"]*)"/is.exec(meta)?.[1] ?? '')
    .map((content) => content.replace(/\s+/g, ' ').trim());
}

const indexHtml = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');

/** Sources a page of the app may use: its own origin, inline data and blobs, nothing remote. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

/** What is wrong with a policy for this app; empty when it is strict enough. */
function problemsOf(policy: string): string[] {
  const directives = parseCsp(policy);
  const problems: string[] = [];
  const sourcesOf = (name: string) => directives.get(name) ?? directives.get('default-src') ?? [];
  if (!directives.has('default-src')) problems.push('no default-src to fall back on');
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-eval'" || lower === "'wasm-unsafe-eval'") {
        problems.push(`${name} allows eval (${source})`);
      } else if (lower === "'unsafe-inline'" && name !== 'style-src') {
        problems.push(`${name} allows inline code`);
      } else if (lower !== "'unsafe-inline'" && !LOCAL_SOURCES.has(lower)) {
        problems.push(`${name} allows ${source}, which is not the app's own`);
      }
    }
  }
  if (sourcesOf('script-src').join(' ') !== "'self'") problems.push("script-src is not 'self'");
  for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src']) {
    if (directives.get(name)?.join(' ') !== "'none'") problems.push(`${name} is not 'none'`);
  }
  return problems;
}

describe('the renderer Content-Security-Policy', () => {
  it('renderer/index.html carries exactly RENDERER_CSP, once', () => {
    expect(metaPolicyOf(indexHtml)).toEqual([RENDERER_CSP]);
  });

  it('is strict: no eval, no inline script, nothing remote, no plugins, frames or forms', () => {
    expect(problemsOf(RENDERER_CSP)).toEqual([]);
    expect(problemsOf(APP_RESPONSE_CSP)).toEqual([]);
  });

  it('the app:// header adds that no other page may frame the app', () => {
    expect(parseCsp(APP_RESPONSE_CSP).get('frame-ancestors')).toEqual(["'none'"]);
    // A <meta> policy cannot carry frame-ancestors; browsers warn and ignore it.
    expect(parseCsp(RENDERER_CSP).has('frame-ancestors')).toBe(false);
    expect(APP_RESPONSE_CSP.startsWith(RENDERER_CSP)).toBe(true);
  });

  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-eval'", /script-src allows eval/],
    ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", /script-src allows eval/],
    ["default-src 'self'; script-src 'self' 'unsafe-inline'", /script-src allows inline/],
    ["default-src 'self'; img-src 'self' https://cdn.example.com", /allows https:\/\/cdn/],
    ["default-src 'self'; connect-src *", /connect-src allows \*/],
    ["script-src 'self'", /no default-src/],
    ["default-src 'self'; script-src 'self'", /object-src is not 'none'/],
  ])('the check refuses %s', (policy, problem) => {
    expect(problemsOf(policy).join('\n')).toMatch(problem);
  });

  it('parses directives case-insensitively and keeps the first of a repeated one', () => {
    const parsed = parseCsp("Script-Src 'self';  script-src 'unsafe-eval' ; ;img-src data:");
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(['data:']);
    expect(cspString([['a', ['b', 'c']]])).toBe('a b c');
  });
});
