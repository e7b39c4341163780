import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import type { TestCertificate } from './selfSignedCert';

/** A mail as the test server received it: the envelope, the login, and the parsed message. */
export type ReceivedMail = {
  user: string | undefined;
  envelopeFrom: string;
  envelopeTo: string[];
  secure: boolean;
  raw: Buffer;
  parsed: ParsedMail;
};

export type SmtpTestServer = {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
};

type Options = {
  certificate: TestCertificate;
  /** true: TLS from the first byte (port 465 style); false: plain, then STARTTLS. */
  implicitTls?: boolean;
  authMethods?: ('PLAIN' | 'LOGIN')[];
  /** user name → password */
  users: Record<string, string>;
  /** Recipients refused with 550 at RCPT TO. */
  rejectRecipients?: readonly string[];
};

/**
 * An SMTP server on 127.0.0.1 and a random port, as strict as a provider's: TLS (STARTTLS
 * or implicit) before AUTH, AUTH before MAIL. Keeps every message it accepts.
 */
export async function startSmtpTestServer(options: Options): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const rejected = new Set((options.rejectRecipients ?? []).map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    secure: options.implicitTls ?? false,
    key: options.certificate.key,
    cert: options.certificate.cert,
    authMethods: options.authMethods ?? ['PLAIN', 'LOGIN'],
    allowInsecureAuth: false,
    disabledCommands: [],
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      const expected = Object.hasOwn(options.users, auth.username ?? '')
        ? options.users[auth.username ?? '']
        : undefined;
      if (expected !== undefined && auth.password === expected) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      }
    },
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) {
        const error = new Error(`5.1.1 <${address.address}>: Recipient address rejected`);
        callback(Object.assign(error, { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              user: typeof session.user === 'string' ? session.user : undefined,
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              secure: session.secure,
              raw,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {
    // Client errors (a refused certificate, a dropped connection) are what tests provoke.
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A server on 127.0.0.1 that accepts connections and never says a word: what a mail
 * server looks like behind a firewall that swallows the greeting.
 */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
