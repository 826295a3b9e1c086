/**
 * Real SMTP servers on 127.0.0.1 (random ports) for engine, delivery and e2e tests.
 *
 *   const peer = await startSmtpPeer({ tls: 'starttls', auth: { user: 'u', password: 'p' } });
 *   ... send to 127.0.0.1:peer.port (host name `localhost` matches the default certificate) ...
 *   const mail = await peer.nextMessage();   // { envelopeFrom, envelopeTo, raw, secure, user }
 *   await peer.close();
 *
 * Faults: `replies: { rcpt: { code: 550, message: '5.1.1 No such user' } }` answers that stage with
 * the given reply; `startSilentPeer()` accepts TCP and never speaks; `closedPort()` is refused.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { type TestKeyPair, testCertificates } from './certs.js';

export type SmtpPeerReply = { code: number; message: string };

export type SmtpPeerOptions = {
  /** 'implicit' = TLS from the first byte (465-like); 'starttls' = plain + STARTTLS (587-like); 'none' = no TLS at all. Default 'starttls'. */
  tls?: 'implicit' | 'starttls' | 'none';
  /** STARTTLS keeps working but is not advertised in EHLO (smtp-server's `hideSTARTTLS`). */
  hideSTARTTLS?: boolean;
  /** Server certificate; default: the CA-signed `localhost` certificate of testCertificates(). */
  certificate?: TestKeyPair;
  /** Require AUTH with these credentials (PLAIN and LOGIN unless `methods` says otherwise). */
  auth?: { user: string; password: string; methods?: Array<'PLAIN' | 'LOGIN'> };
  /** Forced replies per stage, e.g. Gmail's 535 on `auth`, 550 on `rcpt`, 451 on `data`. */
  replies?: Partial<Record<'auth' | 'mail' | 'rcpt' | 'data', SmtpPeerReply>>;
};

export type ReceivedMail = {
  envelopeFrom: string;
  envelopeTo: string[];
  /** The message exactly as received (parse it with mailparser's simpleParser). */
  raw: Buffer;
  /** Whether the session was encrypted (implicit TLS or STARTTLS) when the message arrived. */
  secure: boolean;
  /** The authenticated user, if any. */
  user?: string;
};

export type AuthAttempt = { method: string; username: string; secure: boolean; accepted: boolean };

export type SmtpPeer = {
  host: '127.0.0.1';
  port: number;
  /** Messages accepted so far, oldest first. */
  messages: ReceivedMail[];
  /** Every AUTH the peer saw; an empty list proves that no credentials were sent. */
  authAttempts: AuthAttempt[];
  /** Resolves with the next message not returned before (waits up to `timeoutMs`). */
  nextMessage: (timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

const replyError = (reply: SmtpPeerReply): Error =>
  Object.assign(new Error(reply.message), { responseCode: reply.code });

export const startSmtpPeer = async (options: SmtpPeerOptions = {}): Promise<SmtpPeer> => {
  const mode = options.tls ?? 'starttls';
  const certificate = options.certificate ?? testCertificates().localhost;
  const messages: ReceivedMail[] = [];
  const authAttempts: AuthAttempt[] = [];
  const waiters: Array<() => void> = [];
  const replies = options.replies ?? {};

  const serverOptions: SMTPServerOptions = {
    secure: mode === 'implicit',
    key: certificate.key,
    cert: certificate.cert,
    hideSTARTTLS: options.hideSTARTTLS ?? false,
    disabledCommands: [...(mode === 'none' ? ['STARTTLS'] : []), ...(options.auth ? [] : ['AUTH'])],
    authMethods: options.auth?.methods ?? ['PLAIN', 'LOGIN'],
    authOptional: !options.auth,
    allowInsecureAuth: false,
    logger: false,
    // Bounds teardown when a test leaves a session open; smtp-server waits 30 s by default.
    closeTimeout: 1_000,
    banner: 'Ametrika test peer',
    onAuth(auth, session, callback) {
      const accepted =
        !replies.auth && auth.username === options.auth?.user && auth.password === options.auth?.password;
      authAttempts.push({
        method: auth.method,
        username: auth.username ?? '',
        secure: Boolean(session.secure),
        accepted,
      });
      if (replies.auth) return callback(replyError(replies.auth));
      if (!accepted)
        return callback(replyError({ code: 535, message: '5.7.8 Error: authentication failed' }));
      callback(null, { user: auth.username });
    },
    onMailFrom(_address, _session, callback) {
      callback(replies.mail ? replyError(replies.mail) : null);
    },
    onRcptTo(_address, _session, callback) {
      callback(replies.rcpt ? replyError(replies.rcpt) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (replies.data) return callback(replyError(replies.data));
        messages.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
          secure: Boolean(session.secure),
          user: typeof session.user === 'string' ? session.user : undefined,
        });
        for (const wake of waiters.splice(0)) wake();
        callback(null, '2.0.0 Ok: queued as TEST');
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  server.on('error', () => {
    // Clients that drop mid-handshake (the TLS failure tests) surface here; they are expected.
  });
  const port = await listen(server.server);

  let delivered = 0;
  const nextMessage = async (timeoutMs = 5_000): Promise<ReceivedMail> => {
    const deadline = Date.now() + timeoutMs;
    while (messages.length <= delivered) {
      if (Date.now() > deadline)
        throw new Error(`No message arrived at the SMTP peer within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return messages[delivered++];
  };

  return {
    host: '127.0.0.1',
    port,
    messages,
    authAttempts,
    nextMessage,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** A peer that accepts TCP connections and never sends a byte: greeting and TLS handshakes time out. */
export const startSilentPeer = async (): Promise<{
  host: '127.0.0.1';
  port: number;
  close: () => Promise<void>;
}> => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return { host: '127.0.0.1', port, close };
};

/** A loopback port that nothing listens on (bound once, then released): connecting is refused. */
export const closedPort = async (): Promise<number> => {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const listen = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
