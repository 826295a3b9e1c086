import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
const apiMain = path.resolve(repoRoot, 'apps/api/dist/main.js');
// E2E_WEB_DIST lets parallel work build the SPA into its own folder instead of racing on apps/web/dist.
const webDist = process.env.E2E_WEB_DIST ?? path.resolve(repoRoot, 'apps/web/dist');
const webIndex = path.join(webDist, 'index.html');

export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'e2e-admin-password-1';

// The flags from STACK.md: Debian's Chromium, headless, nothing phoning home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export type Server = { baseUrl: string; stop: () => Promise<void>; output: () => string };

/**
 * Boots the built API (which also serves the built SPA) on a free port with a fresh data folder.
 * `env` adds or overrides variables, e.g. RELAY_SMTP_URL, DNS_SERVERS, SMTP_CA_FILE, SMTP_ALLOWED_PORTS.
 */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<Server> {
  for (const [file, hint] of [
    [apiMain, 'cd apps/api && pnpm build'],
    [webIndex, 'cd apps/web && pnpm build'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing; run \`${hint}\` first.`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ametrika-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [apiMain], {
    cwd: path.dirname(path.dirname(apiMain)),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '', // always the fresh SQLite file, even when CI exports a PostgreSQL URL
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      SMTP_ALLOW_PRIVATE_HOSTS: 'true',
      WEB_DIST: webDist,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The API did not become healthy in time:\n${output}`);
    const healthy = await fetch(`${baseUrl}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop, output: () => output };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page in a context of its own, desktop-sized and in English unless `options` say otherwise; its
 * uncaught errors are pushed to `errors`, which each test expects to stay empty.
 */
export async function openPage(browser: Browser, errors: string[], options: BrowserContextOptions = {}) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US', ...options });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Screenshots go to <repo>/artifacts/screenshots, which CI keeps as an artifact. */
export function screenshotDir() {
  const dir = path.join(repoRoot, 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Opens `path`, which signed out shows the sign-in form, and signs in as the seeded admin. */
export async function signIn(page: Page, baseUrl: string, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email address').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}
