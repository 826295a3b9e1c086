import { execSync, spawnSync } from 'node:child_process';

export const PNPM_VERSION = '12.4.2';

export function run(cmd, opts = {}) {
  const res = spawnSync(cmd, {
    shell: true,
    stdio: 'inherit',
    ...opts,
    env: { ...process.env, ...opts.env },
  });
  if (res.status !== 0) {
    console.error(`\n✗ "${cmd}" failed (exit ${res.status}).`);
    process.exit(res.status ?? 1);
  }
}

/** Runs a command and says whether it passed, without stopping the script. */
export function runAndReport(cmd, opts = {}) {
  const res = spawnSync(cmd, {
    shell: true,
    stdio: 'inherit',
    ...opts,
    env: { ...process.env, ...opts.env },
  });
  return res.status === 0;
}

export function has(cmd) {
  return spawnSync(`command -v ${cmd}`, { shell: true, stdio: 'ignore' }).status === 0;
}

/** pnpm at the pinned version, then the locked dependencies (better-sqlite3 compiles against Node's headers). */
export function ensureDependencies() {
  let version = '';
  try {
    version = execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {}
  if (version !== PNPM_VERSION) {
    console.log(`→ installing pnpm ${PNPM_VERSION}`);
    run(`npm install -g pnpm@${PNPM_VERSION}`);
  }
  console.log('→ installing dependencies from the lockfile');
  run('pnpm install --frozen-lockfile', {
    env: { npm_config_nodedir: '/usr', TURBO_TELEMETRY_DISABLED: '1' },
  });
}
