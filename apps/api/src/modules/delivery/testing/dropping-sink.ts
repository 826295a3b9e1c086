import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { closedPort } from '../../../test/smtp-peers.js';

/** Debian postfix's smtp-sink, told to hang up without a reply after `command` ("." = the message's end). */
export async function startDroppingSink(command: string): Promise<{ port: number; child: ChildProcess }> {
  const port = await closedPort();
  // smtp-sink insists on dropping privileges when started as root (as in CI).
  const user = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  const child = spawn('/usr/sbin/smtp-sink', [...user, '-q', command, `127.0.0.1:${port}`, '10'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createServer();
      socket.once('error', () => resolve(true));
      socket.listen(port, '127.0.0.1', () => socket.close(() => resolve(false)));
    });
    if (open) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, child };
}
