import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOOPBACK_API_PREFIX, MAX_LOOPBACK_BODY_BYTES } from '../../shared/contract/bridge';
import type { Handlers } from '../../shared/contract/contract';
import { isContractName } from '../../shared/contract/contractNames';
import type { IpcErrorCode } from '../../shared/contract/ipcError';
import { dispatch, type DispatchOptions } from '../handlers/dispatch';
import {
  bearerToken,
  isAllowedOrigin,
  isOwnHost,
  isSameSiteFetch,
  loopbackOrigin,
  tokenMatches,
} from './loopbackGuards';

export type LoopbackServerOptions = DispatchOptions & {
  table: Handlers;
  /** 0 or absent: a free port. */
  port?: number;
  /** The API token; absent: 32 random bytes, new each run. */
  token?: string;
  maxBodyBytes?: number;
  /** Serves what is not /api/ (the preview's static files); absent: 404. */
  fallback?: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;
};

export type LoopbackServer = {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
};

const API_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function refuse(response: ServerResponse, status: number, code: IpcErrorCode, message: string) {
  sendJson(response, status, { ok: false, error: { code, message } });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, API_HEADERS).end(JSON.stringify(body));
}

type Body = { kind: 'body'; text: string } | { kind: 'tooLarge' } | { kind: 'aborted' };

/** Reads a request body up to `limit` bytes without holding more than that in memory. */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ kind: 'tooLarge' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      resolve({ kind: 'body', text: Buffer.concat(chunks).toString('utf8') });
    });
    const aborted = () => {
      if (done) return;
      done = true;
      resolve({ kind: 'aborted' });
    };
    request.on('error', aborted);
    // A client that goes away mid-body: 'close' without 'end'.
    request.on('close', aborted);
  });
}

/**
 * Serves the handler table over HTTP on 127.0.0.1 for the browser preview and the
 * end-to-end tests: POST /api/<call> with a JSON request, answered with the JSON reply.
 * Only for its own origin (Host, Origin and Sec-Fetch-Site checked) and only with the
 * per-run token (Authorization: Bearer, compared in constant time); bodies are limited.
 */
export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (!/^[A-Za-z0-9_-]{32,200}$/.test(token)) {
    throw new Error('the loopback API token must be 32 to 200 base64url characters');
  }
  const limit = options.maxBodyBytes ?? MAX_LOOPBACK_BODY_BYTES;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let port = 0;

  async function api(request: IncomingMessage, response: ServerResponse, name: string) {
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return refuse(response, 405, 'INVALID_REQUEST', 'Calls of the API are POST requests.');
    }
    const fetchSite = request.headers['sec-fetch-site'];
    if (
      !isAllowedOrigin(request.headers.origin, port) ||
      !isSameSiteFetch(typeof fetchSite === 'string' ? fetchSite : undefined)
    ) {
      return refuse(response, 403, 'FORBIDDEN', 'Only the Invoicer page itself may call the API.');
    }
    if (!tokenMatches(bearerToken(request.headers.authorization), token)) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      return refuse(response, 401, 'UNAUTHORIZED', 'The API needs the token of this run.');
    }
    if (!isContractName(name)) {
      return refuse(response, 404, 'INVALID_REQUEST', 'Invoicer does not know this request.');
    }
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
      return refuse(response, 415, 'INVALID_REQUEST', 'The request must be JSON.');
    }
    const body = await readBody(request, limit);
    if (body.kind === 'aborted') return undefined;
    if (body.kind === 'tooLarge') {
      response.setHeader('Connection', 'close');
      refuse(response, 413, 'INVALID_REQUEST', 'The request is too large.');
      // Stop reading whatever else the client sends once the answer is out.
      response.on('finish', () => request.destroy());
      return undefined;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return refuse(response, 400, 'INVALID_REQUEST', 'The request is not valid JSON.');
    }
    sendJson(response, 200, await dispatch(options.table, name, parsed, { ...options, log }));
    return undefined;
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isOwnHost(request.headers.host, port)) {
      return refuse(response, 403, 'FORBIDDEN', 'This server answers only as 127.0.0.1.');
    }
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (pathname.startsWith(LOOPBACK_API_PREFIX)) {
      return api(request, response, pathname.slice(LOOPBACK_API_PREFIX.length));
    }
    if (options.fallback) return options.fallback(request, response);
    return refuse(response, 404, 'INVALID_REQUEST', 'Not found.');
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log('invoicer: the loopback server failed on a request', error);
      if (!response.headersSent) refuse(response, 500, 'INTERNAL', 'The request failed.');
      else response.destroy();
    });
  });
  // Mail and print calls wait for servers; a request may take a while, headers may not.
  server.requestTimeout = 180_000;
  server.headersTimeout = 15_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    origin: loopbackOrigin(port),
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
