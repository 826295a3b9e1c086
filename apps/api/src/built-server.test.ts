import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GraphQLClient } from './test/graphql-client.js';

const distMain = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');

/** Boots the compiled server with plain Node, as `pnpm start` does, to catch what Vitest's transform hides. */
describe('the built server (node dist/main.js)', () => {
  it('starts on an empty data folder, prints where to sign in, serves GraphQL and stops on SIGTERM', async () => {
    expect(existsSync(distMain), 'run `pnpm --filter @ametrika/api build` first').toBe(true);
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ametrika-built-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [distMain], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        ADMIN_PASSWORD: '',
        ADMIN_EMAIL: '',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const deadline = Date.now() + 20_000;
    while (!/sign in as/.test(output) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).toMatch(/sign in as admin@example.com/);
    const password = /Generated password:\s+(\S+)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const client = new GraphQLClient(`http://127.0.0.1:${port}`);
    await client.signIn('admin@example.com', password as string);
    expect((await client.ok('{ me { email role } }')).me).toEqual({
      email: 'admin@example.com',
      role: 'ADMIN',
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The generated password is printed once: a restart on the same data says nothing of it.
    expect(output.match(/Generated password/g)).toHaveLength(1);
  });
});
