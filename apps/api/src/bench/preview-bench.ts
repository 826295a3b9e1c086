import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PASSWORD = 'preview benchmark password';

/** Starts the built server with the built SPA and runs apps/web/scripts/preview-bench.mjs in Chromium. */
export async function previewBench(repoRoot: string): Promise<unknown> {
  const webDist = path.join(repoRoot, 'apps/web/dist');
  if (!existsSync(path.join(webDist, 'index.html')))
    return { skipped: 'apps/web/dist is missing; run `pnpm build`' };
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ametrika-bench-preview-')),
      DATABASE_URL: '',
      ADMIN_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 300; i++) {
      if (
        await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const out = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'apps/web/scripts/preview-bench.mjs'),
        `http://127.0.0.1:${port}`,
        'admin@example.com',
        PASSWORD,
      ],
      { cwd: path.join(repoRoot, 'apps/web'), encoding: 'utf8', timeout: 300_000 },
    );
    return JSON.parse(out.trim().split('\n').pop() as string);
  } finally {
    child.kill('SIGTERM');
  }
}
