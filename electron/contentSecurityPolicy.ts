// The renderer's Content-Security-Policy (DESIGN §8), in one place. renderer/index.html
// carries it as a <meta> (the browser preview and the e2e tests get it from there), and the
// app:// protocol sends it as a header as well, adding what a <meta> cannot say
// (frame-ancestors). test/unit/electron/contentSecurityPolicy.test.ts keeps the <meta>
// equal to RENDERER_CSP.
//
// Only the app's own files: no remote content, no eval, no plugins, no frames.

/** Directive name → its sources, in the order they are written. */
export type CspDirectives = readonly (readonly [string, readonly string[]])[];

export const RENDERER_CSP_DIRECTIVES: CspDirectives = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // MUI's Emotion injects <style> elements at runtime: 'unsafe-inline' for styles only.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // The logo is stored as a data: URL; PDF previews are drawn through blob: URLs.
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  // The browser preview's API is on the page's own origin; the app talks over IPC.
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-src', ["'none'"]],
];

/** A policy as a header or <meta> writes it: `name sources; name sources`. */
export function cspString(directives: CspDirectives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads a policy into directive name (lower case) → sources; a later duplicate is ignored. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // Browsers apply the first occurrence of a directive and ignore the rest.
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The policy of renderer/index.html's <meta>. */
export const RENDERER_CSP = cspString(RENDERER_CSP_DIRECTIVES);

/** The policy app:// sends with every response: the page's, and no site may frame it. */
export const APP_RESPONSE_CSP = cspString([
  ...RENDERER_CSP_DIRECTIVES,
  ['frame-ancestors', ["'none'"]],
]);
