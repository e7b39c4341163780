import { request } from 'node:http';

export type HttpReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * One HTTP request with exactly the given headers (fetch would not let a test set Host, or
 * leave Origin out the way a program does), the body sent as it is.
 */
export function http(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    path?: string;
  } = {},
): Promise<HttpReply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path ?? `${target.pathname}${target.search}`,
        headers: options.headers,
        // A fresh connection each time: a pooled one could outlive a server a test closed.
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** POSTs a JSON call of the loopback API the way the renderer's client does. */
export async function callApi(
  origin: string,
  name: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; reply: unknown }> {
  const reply = await http(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Host: new URL(origin).host, ...headers },
    body: JSON.stringify(body),
  });
  return { status: reply.status, reply: JSON.parse(reply.body) as unknown };
}
