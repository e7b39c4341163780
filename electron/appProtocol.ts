import { pathToFileURL } from 'node:url';
import { APP_RESPONSE_CSP } from './contentSecurityPolicy';
import { resolveAppPath } from './security';

// What the app:// protocol answers (DESIGN §8). electron/main.ts registers it with
// protocol.handle and hands in Electron's net.fetch to read the file; everything else is
// here, plain, so the refusals are tested in Node.

/** Headers of every app:// response: the CSP, no sniffing, no framing, no referrer. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': APP_RESPONSE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
});

/** Reads a file: URL (Electron's net.fetch in the app). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The response to an app:// request: the file under `root` it names, with the security
 * headers; 404 without reading anything when the URL is foreign or would leave `root`
 * (security.ts resolveAppPath), and 404 when the file cannot be read. Otherwise the
 * file's response as it is, with the headers set.
 */
export async function serveAppRequest(
  root: string,
  requestUrl: string,
  fetchFile: FetchFile,
): Promise<Response> {
  const file = resolveAppPath(root, requestUrl);
  if (file === null) return notFound();
  let response: Response;
  try {
    response = await fetchFile(pathToFileURL(file).toString());
  } catch {
    return notFound(); // missing, a folder, unreadable: the same answer, no details
  }
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(APP_RESPONSE_HEADERS)) headers.set(name, value);
  // net.fetch builds its Response in JavaScript, so the status is one Response accepts.
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
