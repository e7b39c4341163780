import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A mail server for the end-to-end tests on 127.0.0.1: login required, no TLS (the preview
// server's mail service trusts only the system's certificate authorities, so the account in
// these tests uses security "none"; STARTTLS and TLS are covered by test/integration/mail).

export type ReceivedMail = { user: string | undefined; envelopeTo: string[]; parsed: ParsedMail };

export type PlainSmtpServer = {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
};

/** Starts the server on a free port; `users` maps user names to passwords. */
export async function startPlainSmtpServer(
  users: Record<string, string>,
  port = 0,
): Promise<PlainSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      const name = auth.username ?? '';
      if (Object.hasOwn(users, name) && users[name] === auth.password) {
        callback(null, { user: name });
      } else {
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      }
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({
            user: typeof session.user === 'string' ? session.user : undefined,
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            parsed,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
