import { execSync, spawn, spawnSync } from 'node:child_process';

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

/**
 * Runs a command, echoing its output, and adds up Vitest's "Tests  N failed | M passed" lines so the run can end
 * with one plain "N passed, N failed" line.
 */
export function runCountingTests(cmd, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, {
      shell: true,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...opts.env },
    });
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
        const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
        const m = /\bTests\s+(.*\bpassed\b.*)$/.exec(line) ?? /\bTests\s+(.*\bfailed\b.*)$/.exec(line);
        if (!m) continue;
        for (const [, n, kind] of m[1].matchAll(/(\d+) (passed|failed|skipped)/g)) counts[kind] += Number(n);
      }
    });
    child.on('close', (code) => resolve({ ok: code === 0, counts }));
  });
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
