import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { resolveServedPath } from '../security';

/** Content types of what a Vite build contains; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The Content-Type of a file name. */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // A <meta> CSP cannot forbid framing; the page's own CSP is in its index.html.
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export type StaticFilesOptions = {
  root: string;
  /** Rewrites index.html as it is served (the preview writes its API token into it). */
  transformIndex?: (html: string) => string;
};

function notFound(response: ServerResponse): void {
  response.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

function isInside(root: string, file: string): boolean {
  const inside = path.relative(root, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

/**
 * Serves the files of `root` (the renderer's build) for GET and HEAD: the path checked by
 * security.ts's resolveServedPath (no '..', no encoded separators, no NUL), symbolic links
 * that lead out of `root` refused, the right Content-Type, and headers that keep other
 * sites from framing or embedding the page.
 */
export function createStaticFiles(options: StaticFilesOptions) {
  const root = path.resolve(options.root);
  const index = path.join(root, 'index.html');

  return async function serveStatic(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const file = resolveServedPath(root, pathname);
    if (file === null) return notFound(response);
    let body: Buffer;
    try {
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
      if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) {
        return notFound(response);
      }
      body = await readFile(realFile);
    } catch {
      return notFound(response);
    }
    const isIndex = file === index;
    if (isIndex && options.transformIndex) {
      body = Buffer.from(options.transformIndex(body.toString('utf8')), 'utf8');
    }
    response.writeHead(200, {
      ...HEADERS,
      'Content-Type': contentTypeOf(file),
      'Content-Length': body.length,
      // The page carries this run's token: never from a cache.
      'Cache-Control': isIndex ? 'no-store' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
