import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TemporaryPostgres = { url: string; restart(): void; stop(): void };

const pgBin = (): string | undefined => {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(base, v, 'bin')).find((dir) => existsSync(path.join(dir, 'pg_ctl')));
};

/** Whether this machine can start a private cluster (PostgreSQL installed; root or not, initdb refuses root). */
export const canStartTemporaryPostgres = () =>
  Boolean(pgBin()) && (process.getuid?.() !== 0 || hasPostgresUser());

function hasPostgresUser(): boolean {
  return spawnSync('id', ['postgres']).status === 0;
}

/**
 * A throwaway PostgreSQL cluster on its own port, so a test may restart it without disturbing the shared
 * test server. As root (CI) the server runs as the postgres user.
 */
export function startTemporaryPostgres(port: number): TemporaryPostgres {
  const bin = pgBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(path.join(tmpdir(), 'ametrika-tmp-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (command: string) => {
    if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { stdio: 'pipe' });
    else execFileSync('/bin/sh', ['-c', command], { stdio: 'pipe' });
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`;
  run(`${bin}/initdb -D ${data} --auth=trust -U postgres >/dev/null`);
  run(`${bin}/pg_ctl -D ${data} -o "${options}" -l ${dir}/postgres.log -w start >/dev/null`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () =>
      run(`${bin}/pg_ctl -D ${data} -m fast -o "${options}" -l ${dir}/postgres.log -w restart >/dev/null`),
    stop: () => {
      try {
        run(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
