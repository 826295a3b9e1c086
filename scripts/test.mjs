#!/usr/bin/env node
// Runs every test: unit, integration (SQLite and PostgreSQL, real SMTP peers, real DNS) and Chromium e2e.
// Brings up what the suites need when it can: Debian packages (as root) and a private PostgreSQL cluster.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies, has, run, runAndReport, runCountingTests } from './lib.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
if (!existsSync('node_modules/.modules.yaml')) ensureDependencies();

const needs = { chromium: 'chromium', dnsmasq: 'dnsmasq', smtp_sink: 'postfix', pg: 'postgresql' };
const missing = [];
if (!has('chromium') && !existsSync('/usr/bin/chromium')) missing.push(needs.chromium);
if (!existsSync('/usr/sbin/dnsmasq')) missing.push(needs.dnsmasq);
if (!existsSync('/usr/sbin/smtp-sink')) missing.push(needs.smtp_sink);
if (!existsSync('/usr/bin/named-checkzone')) missing.push('bind9-utils');
if (!execSync('ls /usr/lib/postgresql 2>/dev/null || true').toString().trim()) missing.push(needs.pg);
if (missing.length) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`→ installing ${missing.join(' ')}`);
  run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

if (!process.env.TEST_DATABASE_URL) {
  if (process.getuid?.() === 0) {
    process.env.TEST_DATABASE_URL = execSync('bash scripts/start-test-postgres.sh').toString().trim();
    console.log(`→ PostgreSQL for tests at ${process.env.TEST_DATABASE_URL}`);
  } else {
    // Every suite runs on PostgreSQL too; without a server the run fails rather than skipping those suites.
    console.error(
      'TEST_DATABASE_URL is not set. Run `pnpm test` as root (it starts a private PostgreSQL), or start one and export TEST_DATABASE_URL=postgres://user@host:port/postgres (a server where the tests may CREATE DATABASE).',
    );
    process.exit(1);
  }
}

const env = { TURBO_TELEMETRY_DISABLED: '1' };
run('pnpm exec turbo run build --env-mode=loose --output-logs=errors-only', { env });
// Tests first, then lint and types, so one run reports every kind of failure.
const failures = [];
const tests = await runCountingTests('pnpm exec turbo run test --concurrency=1 --env-mode=loose', { env });
if (!tests.ok) failures.push('tests');
for (const [name, cmd] of [
  ['lint', 'pnpm exec biome check .'],
  ['typecheck', 'pnpm exec turbo run typecheck --env-mode=loose --output-logs=errors-only'],
]) {
  if (!runAndReport(cmd, { env })) failures.push(name);
}
const { passed, failed, skipped } = tests.counts;
if (failures.length) {
  console.error(`\n✗ failed: ${failures.join(', ')}`);
  console.log(`${passed} passed, ${Math.max(failed, 1)} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(1);
}
console.log('\n✓ tests, lint and typecheck passed');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
